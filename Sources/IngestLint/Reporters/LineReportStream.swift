/// A report that needs no state between files: some lines per file result (or part), then a
/// closing line with the totals (the GitHub and JSON Lines formats).
final class LineReportStream: ReportStream {
    private let output: ReportOutput
    private let lines: (FileResult) -> String
    private let closing: (LintReport.Summary) -> String

    init(output: ReportOutput, lines: @escaping (FileResult) -> String, closing: @escaping (LintReport.Summary) -> String) {
        self.output = output
        self.lines = lines
        self.closing = closing
    }

    func begin() {}

    func write(_ file: FileResult) {
        output.write(lines(file))
    }

    func end(_ summary: LintReport.Summary) {
        output.write(closing(summary))
    }
}
