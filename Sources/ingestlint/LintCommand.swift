import ArgumentParser
import Foundation
import IngestLint

extension ReportFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Visibility: ExpressibleByArgument {}

/// `ingestlint lint` (the default command): its options, checked together, become one
/// `LintSession.Request`; the library runs it and gives the exit status.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint payload files, folders or standard input (the default command).",
        discussion: IngestLintCommand.selectionHelp)

    @Argument(help: "Files, folders (walked for *.json, *.jsonl, *.ndjson) or - for standard input. Default: the current folder, or standard input with --stdin-filename.")
    var paths: [String] = []

    @OptionGroup var reportOptions: ReportOptions
    @OptionGroup var configurationOptions: ConfigurationOptions
    @OptionGroup var ruleOptions: RuleOptions

    @Option(name: .long, help: "The file name reports use for standard input; given alone (no path), standard input is linted.")
    var stdinFilename: String?

    @OptionGroup var displayOptions: DisplayOptions
    @OptionGroup var fixOptions: FixOptions

    @Option(name: .long, parsing: .unconditional, help: "Parallel workers for linting and fixing: files, and the lines of a JSON Lines file (default: all cores).")
    var jobs: Int?

    @OptionGroup var baselineOptions: BaselineOptions

    func validate() throws {
        if let maxWarnings = ruleOptions.maxWarnings, maxWarnings < 0 {
            throw ValidationError("--max-warnings must be 0 or more.")
        }
        if let maxDiagnosticsPerFile = ruleOptions.maxDiagnosticsPerFile, maxDiagnosticsPerFile < 0 {
            throw ValidationError("--max-diagnostics-per-file must be 0 or more.")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1.")
        }
        if displayOptions.quiet, displayOptions.statistics {
            throw ValidationError("--quiet and --statistics cannot be used together.")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input ('-') can be given only once.")
        }
        if fixOptions.fix, fixOptions.diff {
            throw ValidationError("--fix and --diff cannot be used together: --diff changes nothing.")
        }
        if fixOptions.diff, reportOptions.redact {
            throw ValidationError("--diff cannot be used with --redact: a diff prints the payload's own lines, names and e-mails included.")
        }
        if stdinFilename != nil, !paths.isEmpty, !paths.contains("-") {
            throw ValidationError("--stdin-filename names standard input, but no path is '-' (give '-' or no path at all).")
        }
        if baselineOptions.baseline != nil, baselineOptions.writeBaseline != nil {
            throw ValidationError("--baseline and --write-baseline cannot be used together: --write-baseline alone records every current finding, which drops the stale entries.")
        }
        if baselineOptions.showStale, baselineOptions.baseline == nil {
            throw ValidationError("--show-stale lists the stale entries of --baseline FILE, which is not given.")
        }
        if fixOptions.diff, baselineOptions.baseline != nil || baselineOptions.writeBaseline != nil {
            throw ValidationError("--diff cannot be used with --baseline or --write-baseline: a diff shows every fix and reports no findings.")
        }
        if (fixOptions.fix || fixOptions.unsafeFixes) && !fixOptions.diff, request.arguments.contains("-") {
            throw ValidationError("standard input cannot be fixed in place; use --diff to see the fixes.")
        }
    }

    func run() async throws {
        let status = try await LintSession(request).run()
        if status != .passed { throw ExitCode(status.rawValue) }
    }

    /// Every option, as the library's session takes them.
    var request: LintSession.Request {
        var request = LintSession.Request()
        request.paths = paths
        request.standardInputName = stdinFilename
        request.jobs = jobs
        request.configuration = configurationOptions.source
        request.environment = ProcessInfo.processInfo.environment
        reportOptions.apply(to: &request)
        ruleOptions.apply(to: &request)
        displayOptions.apply(to: &request)
        fixOptions.apply(to: &request)
        baselineOptions.apply(to: &request)
        return request
    }
}
