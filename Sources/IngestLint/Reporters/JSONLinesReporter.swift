/// JSON Lines for huge audits: one compact diagnostic object per line (the same object as in
/// the JSON report's `diagnostics`), then `{"summary": …}` (the JSON report's summary) as the
/// last line. Each file's lines are written as soon as `LintRun` hands its result over.
package struct JSONLinesReporter: Reporter {
    package init() {}

    package func stream(to output: ReportOutput) -> any ReportStream {
        LineReportStream(output: output, lines: JSONLinesReporter.lines(for:), closing: JSONLinesReporter.summaryLine)
    }

    /// One line per diagnostic of `file`, each ending in a line feed.
    package static func lines(for file: FileResult) -> String {
        var writer = JSONWriter(pretty: false)
        for diagnostic in file.diagnostics {
            JSONReporter.write(diagnostic, to: &writer)
            writer.appendRaw("\n")
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// `{"summary":{…}}` and a line feed.
    package static func summaryLine(_ summary: LintReport.Summary) -> String {
        JSONOutput.object([("summary", JSONReporter.summary(summary))]).rendered(pretty: false) + "\n"
    }
}
