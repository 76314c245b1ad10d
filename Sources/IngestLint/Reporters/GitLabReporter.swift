/// GitLab Code Quality (a subset of the CodeClimate issue format): a JSON array with one object
/// per finding — `description` (the message), `check_name` (the rule code), `fingerprint`
/// (`DiagnosticFingerprint`: stable across runs, unique per finding), `severity`, and
/// `location.path` / `location.lines.begin`. An empty array means no findings.
///
/// With `projectPaths` (as the CLI runs it), `location.path` is relative to the project root,
/// however the input was spelt, so GitLab can link it (`ProjectPaths`); without it, as given.
///
/// Severities: error → `major`, warning → `minor`, info → `info`. GitLab's `critical` and
/// `blocker` are not used: a linter finding blocks a merge through the exit status, not here.
package struct GitLabReporter: Reporter {
    package var projectPaths: ProjectPaths?

    package init(projectPaths: ProjectPaths? = nil) {
        self.projectPaths = projectPaths
    }

    package static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output, paths: ReportPaths(projectPaths)) }

    final class Stream: ReportStream {
        let output: ReportOutput
        var issues = JSONArrayStream(indent: 0)
        var fingerprints = DiagnosticFingerprint.Counter()
        let paths: ReportPaths

        init(output: ReportOutput, paths: ReportPaths) {
            self.output = output
            self.paths = paths
        }

        func begin() {}

        func write(_ file: FileResult) {
            for diagnostic in file.diagnostics {
                let path = paths.path(diagnostic.file)
                let fingerprint = fingerprints.fingerprint(of: diagnostic, path: path)
                issues.append(GitLabReporter.issue(diagnostic, path: path, fingerprint: fingerprint), to: output)
            }
            // The fingerprint's key holds the path: nothing carries over to the next file.
            if file.isComplete { fingerprints.reset() }
        }

        func end(_ summary: LintReport.Summary) {
            issues.close(to: output)
            output.write("\n")
        }
    }

    static func issue(_ diagnostic: Diagnostic, path: String, fingerprint: String) -> JSONOutput {
        JSONOutput.object([
            ("type", .string("issue")),
            ("description", .string(diagnostic.message)),
            ("check_name", .string(diagnostic.code)),
            ("fingerprint", .string(fingerprint)),
            ("content", .object([("body", .string(Self.body(diagnostic)))])),
            ("severity", .string(Self.severity(diagnostic.severity))),
            ("location", .object([
                ("path", .string(path)),
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
