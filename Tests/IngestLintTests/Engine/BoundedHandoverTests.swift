import Foundation
import Testing
@testable import IngestLint
#if canImport(Glibc)
import Glibc
#endif

/// A JSON Lines file behind another one in report order cannot be handed on yet: its worker
/// may run at most `LintRun.partsInFlightPerFile` parts ahead and then waits, so its findings
/// never pile up in memory however long the file before it takes.
@Suite("Bounded hand-over of streamed parts")
struct BoundedHandoverTests {
    static let line = Array((#"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]}"# + "\n").utf8)

    /// Opens a FIFO for writing without blocking, once its reader (a worker) has it open.
    static func openWriter(_ path: String) async throws -> Int32 {
        for _ in 0..<600 {
            let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
            if descriptor >= 0 { return descriptor }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CancellationError()
    }

    /// Writes `bytes` without blocking until the reader stops taking them for `quiet`; returns
    /// how many were taken.
    static func writeUntilStalled(_ descriptor: Int32, _ bytes: [UInt8], quiet: Duration) async throws -> Int {
        var written = 0
        var lastProgress = ContinuousClock.now
        while written < bytes.count, ContinuousClock.now - lastProgress < quiet {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count > 0 {
                written += count
                lastProgress = .now
            } else {
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        return written
    }

    @Test("A file waiting behind another reads only a few chunks ahead, then all of it in order")
    func laterFileWaits() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-handover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.jsonl").path
        let second = folder.appendingPathComponent("b.jsonl").path
        #expect(mkfifo(first, 0o600) == 0 && mkfifo(second, 0o600) == 0)
        let inputs = [LintInput.file(path: first, displayPath: "a.jsonl"), .file(path: second, displayPath: "b.jsonl")]

        let chunkSize = 4096
        let run = Task {
            var run = LintRun(configuration: Configuration(), jobs: 2)
            run.fileLinterChunkSize = chunkSize
            var handedOn: [(path: String, payloads: Int)] = []
            try await run.run(inputs, streamsParts: true) { handedOn.append(($0.path, $0.payloadCount)) }
            return handedOn
        }
        let firstWriter = try await Self.openWriter(first)
        let secondWriter = try await Self.openWriter(second)
        // The first file stays open and unfinished: nothing of the second can be handed on.
        _ = Self.line.withUnsafeBytes { write(firstWriter, $0.baseAddress, $0.count) }
        let lines = 8_000
        let payload = Array([[UInt8]](repeating: Self.line, count: lines).joined())
        let taken = try await Self.writeUntilStalled(secondWriter, payload, quiet: .seconds(3))
        // The pipe's buffer (64 KiB) plus the chunk being read and the parts in flight; without
        // the bound the worker reads all of it (over 1 MB).
        let bound = 64 << 10 + (LintRun.partsInFlightPerFile + 2) * chunkSize
        #expect(taken <= bound, "the waiting worker read \(taken) bytes of \(payload.count)")
        #expect(taken < payload.count)

        close(firstWriter)
        _ = await Task.detached {
            // The rest goes once the first file ends and the second is first in line.
            var written = taken
            while written < payload.count {
                let count = payload.withUnsafeBytes { write(secondWriter, $0.baseAddress! + written, payload.count - written) }
                if count > 0 { written += count } else { usleep(10_000) }
            }
            close(secondWriter)
        }.value
        let handedOn = try await run.value
        #expect(handedOn.filter { $0.path == "a.jsonl" }.reduce(0) { $0 + $1.payloads } == 1)
        #expect(handedOn.filter { $0.path == "b.jsonl" }.reduce(0) { $0 + $1.payloads } == lines)
        #expect(handedOn.map(\.path) == handedOn.map(\.path).sorted(), "every part of a.jsonl before b.jsonl")
    }
}
