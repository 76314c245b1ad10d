import ArgumentParser
import Foundation
import IngestLint

extension ReportFormat: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

extension Severity: ExpressibleByArgument {}
extension Visibility: ExpressibleByArgument {}

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint payload files, folders or standard input (the default command).",
        discussion: IngestLintCommand.selectionHelp)

    @Argument(help: "Files, folders (walked for *.json, *.jsonl, *.ndjson) or - for standard input. Default: the current folder, or standard input with --stdin-filename.")
    var paths: [String] = []

    @Option(name: [.short, .long], help: "Report format: text, json, jsonl, junit, sarif, github, gitlab or checkstyle (default: text; under GITHUB_ACTIONS=true, text with workflow-command annotations unless a format is given).")
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output (- is standard output): a regular file is replaced atomically, a device or FIFO is written through, missing folders are created.")
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write a report in FORMAT to FILE, from the same run (repeatable), e.g. --report sarif=ingestlint.sarif.",
            valueName: "FORMAT=FILE"))
    var reports: [String] = []

    @Flag(name: .long, help: "Mask e-mails and names in every report (a short stable hash for e-mails, initials for names) and leave out source snippets; refused with --diff, whose lines are the payload's own.")
    var redact = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules to run, comma-separated codes or names (custom rules as ID or custom/ID; 'all' = every rule); repeatable, accumulates. Replaces the configuration's choice of rules (its select, ignore and off severities) completely.",
            valueName: "RULES"))
    var select: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules not to run, as for --select; repeatable, accumulates. Taken out of what --select or the configuration selects.",
            valueName: "RULES"))
    var ignore: [String] = []

    @Option(name: .long, help: "Lowest severity that fails the run: error, warning or info.")
    var failOn: Severity?

    @Option(name: .long, help: "Also fail when there are more than this many warnings.")
    var maxWarnings: Int?

    @Option(name: .long, help: "Findings listed per file before one '…and N more' line (0 lists all; default 10000). The rest still count.")
    var maxDiagnosticsPerFile: Int?

    @Option(name: .long, help: "Visibility of Interviewers not in the registry: public or private.")
    var visibility: Visibility?

    @Option(name: .long, help: "The file name reports use for standard input; given alone (no path), standard input is linted.")
    var stdinFilename: String?

    @Option(name: .long, help: "Colour in text output: auto (only on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: [.short, .long], help: "Print only the summary line.")
    var quiet = false

    @Flag(name: .long, help: "Print the number of findings per rule instead of each finding.")
    var statistics = false

    @Flag(name: .long, help: "Apply safe fixes in place (atomically), linting again until nothing fixable is left; then report what remains.")
    var fix = false

    @Flag(name: .long, help: "Print the fixes as a unified diff and change nothing; exit 1 when there is something to fix.")
    var diff = false

    @Flag(name: .long, help: "Include unsafe fixes (they may change meaning); implies --fix unless --diff is given.")
    var unsafeFixes = false

    @Option(name: .long, help: "Parallel workers for linting and fixing: files, and the lines of a JSON Lines file (default: all cores).")
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Report only findings not recorded in this baseline file (written by --write-baseline); entries that match nothing are counted as stale.", valueName: "FILE"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record every current finding in this baseline file (replacing it) and exit 0.", valueName: "FILE"))
    var writeBaseline: String?

    @Flag(name: .long, help: "With --baseline: list the stale entries (the text report, the JSON report's summary, else standard error).")
    var showStale = false

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 {
            throw ValidationError("--max-warnings must be 0 or more.")
        }
        if let maxDiagnosticsPerFile, maxDiagnosticsPerFile < 0 {
            throw ValidationError("--max-diagnostics-per-file must be 0 or more.")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1.")
        }
        if quiet, statistics {
            throw ValidationError("--quiet and --statistics cannot be used together.")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once.")
        }
        if fix, diff {
            throw ValidationError("--fix and --diff cannot be used together: --diff changes nothing.")
        }
        if diff, redact {
            throw ValidationError("--diff cannot be used with --redact: a diff prints the payload's own lines, names and e-mails included.")
        }
        if stdinFilename != nil, !paths.isEmpty, !paths.contains("-") {
            throw ValidationError("--stdin-filename names standard input, but no path is '-' (give '-' or no path at all).")
        }
        if baseline != nil, writeBaseline != nil {
            throw ValidationError("--baseline and --write-baseline cannot be used together: --write-baseline alone records every current finding, which drops the stale entries.")
        }
        if showStale, baseline == nil {
            throw ValidationError("--show-stale lists the stale entries of --baseline FILE, which is not given.")
        }
        if diff, baseline != nil || writeBaseline != nil {
            throw ValidationError("--diff cannot be used with --baseline or --write-baseline: a diff shows every fix and reports no findings.")
        }
        if (fix || unsafeFixes) && !diff, arguments.contains("-") {
            throw ValidationError("standard input cannot be fixed in place; use --diff to see the fixes.")
        }
    }

    func run() async throws {
        let extraReports = try ReportRequest.parse(reports, primaryOutput: reportFile)
        // A destination that cannot take a report (`out/`, a folder, a hard-linked file) fails the
        // run before anything is read, fixed or created.
        for path in (reportFile.map { [$0] } ?? []) + extraReports.map(\.path) {
            do {
                _ = try WriteDestination.resolve(path)
            } catch {
                throw RunReports.failure(error)
            }
        }
        let configuration = try resolveConfiguration()
        let discovery = InputDiscovery(configuration: configuration, standardInputName: stdinFilename)
        let projectPaths = ProjectPaths.discover(standardInputName: discovery.standardInputName)
        var baseline = try RunBaseline(
            baseline: self.baseline, writeBaseline: writeBaseline, showStale: showStale, paths: projectPaths,
            configuration: configuration)
        var inputs: [LintInput]
        let inputErrors = InputErrorLog()
        do {
            let discovered = try discovery.discover(arguments)
            discovered.warnings.forEach(Self.writeWarning)
            discovered.errors.forEach(inputErrors.report)
            inputs = discovered.inputs
        } catch {
            throw ToolFailure(message: error.description)
        }
        // Before anything is read or written: no report lands on a file being linted, and the
        // report an earlier run left in a walked folder is not linted.
        do {
            let destinations = (reportFile.map { [$0] } ?? []) + extraReports.map(\.path) + (writeBaseline.map { [$0] } ?? [])
            inputs = try OutputOverlap.inputs(inputs, arguments: arguments, destinations: destinations, baseline: self.baseline)
            inputs = RunBaseline.inputs(inputs, excluding: [self.baseline])
        } catch {
            let what = error.path == writeBaseline ? "the baseline" : "the report"
            throw ToolFailure(message: "cannot write \(what) to '\(error.path)': \(error.reason).")
        }
        guard !inputs.isEmpty else {
            throw ToolFailure(message: "no *.json, *.jsonl or *.ndjson file found in \(arguments.joined(separator: ", ")).")
        }
        var standardInput: [UInt8]?
        if inputs.contains(where: { if case .standardInput = $0 { true } else { false } }) {
            do {
                standardInput = try FileReader.readStandardInput(limit: configuration.limits.maxFileSize)
            } catch {
                inputErrors.report(error)
                inputs.removeAll { if case .standardInput = $0 { true } else { false } }
            }
        }

        if fix || diff || unsafeFixes {
            try await fixFiles(
                inputs, standardInput: standardInput, configuration: configuration, extraReports: extraReports,
                inputErrors: inputErrors, projectPaths: projectPaths, baseline: &baseline)
            return
        }

        let showsSource = (reportFormat == .text && textMode == .full) || extraReports.contains { $0.format == .text }
        var run = LintRun(
            configuration: baseline == nil ? configuration : RunBaseline.engineConfiguration(configuration), jobs: jobs,
            includesSourceExcerpts: showsSource && !redact)
        run.includesValueHashes = baseline != nil
        // Every report is written as results arrive, large JSON Lines files in parts, so memory
        // never holds the run's findings.
        let reports = try openReports(extraReports, configuration: configuration, projectPaths: projectPaths)
        reports.begin()
        var summary = LintReport(files: []).summary
        let redact = self.redact
        do {
            try await run.run(
                inputs, standardInput: standardInput, streamsParts: true, onInputError: inputErrors.report
            ) { result in
                var result = result
                baseline?.process(&result)
                result = redact ? Redactor.redact(result) : result
                summary = summary.merged(with: LintReport(files: [result]).summary)
                reports.write(result)
            }
        } catch {
            reports.discard()
            throw ToolFailure(message: error.description)
        }
        try finish(reports, summary: summary, baseline: baseline, configuration: configuration, inputErrors: inputErrors)
    }

    /// Writes the baseline (`--write-baseline`), ends the reports and sets the exit status.
    func finish(
        _ reports: RunReports, summary: LintReport.Summary, baseline: RunBaseline?, configuration: Configuration,
        inputErrors: InputErrorLog
    ) throws {
        var summary = summary
        summary.baseline = baseline?.summary
        do {
            try baseline?.write()
        } catch {
            reports.discard()
            throw error
        }
        try reports.finish(summary)
        baseline?.writeStaleEntries(primaryFormat: reportFormat)
        // An input not linted (or not wholly) is an I/O error: the run cannot pass.
        if inputErrors.count > 0 { throw ExitCode(2) }
        if baseline?.recordsFindings != true, Self.gateFails(summary, configuration: configuration) {
            throw ExitCode(1)
        }
    }

    /// The primary report (standard output or `-o`) and every `--report`, opened for writing.
    func openReports(_ extraReports: [ReportRequest], configuration: Configuration, projectPaths: ProjectPaths) throws -> RunReports {
        try RunReports(
            format: reportFormat, output: reportFile, extraReports: extraReports,
            options: ReportFormat.Options(
                failOn: configuration.failOn, textMode: textMode, maxWarnings: configuration.maxWarnings,
                projectPaths: projectPaths),
            useColor: useColor, githubAnnotations: annotatesForGitHubActions)
    }

    /// `--fix`, `--diff`, `--unsafe-fixes`: each input is fixed until stable (SPEC §10), then the
    /// findings that remain are reported as usual. Files that are not valid JSON are not changed.
    func fixFiles(
        _ inputs: [LintInput], standardInput: [UInt8]?, configuration: Configuration, extraReports: [ReportRequest],
        inputErrors: InputErrorLog, projectPaths: ProjectPaths, baseline: inout RunBaseline?
    ) async throws {
        // Fixing needs every finding; the listing limit applies to what is reported afterwards.
        var fixConfiguration = configuration
        fixConfiguration.limits.maxDiagnosticsPerFile = 0
        var lintRun = LintRun(configuration: fixConfiguration, jobs: jobs, includesSourceExcerpts: !redact)
        lintRun.includesValueHashes = baseline != nil
        let fixRun = FixRun(lintRun: lintRun, includesUnsafe: unsafeFixes, writesFiles: !diff)
        var results: [FileResult] = []
        let totals: FixRun.Totals
        do {
            totals = try await fixRun.run(inputs, standardInput: standardInput, onInputError: inputErrors.report) {
                results.append($0)
            }
        } catch {
            throw ToolFailure(message: "cannot write the fixes to '\(error.path)': \(error.reason).")
        }
        let (fixedFindings, changedFiles, withheldFixes, diffs) = (
            totals.fixedFindings, totals.changedFiles, totals.withheldFixes, totals.diff
        )
        // The baseline sees what remains after fixing: entries of fixed findings become stale.
        for index in results.indices {
            if baseline != nil {
                baseline?.process(&results[index])
            } else {
                results[index].limitListing(to: configuration.limits.diagnosticsPerFile)
            }
        }
        let noun = fixedFindings == 1 ? "finding" : "findings"
        let files = changedFiles == 1 ? "file" : "files"
        // Fixes that would have duplicated a key or left a more severe finding (SPEC §10).
        let withheld = withheldFixes == 0 ? "" : withheldFixes == 1
            ? "; 1 fix was not applied because it would make the file worse" + (diff ? "" : " (see its help line)")
            : "; \(withheldFixes) fixes were not applied because they would make the file worse" + (diff ? "" : " (see their help lines)")
        if diff {
            Self.writeToStandardOutput(diffs)
            FileHandle.standardError.write(Data("ingestlint: \(fixedFindings) \(noun) would be fixed in \(changedFiles) \(files)\(withheld)\n".utf8))
            if inputErrors.count > 0 { throw ExitCode(2) }
            if changedFiles > 0 { throw ExitCode(1) }
            return
        }
        FileHandle.standardError.write(Data("ingestlint: fixed \(fixedFindings) \(noun) in \(changedFiles) \(files)\(withheld)\n".utf8))
        let report = LintReport(files: redact ? results.map(Redactor.redact) : results)
        let reports = try openReports(extraReports, configuration: configuration, projectPaths: projectPaths)
        reports.begin()
        for result in report.files { reports.write(result) }
        try finish(reports, summary: report.summary, baseline: baseline, configuration: configuration, inputErrors: inputErrors)
    }

    /// The paths to lint: as given; with none, standard input when `--stdin-filename` names it
    /// (as ruff does), else the current folder.
    var arguments: [String] {
        guard paths.isEmpty else { return paths }
        return stdinFilename == nil ? ["."] : ["-"]
    }

    var reportFormat: ReportFormat { format ?? .text }

    /// Under GitHub Actions, a text report on standard output that nobody chose explicitly also
    /// carries workflow-command annotations, so findings show on the pull request with no
    /// configuration; `--format text` (or any `--format`, or `-o FILE`) turns that off.
    var annotatesForGitHubActions: Bool {
        format == nil && reportFile == nil && ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
    }

    /// The file `-o` names; `nil` for standard output (no `-o`, or `-o -`).
    var reportFile: String? {
        output == WriteDestination.standardOutputName ? nil : output
    }

    var textMode: TextReporter.Mode {
        quiet ? .quiet : (statistics ? .statistics : .full)
    }

    static func gateFails(_ summary: LintReport.Summary, configuration: Configuration) -> Bool {
        if summary.count(atLeast: configuration.failOn) > 0 { return true }
        if let maximum = configuration.maxWarnings, summary.warningCount > maximum { return true }
        return false
    }

    var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(STDOUT_FILENO) == 1
        }
    }

    /// The configuration file with the command line over it (README "Configuration").
    func resolveConfiguration() throws -> Configuration {
        var configuration = try configurationOptions.load()
        let names = configuration.ruleNames
        if !select.isEmpty { configuration.commandLineSelect = try names.parse(select, option: "--select") }
        configuration.commandLineIgnore = try names.parse(ignore, option: "--ignore")
        guard !configuration.enabledRules().isEmpty else {
            throw ToolFailure(message: "no rule is left to run: the selection (--select, --ignore and the configuration's rules) is empty.")
        }
        if let failOn { configuration.failOn = failOn }
        if let maxWarnings { configuration.maxWarnings = maxWarnings }
        if let maxDiagnosticsPerFile { configuration.limits.maxDiagnosticsPerFile = maxDiagnosticsPerFile }
        if let visibility { configuration.defaultVisibility = visibility }
        return configuration
    }

    static func writeToStandardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A problem the run goes on after (a dangling link skipped): one line on standard error.
    static func writeWarning(_ message: String) {
        FileHandle.standardError.write(Data("ingestlint: warning: \(message).\n".utf8))
    }
}

/// Inputs that could not be linted (or not wholly): each is one line on standard error as it
/// happens, the other inputs are still linted, and the run exits 2 at the end.
final class InputErrorLog {
    private(set) var count = 0

    func report(_ error: InputError) {
        count += 1
        FileHandle.standardError.write(Data("ingestlint: \(error.description).\n".utf8))
    }
}

/// One `--report FORMAT=FILE`.
struct ReportRequest: Equatable {
    let format: ReportFormat
    let path: String

    static var formatNames: String {
        let names = ReportFormat.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// Parses every `--report` value before anything is linted, so a typo costs nothing.
    static func parse(_ values: [String], primaryOutput: String?) throws -> [ReportRequest] {
        var requests: [ReportRequest] = []
        // Standard output takes the primary report unless -o names a file.
        var paths: Set<String> = [primaryOutput ?? WriteDestination.standardOutputName]
        for value in values {
            guard let equals = value.firstIndex(of: "=") else {
                throw ToolFailure(message: "--report needs FORMAT=FILE, e.g. --report sarif=ingestlint.sarif, not '\(value)'.")
            }
            let name = String(value[..<equals])
            let path = String(value[value.index(after: equals)...])
            guard let format = ReportFormat(rawValue: name.lowercased()) else {
                throw ToolFailure(message: "unknown report format '\(name)' in --report \(value) (use \(formatNames)).")
            }
            guard !path.isEmpty else {
                throw ToolFailure(message: "--report \(value) names no file (use FORMAT=FILE).")
            }
            if path == WriteDestination.standardOutputName, primaryOutput == nil {
                throw ToolFailure(
                    message: "--report \(value) writes to standard output, which already takes the --format report (send that one to a file with -o FILE).")
            }
            guard paths.insert(path).inserted else {
                throw ToolFailure(message: "the report file '\(path)' is named more than once (by -o or --report).")
            }
            requests.append(ReportRequest(format: format, path: path))
        }
        return requests
    }
}
