/// Lints many inputs in parallel (no wider than `jobs`) and hands the results over in input
/// order, so reports never depend on scheduling. Results are released as soon as every earlier
/// input is done, so reports can stream.
public struct LintRun: Sendable {
    public private(set) var fileLinter: FileLinter
    public let jobs: Int

    /// `includesSourceExcerpts`: keep each finding's source line (only the text report shows it).
    public init(configuration: Configuration, jobs: Int? = nil, includesSourceExcerpts: Bool = true) {
        let jobs = max(1, jobs ?? ProcessorInfoCount.activeProcessors)
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.parallelism = jobs
        fileLinter.includesSourceExcerpts = includesSourceExcerpts
        fileLinter.limits = configuration.limits
        self.fileLinter = fileLinter
        self.jobs = jobs
    }

    /// Give every finding its `valueHash`, for a baseline (`FindingIdentity`).
    public var includesValueHashes: Bool {
        get { fileLinter.includesValueHashes }
        set { fileLinter.includesValueHashes = newValue }
    }

    /// How many bytes of a JSON Lines file are read (and, when streaming, handed over) at a time.
    public var fileLinterChunkSize: Int {
        get { fileLinter.chunkSize }
        set { fileLinter.chunkSize = newValue }
    }

    /// All results at once, in input order. Standard input is read by the caller (it can be read
    /// only once) and passed here.
    public func run(_ inputs: [LintInput], standardInput: [UInt8]? = nil) async throws(InputError) -> [FileResult] {
        var results: [FileResult] = []
        try await run(inputs, standardInput: standardInput) { results.append($0) }
        return results
    }

    /// Calls `onResult` with each input's result, in input order, as soon as it and every earlier
    /// one are done; cross-payload duplicates (IL303) are added on the way.
    ///
    /// With `streamsParts`, a large JSON Lines file is handed over in parts (`isComplete ==
    /// false`) while it is linted, so findings need not pile up in memory; parts of a file that
    /// is not yet first in line wait until it is.
    ///
    /// With `onInputError`, an input that cannot be read (removed, unreadable, over the size
    /// limit) and a part of one that cannot be linted (`FileResult.inputErrors`) are handed to it,
    /// in input order, and the other inputs are still linted; without it, the first such input
    /// ends the run with its error.
    public func run(
        _ inputs: [LintInput], standardInput: [UInt8]? = nil, streamsParts: Bool = false,
        onInputError: ((InputError) -> Void)? = nil, onResult: (FileResult) -> Void
    ) async throws(InputError) {
        enum Event: Sendable {
            case part(Int, FileResult)
            case done(Int, Result<FileResult, InputError>)
        }
        let linter = fileLinter
        var crossPayload = linter.linter.severities[DuplicateEmailAcrossPayloadsRule.code].map {
            DuplicateEmailAcrossPayloadsRule.Index(severity: $0, includesValueHashes: linter.includesValueHashes)
        }
        let (events, continuation) = AsyncStream<Event>.makeStream()
        var waitingParts: [Int: [FileResult]] = [:]
        var finished: [Int: Result<FileResult, InputError>] = [:]
        var nextToEmit = 0
        var failure: InputError?
        // The file being emitted and what it may still list (limits.max-diagnostics-per-file).
        var budget = (file: -1, ListingBudget(limit: linter.limits.diagnosticsPerFile))
        await withTaskGroup(of: Void.self) { group in
            var nextToStart = 0
            var running = 0
            func startNext() {
                guard nextToStart < inputs.count, failure == nil else { return }
                let index = nextToStart
                let input = inputs[index]
                nextToStart += 1
                running += 1
                group.addTask {
                    switch input {
                    case .file(let path, let displayPath):
                        let onPart: ((FileResult) -> Void)? = streamsParts ? { continuation.yield(.part(index, $0)) } : nil
                        do throws(InputError) {
                            let result = try linter.lintFile(at: path, displayPath: displayPath, onPart: onPart)
                            continuation.yield(.done(index, .success(result)))
                        } catch {
                            continuation.yield(.done(index, .failure(error)))
                        }
                    case .standardInput(let displayPath):
                        var standardInputLinter = linter
                        standardInputLinter.inputName = "standard input"
                        let result = standardInputLinter.lint(bytes: standardInput ?? [], path: displayPath, format: .sniff)
                        continuation.yield(.done(index, .success(result)))
                    }
                }
            }
            func emit(_ index: Int, _ result: FileResult) {
                var result = result
                if let onInputError {
                    result.inputErrors.forEach(onInputError)
                }
                if budget.file != index { budget = (index, ListingBudget(limit: linter.limits.diagnosticsPerFile)) }
                crossPayload?.process(&result, fileIndex: index, listing: budget.1.remaining)
                budget.1.admit(&result.diagnostics, omitted: &result.omitted)
                onResult(result)
            }
            for _ in 0..<min(jobs, inputs.count) { startNext() }
            if running == 0 { continuation.finish() }
            for await event in events {
                switch event {
                case .part(let index, let part):
                    guard failure == nil else { break }
                    if index == nextToEmit { emit(index, part) } else { waitingParts[index, default: []].append(part) }
                case .done(let index, let result):
                    running -= 1
                    if case .failure(let error) = result, onInputError == nil { failure = failure ?? error }
                    finished[index] = result
                    while failure == nil, let final = finished.removeValue(forKey: nextToEmit) {
                        switch final {
                        case .success(let fileResult): emit(nextToEmit, fileResult)
                        case .failure(let error): onInputError?(error)
                        }
                        nextToEmit += 1
                        for part in waitingParts.removeValue(forKey: nextToEmit) ?? [] { emit(nextToEmit, part) }
                    }
                    startNext()
                    if running == 0 { continuation.finish() }
                }
            }
        }
        if let failure { throw failure }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ProcessorInfoCount {
    static var activeProcessors: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
