extension LintSession {
    /// What a command line asks of one run: the options of `ingestlint lint`, already checked
    /// for combinations that make no sense (the CLI's `validate()`).
    package struct Request: Sendable {
        /// Files, folders or `-`, as given; none means the current folder, or standard input
        /// when `standardInputName` is set (see `arguments`).
        package var paths: [String] = []
        package var configuration: ConfigurationSource = .discovered
        /// `--select` and `--ignore`, every value as given (comma-separated names).
        package var select: [String] = []
        package var ignore: [String] = []
        package var failOn: Severity?
        package var maxWarnings: Int?
        package var maxDiagnosticsPerFile: Int?
        package var visibility: Visibility?
        /// `--format`; `nil` is text (with GitHub annotations under GitHub Actions).
        package var format: ReportFormat?
        /// `-o`; `nil` or `-` is standard output.
        package var output: String?
        /// `--report FORMAT=FILE` values, parsed by the session.
        package var reports: [String] = []
        package var redact = false
        package var standardInputName: String?
        package var color: ColorChoice = .auto
        package var textMode: TextReporter.Mode = .full
        package var fix = false
        package var diff = false
        package var unsafeFixes = false
        package var jobs: Int?
        package var baseline: String?
        package var writeBaseline: String?
        package var showStale = false
        /// The process environment (`GITHUB_ACTIONS`, `NO_COLOR`).
        package var environment: [String: String] = [:]

        package init() {}

        /// The paths to lint: as given; with none, standard input when `--stdin-filename` names
        /// it (as ruff does), else the current folder.
        package var arguments: [String] {
            guard paths.isEmpty else { return paths }
            return standardInputName == nil ? ["."] : ["-"]
        }

        var reportFormat: ReportFormat { format ?? .text }

        /// The file `-o` names; `nil` for standard output (no `-o`, or `-o -`).
        var reportFile: String? {
            output == WriteDestination.standardOutputName ? nil : output
        }

        /// Under GitHub Actions, a text report on standard output that nobody chose explicitly
        /// also carries workflow-command annotations, so findings show on the pull request with
        /// no configuration; `--format text` (or any `--format`, or `-o FILE`) turns that off.
        var annotatesForGitHubActions: Bool {
            format == nil && reportFile == nil && environment["GITHUB_ACTIONS"] == "true"
        }

        var fixes: Bool { fix || diff || unsafeFixes }
    }
}
