/// A baseline file that cannot be used: exit status 2, one sentence.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user spelt it.
    public let path: String
    /// Why, without a final full stop.
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "cannot use the baseline 'b.json': it is not JSON (…)."
    public var description: String { "cannot use the baseline '\(path)': \(reason)." }
}
