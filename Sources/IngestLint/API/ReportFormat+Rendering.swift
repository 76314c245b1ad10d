extension ReportFormat {
    /// Renders results as a report in this format, exactly as the command line writes it:
    /// `json` is the document of `reports/ingestlint-report.schema.json`, `sarif` is SARIF 2.1.0,
    /// `junit` and `checkstyle` are XML, `text` has no colours.
    ///
    /// - Parameters:
    ///   - results: What ``PayloadLinter`` returned, in the order to report them.
    ///   - configuration: Its ``LintConfiguration/failOn`` decides which JUnit test cases fail;
    ///     its ``LintConfiguration/maxWarnings`` is named by the text summary when it fails.
    /// - Returns: The report's UTF-8 bytes.
    /// - Throws: ``LintError`` when the format cannot be written here: JUnit and Checkstyle need
    ///   libxml2 at run time (see ``unavailableReason``).
    public func render(_ results: [LintResult], configuration: LintConfiguration = LintConfiguration()) throws(LintError) -> [UInt8] {
        if let reason = unavailableReason { throw LintError("cannot write the \(rawValue) report: \(reason).") }
        let options = Options(failOn: configuration.failOn, maxWarnings: configuration.maxWarnings)
        let output = ReportOutput.memory()
        let stream = reporter(options).stream(to: output)
        var summary = LintReport(files: []).summary
        stream.begin()
        for result in results {
            stream.write(result.fileResult)
            summary = summary.merged(with: LintReport(files: [result.fileResult]).summary)
        }
        stream.end(summary)
        return output.bytes
    }

    /// Renders results as a report in this format to a text stream (a `String`, a log).
    ///
    /// - Parameters:
    ///   - results: What ``PayloadLinter`` returned, in the order to report them.
    ///   - configuration: As for ``render(_:configuration:)``.
    ///   - stream: Where the report goes, written once, whole.
    /// - Throws: As ``render(_:configuration:)``; nothing is written to `stream` then.
    public func render(
        _ results: [LintResult], configuration: LintConfiguration = LintConfiguration(), to stream: inout some TextOutputStream
    ) throws(LintError) {
        stream.write(String(decoding: try render(results, configuration: configuration), as: UTF8.self))
    }
}
