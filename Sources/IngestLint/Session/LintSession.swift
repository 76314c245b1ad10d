/// One run of `ingestlint lint`, from its request to its exit status: the configuration with
/// the command line over it, the inputs, linting or fixing, the baseline, the reports written
/// together as results arrive, and the gate. Tool errors are thrown as one sentence; findings go
/// to the reports.
package struct LintSession: Sendable {
    package let request: Request
    package let console: SessionConsole

    package init(_ request: Request, console: SessionConsole = .standardStreams) {
        self.request = request
        self.console = console
    }

    package func run() async throws(LintError) -> ExitStatus {
        let extraReports = try ReportRequest.parse(request.reports, primaryOutput: request.reportFile)
        // A destination that cannot take a report (`out/`, a folder, a hard-linked file) fails the
        // run before anything is read, fixed or created.
        for path in (request.reportFile.map { [$0] } ?? []) + extraReports.map(\.path) {
            do throws(OutputError) {
                _ = try WriteDestination.resolve(path)
            } catch {
                throw RunReports.failure(error)
            }
        }
        let configuration = try resolveConfiguration()
        let discovery = InputDiscovery(configuration: configuration, standardInputName: request.standardInputName)
        let projectPaths = ProjectPaths.discover(standardInputName: discovery.standardInputName)
        var baseline = try RunBaseline(
            baseline: request.baseline, writeBaseline: request.writeBaseline, showStale: request.showStale,
            paths: projectPaths, configuration: configuration)
        let arguments = request.arguments
        var inputs: [LintInput]
        let inputErrors = InputErrorLog(console: console)
        do throws(InputError) {
            let discovered = try discovery.discover(arguments)
            discovered.warnings.forEach(console.warn)
            discovered.errors.forEach(inputErrors.report)
            inputs = discovered.inputs
        } catch {
            throw LintError(error.description)
        }
        // Before anything is read or written: no report lands on a file being linted, and the
        // report an earlier run left in a walked folder is not linted.
        do {
            let destinations = (request.reportFile.map { [$0] } ?? []) + extraReports.map(\.path)
                + (request.writeBaseline.map { [$0] } ?? [])
            inputs = try OutputOverlap.inputs(inputs, arguments: arguments, destinations: destinations, baseline: request.baseline)
            inputs = RunBaseline.inputs(inputs, excluding: [request.baseline])
        } catch {
            let what = error.path == request.writeBaseline ? "the baseline" : "the report"
            throw LintError("cannot write \(what) to '\(error.path)': \(error.reason).")
        }
        guard !inputs.isEmpty else {
            throw LintError("no *.json, *.jsonl or *.ndjson file found in \(arguments.joined(separator: ", ")).")
        }
        var standardInput: [UInt8]?
        if inputs.contains(where: { if case .standardInput = $0 { true } else { false } }) {
            do throws(InputError) {
                standardInput = try FileReader.readStandardInput(limit: configuration.limits.maxFileSize)
            } catch {
                inputErrors.report(error)
                inputs.removeAll { if case .standardInput = $0 { true } else { false } }
            }
        }
        let run = Run(
            configuration: configuration, extraReports: extraReports, projectPaths: projectPaths, inputErrors: inputErrors)
        if request.fixes {
            return try await fix(inputs, standardInput: standardInput, run: run, baseline: &baseline)
        }
        return try await lint(inputs, standardInput: standardInput, run: run, baseline: &baseline)
    }

    /// What the steps of one run share once the configuration and the inputs are known.
    struct Run {
        let configuration: Configuration
        let extraReports: [ReportRequest]
        let projectPaths: ProjectPaths
        let inputErrors: InputErrorLog
    }

    /// Lints every input and writes every report as results arrive, large JSON Lines files in
    /// parts, so memory never holds the run's findings.
    func lint(
        _ inputs: [LintInput], standardInput: [UInt8]?, run: Run, baseline: inout RunBaseline?
    ) async throws(LintError) -> ExitStatus {
        let showsSource = (request.reportFormat == .text && request.textMode == .full)
            || run.extraReports.contains { $0.format == .text }
        var lintRun = LintRun(
            configuration: baseline == nil ? run.configuration : RunBaseline.engineConfiguration(run.configuration),
            jobs: request.jobs, includesSourceExcerpts: showsSource && !request.redact)
        lintRun.includesValueHashes = baseline != nil
        let reports = try openReports(run)
        reports.begin()
        var summary = LintReport(files: []).summary
        let redact = request.redact
        var processed = baseline
        do throws(InputError) {
            try await lintRun.run(
                inputs, standardInput: standardInput, streamsParts: true, onInputError: run.inputErrors.report
            ) { result in
                var result = result
                processed?.process(&result)
                result = redact ? Redactor.redact(result) : result
                summary = summary.merged(with: LintReport(files: [result]).summary)
                reports.write(result)
            }
        } catch {
            reports.discard()
            throw LintError(error.description)
        }
        baseline = processed
        return try finish(reports, summary: summary, baseline: baseline, run: run)
    }

    /// Writes the baseline (`--write-baseline`), ends the reports and gives the exit status.
    func finish(
        _ reports: RunReports, summary: LintReport.Summary, baseline: RunBaseline?, run: Run
    ) throws(LintError) -> ExitStatus {
        var summary = summary
        summary.baseline = baseline?.summary
        do throws(LintError) {
            try baseline?.write(console: console)
        } catch {
            reports.discard()
            throw error
        }
        try reports.finish(summary)
        baseline?.writeStaleEntries(primaryFormat: request.reportFormat, console: console)
        // An input not linted (or not wholly) is an I/O error: the run cannot pass.
        if run.inputErrors.count > 0 { return .inputError }
        if baseline?.recordsFindings != true, Self.gateFails(summary, configuration: run.configuration) {
            return .failed
        }
        return .passed
    }

    /// The primary report (standard output or `-o`) and every `--report`, opened for writing.
    func openReports(_ run: Run) throws(LintError) -> RunReports {
        try RunReports(
            format: request.reportFormat, output: request.reportFile, extraReports: run.extraReports,
            options: ReportFormat.Options(
                failOn: run.configuration.failOn, textMode: request.textMode, maxWarnings: run.configuration.maxWarnings,
                projectPaths: run.projectPaths),
            useColor: request.color.usesColor(environment: request.environment),
            githubAnnotations: request.annotatesForGitHubActions)
    }

    static func gateFails(_ summary: LintReport.Summary, configuration: Configuration) -> Bool {
        if summary.count(atLeast: configuration.failOn) > 0 { return true }
        if let maximum = configuration.maxWarnings, summary.warningCount > maximum { return true }
        return false
    }

    /// The configuration file with the command line over it (README "Configuration").
    func resolveConfiguration() throws(LintError) -> Configuration {
        var configuration = try request.configuration.load()
        let names = configuration.ruleNames
        if !request.select.isEmpty { configuration.commandLineSelect = try names.parse(request.select, option: "--select") }
        configuration.commandLineIgnore = try names.parse(request.ignore, option: "--ignore")
        guard !configuration.enabledRules().isEmpty else {
            throw LintError("no rule is left to run: the selection (--select, --ignore and the configuration's rules) is empty.")
        }
        if let failOn = request.failOn { configuration.failOn = failOn }
        if let maxWarnings = request.maxWarnings { configuration.maxWarnings = maxWarnings }
        if let maxDiagnosticsPerFile = request.maxDiagnosticsPerFile {
            configuration.limits.maxDiagnosticsPerFile = maxDiagnosticsPerFile
        }
        if let visibility = request.visibility { configuration.defaultVisibility = visibility }
        return configuration
    }
}
