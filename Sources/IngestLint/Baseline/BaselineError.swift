/// A baseline file that cannot be used: exit status 2, one sentence.
package struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user spelt it.
    package let path: String
    /// Why, without a final full stop.
    package let reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "cannot use the baseline 'b.json': it is not JSON (…)."
    package var description: String { "cannot use the baseline '\(path)': \(reason)." }
}
