/// What linting one input found.
public struct LintResult: Sendable {
    /// The input's name: the `fileName` given, or the path as given or found by a walk.
    public var fileName: String { fileResult.path }
    /// The findings, in report order: by line, column, then code. At most the configuration's
    /// `limits.max-diagnostics-per-file` of them (10,000 by default); ``omittedCount`` counts
    /// the rest.
    public let diagnostics: [LintDiagnostic]
    /// Payload objects found (one for a payload, one per element of a batch array or line).
    public var payloadCount: Int { fileResult.payloadCount }
    /// Candidates in those payloads.
    public var candidateCount: Int { fileResult.candidateCount }
    /// Findings past the listing limit: counted by ``PayloadLinter/passes(_:)``, not listed.
    public var omittedCount: Int { fileResult.omitted.total }

    /// What the reporters render.
    package let fileResult: FileResult

    package init(_ fileResult: FileResult) {
        self.fileResult = fileResult
        diagnostics = fileResult.diagnostics.map(LintDiagnostic.init)
    }

    /// Findings at `severity` or above, listed or not.
    public func count(atLeast severity: Severity) -> Int {
        LintReport(files: [fileResult]).summary.count(atLeast: severity)
    }
}
