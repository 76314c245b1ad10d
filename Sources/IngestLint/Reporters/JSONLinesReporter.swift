/// JSON Lines for huge audits: one compact diagnostic object per line (the same object as in
/// the JSON report's `diagnostics`), then `{"summary": …}` (the JSON report's summary) as the
/// last line. `lines(for:)` renders one file's findings, so the CLI can write them as `LintRun`
/// hands results over instead of holding the whole run.
public struct JSONLinesReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        var out = ""
        for file in report.files { out += Self.lines(for: file) }
        return out + Self.summaryLine(report.summary)
    }

    /// One line per diagnostic of `file`, each ending in a line feed.
    public static func lines(for file: FileResult) -> String {
        var out = ""
        for diagnostic in file.diagnostics {
            out += JSONReporter.diagnostic(diagnostic).rendered(pretty: false) + "\n"
        }
        return out
    }

    /// `{"summary":{…}}` and a line feed.
    public static func summaryLine(_ summary: LintReport.Summary) -> String {
        JSONOutput.object([("summary", JSONReporter.summary(summary))]).rendered(pretty: false) + "\n"
    }
}
