/// GitHub Actions workflow commands and nothing else, one annotation per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`
/// (`::warning` for warnings, `::notice` for infos), then the summary as a
/// `::notice title=ingestlint::…` command, so every line is one the runner reads as a command
/// (plain text in this report would be rejected by a consumer that expects only commands).
/// The help and fix, when there are some, follow the message on lines of their own.
package struct GitHubReporter: Reporter {
    /// Whether the report ends with the summary notice: the annotations that accompany a text
    /// report under GitHub Actions leave it out, the text report has its own.
    package var includesSummary: Bool

    package init(includesSummary: Bool = true) {
        self.includesSummary = includesSummary
    }

    /// The title of the summary notice.
    static let summaryTitle = "ingestlint"

    package func stream(to output: ReportOutput) -> any ReportStream {
        let includesSummary = self.includesSummary
        return LineReportStream(
            output: output,
            lines: { file in file.diagnostics.map { GitHubReporter.command($0) + "\n" }.joined() },
            closing: { includesSummary ? GitHubReporter.summaryCommand($0) + "\n" : "" })
    }

    static func summaryCommand(_ summary: LintReport.Summary) -> String {
        "::notice title=\(GitHubEscaping.property(summaryTitle))::"
            + GitHubEscaping.data(TextReporter.printable(TextReporter().summaryLine(summary)))
    }

    static func command(_ diagnostic: Diagnostic) -> String {
        let name: String
        switch diagnostic.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        // A file name keeps its line breaks (escaped, the runner restores them) so the
        // annotation links to the real file; any other control character is shown, not sent.
        let properties: [(String, String)] = [
            ("file", printableKeepingLineBreaks(diagnostic.file)),
            ("line", String(diagnostic.start.line)),
            ("col", String(diagnostic.start.column)),
            ("endLine", String(diagnostic.end.line)),
            ("endColumn", String(diagnostic.end.column)),
            ("title", TextReporter.printable("\(diagnostic.code) \(diagnostic.name)")),
        ]
        // Text from payloads is made printable first (no terminal escapes or bidi overrides
        // in the CI log); the line breaks added here are then escaped as GitHub requires.
        var message = TextReporter.printable(diagnostic.message)
        if let help = diagnostic.help { message += "\nhelp: " + TextReporter.printable(help) }
        if let fix = diagnostic.fix {
            message += "\n\(fix.safety == .safe ? "fix" : "unsafe fix"): " + TextReporter.printable(fix.description)
        }
        let renderedProperties = properties
            .map { "\($0.0)=\(GitHubEscaping.property($0.1))" }
            .joined(separator: ",")
        return "::\(name) \(renderedProperties)::\(GitHubEscaping.data(message))"
    }

    private static func printableKeepingLineBreaks(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "\r" || scalar == "\n" || !TextReporter.isUnprintable(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += TextReporter.printable(String(scalar))
            }
        }
        return out
    }
}

/// The escaping of `@actions/core` (`toCommandValue` / `escapeData` / `escapeProperty`), which
/// the runner reverses when it reads a workflow command.
package enum GitHubEscaping {
    /// The message after `::`: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    package static func data(_ text: String) -> String {
        escape(text, property: false)
    }

    /// A `key=value` property: as data, and also `:` → `%3A`, `,` → `%2C`.
    package static func property(_ text: String) -> String {
        escape(text, property: true)
    }

    private static func escape(_ text: String, property: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where property: out += "%3A"
            case "," where property: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
