/// What linting one file (or standard input) produced.
public struct FileResult: Sendable {
    public let path: String
    /// In report order.
    public var diagnostics: [Diagnostic]
    public var payloadCount: Int
    public var candidateCount: Int
    /// Candidate e-mails for the cross-payload check (IL303); emptied once it has run.
    public var emailOccurrences = EmailOccurrences()
    /// False for a part of a large JSON Lines file handed over before the file ends: its
    /// findings and counts are those since the previous part (see `LintRun`).
    public var isComplete = true
    /// On the last part of a file: an earlier part had findings.
    public var hadEarlierFindings = false
    /// Parts of the input that could not be linted (a JSON Lines line over `limits.max-line-size`):
    /// the rest was linted, but the run must not pass (exit 2).
    public var inputErrors: [InputError] = []
    /// Findings past `limits.max-diagnostics-per-file`: counted, not listed.
    public var omitted = OmittedFindings()

    /// Keeps the first `limit` diagnostics (in report order) and counts the rest as omitted.
    public mutating func limitListing(to limit: Int) {
        var budget = ListingBudget(limit: limit)
        budget.admit(&diagnostics, omitted: &omitted)
    }

    /// Adds a later part of the same file.
    public mutating func append(_ part: FileResult) {
        diagnostics += part.diagnostics
        payloadCount += part.payloadCount
        candidateCount += part.candidateCount
        emailOccurrences.append(contentsOf: part.emailOccurrences)
        inputErrors += part.inputErrors
        omitted = omitted + part.omitted
        isComplete = part.isComplete
        hadEarlierFindings = false
    }

    public init(path: String, diagnostics: [Diagnostic] = [], payloadCount: Int = 0, candidateCount: Int = 0) {
        self.path = path
        self.diagnostics = diagnostics
        self.payloadCount = payloadCount
        self.candidateCount = candidateCount
    }
}
