/// What linting one file (or standard input) produced.
public struct FileResult: Sendable {
    public let path: String
    /// In report order.
    public var diagnostics: [Diagnostic]
    public var payloadCount: Int
    public var candidateCount: Int
    /// Candidate e-mails for the cross-payload check (IL303); emptied once it has run.
    public var emailOccurrences = EmailOccurrences()

    public init(path: String, diagnostics: [Diagnostic] = [], payloadCount: Int = 0, candidateCount: Int = 0) {
        self.path = path
        self.diagnostics = diagnostics
        self.payloadCount = payloadCount
        self.candidateCount = candidateCount
    }
}
