/// A report, fixed file or configuration that cannot be written: exit status 2.
package struct OutputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The destination as the user spelt it.
    package let path: String
    /// Why, without a final full stop: "No space left on device", "it is a folder".
    package let reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// One sentence: "cannot write 'report.json': No space left on device."
    package var description: String { "cannot write '\(path)': \(reason)." }
}
