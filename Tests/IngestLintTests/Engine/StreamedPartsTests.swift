import Foundation
import Testing
@testable import IngestLint

@Suite("Large JSON Lines files handed over in parts")
struct StreamedPartsTests {
    /// Two JSON Lines files and a JSON file, linted with 4 KiB chunks so the first files come in
    /// many parts; the parts, put together, must equal the whole results.
    static func workspace() throws -> (URL, [LintInput]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var first = ""
        var second = ""
        for index in 0..<400 {
            first += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "Draft", "data": [{"name": "A\#(index)", "email": "a\#(index % 50)@lovelace.dev"}]}"# + "\n"
            second += index % 3 == 0 ? "{broken\n" : #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "B", "email": "a\#(index % 70)@lovelace.dev"}]}"# + "\n"
        }
        try Data(first.utf8).write(to: folder.appendingPathComponent("a.jsonl"))
        try Data(second.utf8).write(to: folder.appendingPathComponent("b.jsonl"))
        try Data(#"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "data": [{"name": "C", "email": "a1@lovelace.dev"}]}"#.utf8)
            .write(to: folder.appendingPathComponent("c.json"))
        let inputs = ["a.jsonl", "b.jsonl", "c.json"].map {
            LintInput.file(path: folder.appendingPathComponent($0).path, displayPath: $0)
        }
        return (folder, inputs)
    }

    static func run(jobs: Int, streamsParts: Bool, _ inputs: [LintInput]) async throws -> [FileResult] {
        var run = LintRun(configuration: Configuration(), jobs: jobs)
        run.fileLinterChunkSize = 4096
        var results: [FileResult] = []
        try await run.run(inputs, streamsParts: streamsParts) { results.append($0) }
        return results
    }

    @Test("Parts arrive in order and add up to the whole results", arguments: [1, 2, 3])
    func partsAddUp(jobs: Int) async throws {
        let (folder, inputs) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try await Self.run(jobs: 1, streamsParts: false, inputs)
        let parts = try await Self.run(jobs: jobs, streamsParts: true, inputs)
        #expect(parts.count > whole.count, "the JSON Lines files should come in several parts")
        #expect(parts.filter(\.isComplete).map(\.path) == ["a.jsonl", "b.jsonl", "c.json"])
        // Put together, file by file, the parts give the same report.
        var merged: [FileResult] = []
        for part in parts {
            if let last = merged.last, !last.isComplete { merged[merged.count - 1].append(part) } else { merged.append(part) }
        }
        #expect(JSONReporter().render(LintReport(files: merged)) == JSONReporter().render(LintReport(files: whole)))
        #expect(LintReport(files: parts).summary == LintReport(files: whole).summary)
        #expect(whole.flatMap(\.diagnostics).contains { $0.code == "IL303" })
    }
}
