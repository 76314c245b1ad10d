#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a report goes as it is written: bytes are gathered up to `capacity` and then written to
/// a file descriptor (standard output, a `ReportFile`), kept in memory (`Reporter.render`), or —
/// for the part of a report that has to wait for the run's totals (a JUnit body, SARIF results)
/// — spilled to an unlinked temporary file once they outgrow the buffer, so memory stays flat.
///
/// Writing never throws: the first failure is kept, later writes are dropped, and `finish()`
/// reports it.
package final class ReportOutput {
    /// Bytes gathered before they are written out.
    package static let capacity = 64 << 10

    private enum Destination {
        case memory
        case descriptor(Int32)
        /// `descriptor` is -1 until the bytes outgrow the buffer.
        case spill(descriptor: Int32)
    }

    private var destination: Destination
    private var buffer: [UInt8] = []
    private var failure: InputError?
    /// Why the first write failed ("No space left on device"), when one did.
    package private(set) var failureReason: String?
    private let name: String

    /// Writes to `descriptor` (which stays open); `name` says where in an error message.
    package init(descriptor: Int32, name: String) {
        destination = .descriptor(descriptor)
        self.name = name
        buffer.reserveCapacity(Self.capacity)
    }

    private init(_ destination: Destination, name: String) {
        self.destination = destination
        self.name = name
    }

    /// Keeps every byte in memory (`bytes`).
    package static func memory() -> ReportOutput { ReportOutput(.memory, name: "memory") }

    /// Keeps up to `capacity` bytes in memory, the rest in an unlinked temporary file; read it
    /// back with `ReportOutput.append(contentsOf:)`.
    static func spill() -> ReportOutput { ReportOutput(.spill(descriptor: -1), name: "a temporary file") }

    deinit {
        if case .spill(let descriptor) = destination, descriptor >= 0 { close(descriptor) }
    }

    /// Everything written, for a memory output.
    package var bytes: [UInt8] { buffer }

    package func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.capacity { drain() }
    }

    package func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.capacity { drain() }
    }

    /// Writes out what is buffered and reports the first failure so far.
    package func finish() throws(InputError) {
        drain()
        if let failure { throw failure }
    }

    /// Writes out the buffer (not for memory outputs, which keep everything).
    private func drain() {
        guard failure == nil, !buffer.isEmpty else { return }
        switch destination {
        case .memory:
            return
        case .descriptor(let descriptor):
            // A reader that goes away (a FIFO, a pipe) fails the write with EPIPE, reported as
            // an error, instead of killing the process.
            SafeFileWriter.withBrokenPipesReported { writeAll(buffer, to: descriptor) }
        case .spill(var descriptor):
            if descriptor < 0 {
                descriptor = Self.openUnlinkedTemporaryFile()
                guard descriptor >= 0 else {
                    failure = InputError("cannot create a temporary file: \(String(cString: strerror(errno)))")
                    return
                }
                destination = .spill(descriptor: descriptor)
            }
            writeAll(buffer, to: descriptor)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = systemWrite(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    let reason = String(cString: strerror(errno))
                    failureReason = reason
                    failure = InputError("cannot write \(name): \(reason)")
                    return
                }
                written += count
            }
        }
    }

    // MARK: Spilled parts

    /// Appends what the spill output `other` holds, in order, handing each piece to `transform`
    /// first when given (`transform` sees pieces that end where `other`'s bytes end or just
    /// after a line feed, so a line is never cut); `other` is left empty.
    func append(contentsOf other: ReportOutput, transform: ((UnsafeRawBufferPointer, ReportOutput) -> Void)? = nil) {
        let pass: (UnsafeRawBufferPointer) -> Void = { piece in
            if let transform { transform(piece, self) } else { self.write(piece) }
        }
        guard case .spill(let descriptor) = other.destination else {
            other.buffer.withUnsafeBytes(pass)
            other.buffer.removeAll()
            return
        }
        if let failure = other.failure {
            self.failure = self.failure ?? failure
            return
        }
        if descriptor >= 0 {
            other.drain()
            guard lseek(descriptor, 0, SEEK_SET) == 0 else {
                failure = failure ?? InputError("cannot read back a temporary file: \(String(cString: strerror(errno)))")
                return
            }
            var chunk = [UInt8](repeating: 0, count: Self.capacity)
            var carry: [UInt8] = []
            while failure == nil {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count < 0 {
                    failure = InputError("cannot read back a temporary file: \(String(cString: strerror(errno)))")
                    return
                }
                if count == 0 { break }
                guard transform != nil else {
                    chunk.withUnsafeBytes { pass(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                    continue
                }
                carry.append(contentsOf: chunk[0..<count])
                // Hand over whole lines; the rest waits for the next chunk.
                guard let lastBreak = carry.lastIndex(of: 0x0A) else { continue }
                carry.withUnsafeBytes { pass(UnsafeRawBufferPointer(rebasing: $0[0...lastBreak])) }
                carry.removeSubrange(0...lastBreak)
            }
            carry.withUnsafeBytes(pass)
            _ = ftruncate(descriptor, 0)
            _ = lseek(descriptor, 0, SEEK_SET)
        } else {
            other.buffer.withUnsafeBytes(pass)
        }
        other.buffer.removeAll(keepingCapacity: true)
    }

    /// A read-write file in the temporary folder, already unlinked, so nothing is left behind
    /// however the run ends.
    private static func openUnlinkedTemporaryFile() -> Int32 {
        var folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        if folder.isEmpty { folder = "/tmp" }
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast())
        template += Array("ingestlint-spill-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return -1 }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        return descriptor
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
