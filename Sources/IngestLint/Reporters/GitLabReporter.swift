/// GitLab Code Quality (a subset of the CodeClimate issue format): a JSON array with one object
/// per finding — `description` (the message), `check_name` (the rule code), `fingerprint`
/// (`DiagnosticFingerprint`: stable across runs, unique per finding), `severity`, and
/// `location.path` / `location.lines.begin`. An empty array means no findings.
///
/// Severities: error → `major`, warning → `minor`, info → `info`. GitLab's `critical` and
/// `blocker` are not used: a linter finding blocks a merge through the exit status, not here.
public struct GitLabReporter: Reporter {
    public init() {}

    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    public func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

    final class Stream: ReportStream {
        let output: ReportOutput
        var issues = JSONArrayStream(indent: 0)
        var fingerprints = DiagnosticFingerprint.Counter()

        init(output: ReportOutput) {
            self.output = output
        }

        func begin() {}

        func write(_ file: FileResult) {
            for diagnostic in file.diagnostics {
                issues.append(GitLabReporter.issue(diagnostic, fingerprint: fingerprints.fingerprint(of: diagnostic)), to: output)
            }
            // The fingerprint's key holds the path: nothing carries over to the next file.
            if file.isComplete { fingerprints.reset() }
        }

        func end(_ summary: LintReport.Summary) {
            issues.close(to: output)
            output.write("\n")
        }
    }

    static func issue(_ diagnostic: Diagnostic, fingerprint: String) -> JSONOutput {
        JSONOutput.object([
            ("type", .string("issue")),
            ("description", .string(diagnostic.message)),
            ("check_name", .string(diagnostic.code)),
            ("fingerprint", .string(fingerprint)),
            ("content", .object([("body", .string(Self.body(diagnostic)))])),
            ("severity", .string(Self.severity(diagnostic.severity))),
            ("location", .object([
                ("path", .string(diagnostic.file)),
                ("lines", .object([("begin", .int(diagnostic.start.line)), ("end", .int(diagnostic.end.line))])),
            ])),
        ])
    }

    /// CodeClimate's `content.body` (Markdown, shown when a finding is expanded): the rule, then
    /// the help and fix.
    static func body(_ diagnostic: Diagnostic) -> String {
        var body = "\(diagnostic.code) `\(diagnostic.name)` (`ingestlint explain \(diagnostic.code)`)"
        if let help = diagnostic.help { body += "\n\nhelp: \(help)" }
        if let fix = diagnostic.fix { body += "\n\n\(fix.safety == .safe ? "fix" : "unsafe fix"): \(fix.description)" }
        return body
    }
}
