#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session writes what is not a report: tool messages on standard error and the
/// `--diff` text on standard output, each written straight to its descriptor (no buffering, so
/// nothing is lost when the process exits).
package struct SessionConsole: Sendable {
    package var writeError: @Sendable (String) -> Void
    package var writeOutput: @Sendable (String) -> Void

    package init(writeError: @escaping @Sendable (String) -> Void, writeOutput: @escaping @Sendable (String) -> Void) {
        self.writeError = writeError
        self.writeOutput = writeOutput
    }

    /// The process's standard error and standard output.
    package static let standardStreams = SessionConsole(
        writeError: { writeAll($0, to: STDERR_FILENO) }, writeOutput: { writeAll($0, to: STDOUT_FILENO) })

    /// A problem the run goes on after (a dangling link skipped): one line.
    package func warn(_ message: String) {
        writeError("ingestlint: warning: \(message).\n")
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                // A closed or full standard stream: the exit status still tells the outcome.
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
