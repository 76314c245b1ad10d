/// GitHub Actions workflow commands, one annotation per finding:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE name::message`
/// (`::warning` for warnings, `::notice` for infos), then the summary line as plain log text.
/// The help and fix, when there are some, follow the message on lines of their own.
public struct GitHubReporter: Reporter {
    public init() {}

    public func stream(to output: ReportOutput) -> any ReportStream {
        LineReportStream(
            output: output,
            lines: { file in file.diagnostics.map { GitHubReporter.command($0) + "\n" }.joined() },
            closing: { TextReporter.printable(TextReporter().summaryLine($0)) + "\n" })
    }

    static func command(_ diagnostic: Diagnostic) -> String {
        let name: String
        switch diagnostic.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        let properties: [(String, String)] = [
            ("file", diagnostic.file),
            ("line", String(diagnostic.start.line)),
            ("col", String(diagnostic.start.column)),
            ("endLine", String(diagnostic.end.line)),
            ("endColumn", String(diagnostic.end.column)),
            ("title", "\(diagnostic.code) \(diagnostic.name)"),
        ]
        // Text from payloads is made printable first (no terminal escapes or bidi overrides
        // in the CI log); the line breaks added here are then escaped as GitHub requires.
        var message = TextReporter.printable(diagnostic.message)
        if let help = diagnostic.help { message += "\nhelp: " + TextReporter.printable(help) }
        if let fix = diagnostic.fix {
            message += "\n\(fix.safety == .safe ? "fix" : "unsafe fix"): " + TextReporter.printable(fix.description)
        }
        let renderedProperties = properties
            .map { "\($0.0)=\(GitHubEscaping.property(TextReporter.printable($0.1)))" }
            .joined(separator: ",")
        return "::\(name) \(renderedProperties)::\(GitHubEscaping.data(message))"
    }
}

/// The escaping of `@actions/core` (`toCommandValue` / `escapeData` / `escapeProperty`), which
/// the runner reverses when it reads a workflow command.
public enum GitHubEscaping {
    /// The message after `::`: `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func data(_ text: String) -> String {
        escape(text, property: false)
    }

    /// A `key=value` property: as data, and also `:` → `%3A`, `,` → `%2C`.
    public static func property(_ text: String) -> String {
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
