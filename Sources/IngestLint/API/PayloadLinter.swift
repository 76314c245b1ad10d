/// Lints Ingestion API payloads — a request body in memory, or files and folders on disk — with
/// one ``LintConfiguration``: the same rules, findings and positions as the command line.
///
/// Build one per configuration and reuse it: it is a `Sendable` value, safe to share between
/// requests.
///
/// ```swift
/// let linter = PayloadLinter()
/// let result = try await linter.lint(bytes: Array(body), fileName: "request.json")
/// if !linter.passes([result]) { /* reject the request */ }
/// ```
public struct PayloadLinter: Sendable {
    /// The settings every lint of this linter uses.
    public let configuration: LintConfiguration
    private let run: LintRun

    /// - Parameters:
    ///   - configuration: Which rules run and what fails the gate; the defaults when omitted.
    ///   - jobs: Threads for linting many files, and the lines of a JSON Lines input; all cores
    ///     when `nil`.
    public init(configuration: LintConfiguration = LintConfiguration(), jobs: Int? = nil) {
        self.configuration = configuration
        // Findings are for reading, not for a text report: no source excerpts.
        run = LintRun(configuration: configuration.configuration, jobs: jobs, includesSourceExcerpts: false)
    }

    /// Lints one input held in memory, such as a request body.
    ///
    /// - Parameters:
    ///   - bytes: The input, UTF-8 (a byte-order mark is allowed and reported).
    ///   - fileName: The name findings and reports give the input; it also picks the format:
    ///     `*.json` is one payload or a batch array, `*.jsonl` and `*.ndjson` one payload per
    ///     line, any other name is sniffed.
    /// - Returns: The findings, with cross-payload duplicates inside the input (IL303) included.
    /// - Throws: ``LintError`` when part of the input cannot be linted: a JSON Lines line longer
    ///   than the configuration's `limits.max-line-size`.
    public func lint(bytes: [UInt8], fileName: String = "request.json") async throws(LintError) -> LintResult {
        let fileLinter = run.fileLinter
        let format = InputFormat(fileName: fileName)
        var results: [FileResult] = []
        do throws(InputError) {
            // One input through the run, so cross-payload findings are added as for a file.
            try await run.run(
                [.standardInput(displayPath: fileName)],
                perform: { _, _ in fileLinter.lint(bytes: bytes, path: fileName, format: format) }
            ) { results.append($0) }
        } catch {
            throw LintError(error.description + ".")
        }
        guard let result = results.first else { return LintResult(FileResult(path: fileName)) }
        if let problem = result.inputErrors.first { throw LintError(problem.description + ".") }
        return LintResult(result)
    }

    /// Lints files, and folders walked for `*.json`, `*.jsonl` and `*.ndjson` (hidden ones and
    /// the configuration's `exclude` globs skipped), as the command line does. A dangling
    /// symbolic link or a link loop met by a walk is skipped, as the command line's warnings say.
    ///
    /// - Parameter paths: Files and folders; each file is linted once, however it is spelt.
    /// - Returns: One result per file, in report order, with cross-payload duplicates across
    ///   all of them (IL303) included.
    /// - Throws: ``LintError`` for a path that does not exist, a folder or file that cannot be
    ///   read, or a paths list that holds no file to lint.
    public func lint(files paths: [String]) async throws(LintError) -> [LintResult] {
        let discovery = InputDiscovery(configuration: configuration.configuration)
        let inputs: [LintInput]
        do throws(InputError) {
            let discovered = try discovery.discover(paths)
            if let problem = discovered.errors.first { throw problem }
            inputs = discovered.inputs.filter { if case .file = $0 { true } else { false } }
        } catch {
            throw LintError(error.description + ".")
        }
        guard !inputs.isEmpty else {
            throw LintError("no *.json, *.jsonl or *.ndjson file found in \(paths.joined(separator: ", ")).")
        }
        do throws(InputError) {
            return try await run.run(inputs).map(LintResult.init)
        } catch {
            throw LintError(error.description + ".")
        }
    }

    /// Whether these results pass the gate: nothing at or above the configuration's
    /// ``LintConfiguration/failOn``, and no more warnings than its
    /// ``LintConfiguration/maxWarnings``. Findings past the listing limit count too.
    public func passes(_ results: [LintResult]) -> Bool {
        !LintSession.gateFails(LintReport(files: results.map(\.fileResult)).summary, configuration: configuration.configuration)
    }
}
