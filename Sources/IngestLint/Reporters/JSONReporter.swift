/// One JSON document `{tool, diagnostics, summary}`; its schema is
/// `reports/ingestlint-report.schema.json`. The summary comes last: the document is written as
/// the run goes, and only the end knows the totals.
package struct JSONReporter: Reporter {
    package init() {}

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

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
            for diagnostic in file.diagnostics {
                diagnostics.append(to: output) { JSONReporter.write(diagnostic, to: &$0) }
            }
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

    /// One diagnostic as an object: code, name, severity, message, location, then help, fix
    /// and related locations when it has them (the schema's order).
    static func write(_ diagnostic: Diagnostic, to writer: inout JSONWriter) {
        writer.openObject()
        writer.key("code")
        writer.string(diagnostic.code)
        writer.key("name")
        writer.string(diagnostic.name)
        writer.key("severity")
        writer.string(diagnostic.severity.rawValue)
        writer.key("message")
        writer.string(diagnostic.message)
        writeLocation(diagnostic.location, to: &writer)
        if let help = diagnostic.help {
            writer.key("help")
            writer.string(help)
        }
        if let fix = diagnostic.fix {
            writer.key("fix")
            writer.openObject()
            writer.key("description")
            writer.string(fix.description)
            writer.key("safety")
            writer.string(fix.safety.rawValue)
            writer.key("edits")
            writer.openArray()
            for edit in fix.edits {
                writer.openObject()
                writer.key("offset")
                writer.int(edit.range.lowerBound)
                writer.key("length")
                writer.int(edit.range.count)
                writer.key("replacement")
                writer.string(edit.replacement)
                writer.close()
            }
            writer.close()
            writer.close()
        }
        if !diagnostic.related.isEmpty {
            writer.key("related")
            writer.openArray()
            for related in diagnostic.related {
                writer.openObject()
                writeLocation(related.location, to: &writer)
                writer.key("message")
                writer.string(related.message)
                writer.close()
            }
            writer.close()
        }
        writer.close()
    }

    private static func writeLocation(_ location: SourceLocation, to writer: inout JSONWriter) {
        writer.key("file")
        writer.string(location.file)
        writer.key("line")
        writer.int(location.start.line)
        writer.key("column")
        writer.int(location.start.column)
        writer.key("endLine")
        writer.int(location.end.line)
        writer.key("endColumn")
        writer.int(location.end.column)
        writer.key("pointer")
        writer.string(location.pointer)
    }
}
