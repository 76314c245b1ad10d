/// What linting one file (or standard input) produced.
package struct FileResult: Sendable {
    package let path: String
    /// In report order.
    package var diagnostics: [Diagnostic]
    package var payloadCount: Int
    package var candidateCount: Int
    /// Candidate e-mails for the cross-payload check (IL303); emptied once it has run.
    package var emailOccurrences = EmailOccurrences()
    /// False for a part of a large JSON Lines file handed over before the file ends: its
    /// findings and counts are those since the previous part (see `LintRun`).
    package var isComplete = true
    /// On the last part of a file: an earlier part had findings.
    package var hadEarlierFindings = false
    /// Parts of the input that could not be linted (a JSON Lines line over `limits.max-line-size`):
    /// the rest was linted, but the run must not pass (exit 2).
    package var inputErrors: [InputError] = []
    /// Findings past `limits.max-diagnostics-per-file`: counted, not listed.
    package var omitted = OmittedFindings()

    /// Keeps the first `limit` diagnostics (in report order) and counts the rest as omitted.
    package mutating func limitListing(to limit: Int) {
        var budget = ListingBudget(limit: limit)
        budget.admit(&diagnostics, omitted: &omitted)
    }

    /// Adds a later part of the same file.
    package mutating func append(_ part: FileResult) {
        diagnostics += part.diagnostics
        payloadCount += part.payloadCount
        candidateCount += part.candidateCount
        emailOccurrences.append(contentsOf: part.emailOccurrences)
        inputErrors += part.inputErrors
        omitted = omitted + part.omitted
        isComplete = part.isComplete
        hadEarlierFindings = false
    }

    package init(path: String, diagnostics: [Diagnostic] = [], payloadCount: Int = 0, candidateCount: Int = 0) {
        self.path = path
        self.diagnostics = diagnostics
        self.payloadCount = payloadCount
        self.candidateCount = candidateCount
    }
}
