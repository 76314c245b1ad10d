/// One JSON document `{tool, diagnostics, summary}`; its schema is
/// `reports/ingestlint-report.schema.json`. The summary comes last: the document is written as
/// the run goes, and only the end knows the totals.
public struct JSONReporter: Reporter {
    public init() {}

    public func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

    final class Stream: ReportStream {
        let output: ReportOutput
        var diagnostics = JSONArrayStream(indent: 1)

        init(output: ReportOutput) {
            self.output = output
        }

        func begin() {
            output.write("{\n  \"tool\": " + JSONReporter.tool.rendered(pretty: true, indent: 1) + ",\n  \"diagnostics\": ")
        }

        func write(_ file: FileResult) {
            for diagnostic in file.diagnostics { diagnostics.append(JSONReporter.diagnostic(diagnostic), to: output) }
        }

        func end(_ summary: LintReport.Summary) {
            diagnostics.close(to: output)
            output.write(",\n  \"summary\": " + JSONReporter.summary(summary).rendered(pretty: true, indent: 1) + "\n}\n")
        }
    }

    static let tool = JSONOutput.object([("name", .string("ingestlint")), ("version", .string(IngestLintVersion.current))])

    static func summary(_ summary: LintReport.Summary) -> JSONOutput {
        // `omitted` appears only when the per-file limit cut a listing, so reports of ordinary
        // runs stay as they were.
        let omitted: [(String, JSONOutput)] = summary.omittedCount > 0 ? [("omitted", .int(summary.omittedCount))] : []
        // Only in a run with `--baseline`.
        let baseline: [(String, JSONOutput)] = summary.baseline.map { baseline in
            var members: [(String, JSONOutput)] = [("suppressed", .int(baseline.suppressed)), ("stale", .int(baseline.stale))]
            if let entries = baseline.staleEntries {
                members.append((
                    "staleEntries",
                    .array(entries.map { entry in
                        .object([
                            ("file", .string(entry.file)), ("pointer", .string(entry.pointer)), ("code", .string(entry.code)),
                            ("value", .string(entry.valueHash)),
                        ])
                    })))
            }
            return [("baseline", .object(members))]
        } ?? []
        return .object([
            ("files", .int(summary.fileCount)),
            ("filesWithFindings", .int(summary.filesWithFindings)),
            ("payloads", .int(summary.payloadCount)),
            ("candidates", .int(summary.candidateCount)),
            ("errors", .int(summary.errorCount)),
            ("warnings", .int(summary.warningCount)),
            ("infos", .int(summary.infoCount)),
            ("fixable", .int(summary.fixableCount)),
            ("unsafeFixable", .int(summary.unsafeFixableCount)),
        ] + omitted + baseline)
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("code", .string(diagnostic.code)),
            ("name", .string(diagnostic.name)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        members += location(diagnostic.location)
        if let help = diagnostic.help { members.append(("help", .string(help))) }
        if let fix = diagnostic.fix {
            members.append((
                "fix",
                .object([
                    ("description", .string(fix.description)),
                    ("safety", .string(fix.safety.rawValue)),
                    ("edits", .array(fix.edits.map { edit in
                        .object([
                            ("offset", .int(edit.range.lowerBound)),
                            ("length", .int(edit.range.count)),
                            ("replacement", .string(edit.replacement)),
                        ])
                    })),
                ])))
        }
        if !diagnostic.related.isEmpty {
            members.append((
                "related",
                .array(diagnostic.related.map { related in
                    .object(location(related.location) + [("message", .string(related.message))])
                })))
        }
        return .object(members)
    }

    static func location(_ location: SourceLocation) -> [(String, JSONOutput)] {
        [
            ("file", .string(location.file)),
            ("line", .int(location.start.line)),
            ("column", .int(location.start.column)),
            ("endLine", .int(location.end.line)),
            ("endColumn", .int(location.end.column)),
            ("pointer", .string(location.pointer)),
        ]
    }
}
