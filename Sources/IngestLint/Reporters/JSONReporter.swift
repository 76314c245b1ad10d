/// One JSON document `{tool, summary, diagnostics}`; its schema is `reports/ingestlint-report.schema.json`.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        JSONOutput.object([
            ("tool", Self.tool),
            ("summary", Self.summary(report.summary)),
            ("diagnostics", .array(report.diagnostics.map(Self.diagnostic))),
        ]).rendered(pretty: true) + "\n"
    }

    static let tool = JSONOutput.object([("name", .string("ingestlint")), ("version", .string(IngestLintVersion.current))])

    static func summary(_ summary: LintReport.Summary) -> JSONOutput {
        .object([
            ("files", .int(summary.fileCount)),
            ("filesWithFindings", .int(summary.filesWithFindings)),
            ("payloads", .int(summary.payloadCount)),
            ("candidates", .int(summary.candidateCount)),
            ("errors", .int(summary.errorCount)),
            ("warnings", .int(summary.warningCount)),
            ("infos", .int(summary.infoCount)),
            ("fixable", .int(summary.fixableCount)),
            ("unsafeFixable", .int(summary.unsafeFixableCount)),
        ])
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
