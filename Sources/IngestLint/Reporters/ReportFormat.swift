/// The report formats of `--format` and `--report FORMAT=FILE` (SPEC §9).
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, junit, sarif, github, gitlab, checkstyle

    /// Options that only some formats use.
    package struct Options: Sendable {
        /// JUnit: findings below it are passing test cases.
        package var failOn: Severity
        /// Text: full, quiet or statistics.
        package var textMode: TextReporter.Mode
        /// Text: ANSI colours (only ever for a terminal).
        package var useColor: Bool
        /// Text: the `--max-warnings` gate, named in the summary when it fails the run.
        package var maxWarnings: Int?
        /// SARIF and GitLab: paths relative to this project root (`nil`: as given).
        package var projectPaths: ProjectPaths?
        /// Text: GitHub Actions workflow commands beside the findings (`AnnotatedTextReporter`).
        package var githubAnnotations: Bool

        package init(
            failOn: Severity = .error, textMode: TextReporter.Mode = .full, useColor: Bool = false, maxWarnings: Int? = nil,
            projectPaths: ProjectPaths? = nil, githubAnnotations: Bool = false
        ) {
            self.projectPaths = projectPaths
            self.failOn = failOn
            self.textMode = textMode
            self.useColor = useColor
            self.maxWarnings = maxWarnings
            self.githubAnnotations = githubAnnotations
        }
    }

    /// Why this format cannot be written on this machine, or nil when it can: JUnit and
    /// Checkstyle are written with libxml2, loaded the first time one is asked for (set
    /// `INGESTLINT_LIBXML2` to its path when it is installed under another name). `render` throws
    /// it as a ``LintError``; inside the package, check it before `reporter(_:)`, whose XML
    /// reporters stop the process without libxml2.
    public var unavailableReason: String? {
        switch self {
        case .junit, .checkstyle:
            if case .failure(let failure) = LibXML2.shared {
                return failure.description
            }
            return nil
        case .text, .json, .jsonl, .sarif, .github, .gitlab:
            return nil
        }
    }

    package func reporter(_ options: Options = Options()) -> any Reporter {
        switch self {
        case .text:
            options.githubAnnotations
                ? AnnotatedTextReporter(text: TextReporter(useColor: options.useColor, mode: options.textMode, maxWarnings: options.maxWarnings))
                : TextReporter(useColor: options.useColor, mode: options.textMode, maxWarnings: options.maxWarnings)
        case .json: JSONReporter()
        case .jsonl: JSONLinesReporter()
        case .junit: JUnitReporter(failOn: options.failOn)
        case .sarif: SARIFReporter(projectPaths: options.projectPaths)
        case .github: GitHubReporter()
        case .gitlab: GitLabReporter(projectPaths: options.projectPaths)
        case .checkstyle: CheckstyleReporter()
        }
    }

    /// The file name of this format's example in `reports/examples/`.
    package var exampleFileName: String {
        switch self {
        case .text: "report.txt"
        case .json: "report.json"
        case .jsonl: "report.jsonl"
        case .junit: "report.junit.xml"
        case .sarif: "report.sarif"
        case .github: "report.github.txt"
        case .gitlab: "report.gitlab.json"
        case .checkstyle: "report.checkstyle.xml"
        }
    }
}
