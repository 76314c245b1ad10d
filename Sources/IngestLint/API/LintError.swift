/// A problem that stops a lint before it has a result: a configuration that does not load, a
/// rule name no rule has, a path that does not exist or cannot be read, a report that cannot be
/// written. Findings in the input are never errors: they are ``LintDiagnostic``s.
public struct LintError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence, ending with a full stop, e.g.
    /// `unknown rule 'IL999' in select (did you mean 'IL199'?).`
    public let description: String

    package init(_ description: String) {
        self.description = description
    }
}
