
/// `--baseline FILE` and `--write-baseline FILE` for one run (docs/baseline.md): every result
/// passes through `process` in report order, before the listing limit
/// (`limits.max-diagnostics-per-file`) is applied, so every finding can be matched or recorded.
struct RunBaseline {
    private var matcher: BaselineMatcher?
    private let writePath: String?
    private var recorded: [FindingIdentity] = []
    private let listsStale: Bool
    let paths: ProjectPaths
    /// The listing limit, applied here once findings are matched (the engine lists every one).
    private let listingLimit: Int
    /// The file being processed (its parts arrive one after another), what it may still list,
    /// and whether an earlier part kept a finding.
    private var current: (path: String, remaining: Int, hadFindings: Bool)?

    /// `nil` when neither flag is given. Reads and checks the baseline before anything is linted.
    init?(baseline: String?, writeBaseline: String?, showStale: Bool, paths: ProjectPaths, configuration: Configuration) throws(LintError) {
        guard baseline != nil || writeBaseline != nil else { return nil }
        if let baseline {
            do {
                matcher = BaselineMatcher(
                    try Baseline.read(baseline, limit: configuration.limits.maxFileSize), paths: paths,
                    rulesRun: Set(configuration.enabledRules().keys))
            } catch {
                throw LintError(error.description)
            }
        }
        if let writeBaseline {
            // An unwritable destination fails the run before anything is read, as reports do.
            do {
                _ = try WriteDestination.resolve(writeBaseline)
            } catch {
                throw LintError("cannot write the baseline to '\(error.path)': \(error.reason).")
            }
        }
        self.writePath = writeBaseline
        self.listsStale = showStale
        self.paths = paths
        self.listingLimit = configuration.limits.diagnosticsPerFile
    }

    /// The configuration the engine runs with: no listing limit, since a finding left out
    /// could be neither matched nor recorded.
    static func engineConfiguration(_ configuration: Configuration) -> Configuration {
        var configuration = configuration
        configuration.limits.maxDiagnosticsPerFile = 0
        return configuration
    }

    /// The baseline file itself is never linted, whatever its name: a walk that meets it skips it.
    static func inputs(_ inputs: [LintInput], excluding files: [String?]) -> [LintInput] {
        let identities = Set(files.compactMap { $0.flatMap(FileIdentity.init(path:)) })
        guard !identities.isEmpty else { return inputs }
        return inputs.filter { input in
            guard case .file(let path, _, _) = input, let identity = FileIdentity(path: path) else { return true }
            return !identities.contains(identity)
        }
    }

    /// Records or suppresses `result`'s findings, then lists at most the limit of them.
    mutating func process(_ result: inout FileResult) {
        if writePath != nil {
            let file = paths.relativePath(result.path)
            for diagnostic in result.diagnostics {
                recorded.append(FindingIdentity(diagnostic, file: diagnostic.file == result.path ? file : paths.relativePath(diagnostic.file)))
            }
        }
        matcher?.apply(to: &result)
        var file = current.flatMap { $0.path == result.path ? $0 : nil } ?? (path: result.path, remaining: listingLimit, hadFindings: false)
        let kept = min(result.diagnostics.count, file.remaining)
        result.limitListing(to: file.remaining)
        file.remaining -= kept
        // What the engine counted as an earlier part's findings may all have been suppressed.
        if result.isComplete { result.hadEarlierFindings = file.hadFindings }
        file.hadFindings = file.hadFindings || !result.diagnostics.isEmpty || result.omitted.total > 0
        current = result.isComplete ? nil : file
    }

    /// For the report summaries; `nil` without `--baseline`.
    var summary: BaselineSummary? {
        matcher?.summary(listsStale: listsStale)
    }

    /// With `--write-baseline`: writes the recorded findings (atomically, as reports are) and
    /// says how many on standard error.
    func write(console: SessionConsole) throws(LintError) {
        guard let writePath else { return }
        let baseline = Baseline(entries: recorded)
        do {
            try SafeFileWriter.write(baseline.encoded, to: writePath)
        } catch {
            throw LintError("cannot write the baseline to '\(error.path)': \(error.reason).")
        }
        console.writeError("ingestlint: recorded \(TextReporter.plural(recorded.count, "finding")) in the baseline '\(writePath)'\n")
    }

    /// With `--show-stale` and a primary report that cannot hold the counts and the list
    /// (SARIF, GitLab, …): the text report's baseline lines on standard error.
    func writeStaleEntries(primaryFormat: ReportFormat, console: SessionConsole) {
        guard listsStale, ![.text, .json, .jsonl].contains(primaryFormat), let summary else { return }
        console.writeError(TextReporter().baselineLines(summary))
    }

    /// `--write-baseline` passes the run whatever it found: the findings are recorded, not judged.
    var recordsFindings: Bool { writePath != nil }
}
