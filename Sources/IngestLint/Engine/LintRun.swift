import Dispatch

/// Lints many inputs in parallel (no wider than `jobs`) and hands the results over in input
/// order, so reports never depend on scheduling. Results are released as soon as every earlier
/// input is done, so reports can stream.
package struct LintRun: Sendable {
    /// Parts of one JSON Lines file (each a 4 MiB chunk's findings) that may wait to be handed
    /// on before its worker waits too: memory stays bounded when reports are slower than linting.
    static let partsInFlightPerFile = 2

    /// Results a worker collects before handing them over together (fewer wake-ups of the
    /// reporter on thousands of small files; a batch holds at most this many files' findings).
    static let resultsPerHandover = 16

    package private(set) var fileLinter: FileLinter
    package let jobs: Int

    /// `includesSourceExcerpts`: keep each finding's source line (only the text report shows it).
    package init(configuration: Configuration, jobs: Int? = nil, includesSourceExcerpts: Bool = true) {
        let jobs = max(1, jobs ?? ProcessorInfoCount.activeProcessors)
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.parallelism = jobs
        fileLinter.includesSourceExcerpts = includesSourceExcerpts
        fileLinter.limits = configuration.limits
        self.fileLinter = fileLinter
        self.jobs = jobs
    }

    /// Give every finding its `valueHash`, for a baseline (`FindingIdentity`).
    package var includesValueHashes: Bool {
        get { fileLinter.includesValueHashes }
        set { fileLinter.includesValueHashes = newValue }
    }

    /// How many bytes of a JSON Lines file are read (and, when streaming, handed over) at a time.
    package var fileLinterChunkSize: Int {
        get { fileLinter.chunkSize }
        set { fileLinter.chunkSize = newValue }
    }

    /// All results at once, in input order. Standard input is read by the caller (it can be read
    /// only once) and passed here.
    package func run(_ inputs: [LintInput], standardInput: [UInt8]? = nil) async throws(InputError) -> [FileResult] {
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
    ///
    /// With `perform`, each input (with its index) is handed to it on a worker thread instead
    /// of being linted here — `--fix` fixes and writes each file that way — and its result goes
    /// on like a linted one's: in input order, with cross-payload duplicates added.
    package func run(
        _ inputs: [LintInput], standardInput: [UInt8]? = nil, streamsParts: Bool = false,
        onInputError: ((InputError) -> Void)? = nil,
        perform: (@Sendable (Int, LintInput) throws(InputError) -> FileResult)? = nil,
        onResult: (FileResult) -> Void
    ) async throws(InputError) {
        enum Event: Sendable {
            /// A part of a JSON Lines file; `emitted` is signalled once it has been handed on.
            case part(Int, FileResult, emitted: DispatchSemaphore)
            /// Finished inputs, in the order one worker finished them.
            case done([(Int, Result<FileResult, InputError>)])
            case workerFinished
        }
        let linter = fileLinter
        // Rules that compare documents (IL303) see every result, in input order.
        var runStages = linter.linter.makeRunStages(includesValueHashes: linter.includesValueHashes)
        let counter = SharedCounter()
        var waitingParts: [Int: [(FileResult, DispatchSemaphore)]] = [:]
        var finished: [Int: Result<FileResult, InputError>] = [:]
        var nextToEmit = 0
        var finishedWorkers = 0
        var failure: InputError?
        // The file being emitted and what it may still list (limits.max-diagnostics-per-file).
        var budget = (file: -1, ListingBudget(limit: linter.limits.diagnosticsPerFile))
        func emit(_ index: Int, _ result: FileResult) {
            var result = result
            if let onInputError {
                result.inputErrors.forEach(onInputError)
            }
            if budget.file != index { budget = (index, ListingBudget(limit: linter.limits.diagnosticsPerFile)) }
            for stage in runStages.indices {
                runStages[stage].process(&result, fileIndex: index, listing: budget.1.remaining)
            }
            budget.1.admit(&result.diagnostics, omitted: &result.omitted)
            onResult(result)
        }
        func fail(_ error: InputError) {
            failure = failure ?? error
            counter.stop()
            // Parts that will never be handed on must not keep their workers waiting.
            for (_, parts) in waitingParts { parts.forEach { $0.1.signal() } }
            waitingParts = [:]
        }
        // One small input (a pre-commit hook on one file, standard input) is linted on this
        // thread: a worker thread and two hand-overs would cost more than linting it.
        if inputs.count == 1, Self.isSmall(inputs[0], chunkSize: linter.chunkSize) {
            switch Self.process(inputs[0], at: 0, linter: linter, standardInput: standardInput, perform: perform, onPart: nil) {
            case .success(let result): emit(0, result)
            case .failure(let error):
                guard let onInputError else { throw error }
                onInputError(error)
            }
            return
        }
        let (events, continuation) = AsyncStream<Event>.makeStream()
        let workers = min(jobs, inputs.count)
        let partsInFlight = Self.partsInFlightPerFile
        // Linting runs on threads of its own; this task only hands results on, in input order.
        WorkerPool.start(workers) { _ in
            // Results go to the reporter in batches: one hand-over per small file would cost as
            // much as linting it. A worker hands its batch over before a file whose parts may
            // wait for earlier results (it would otherwise wait for results it holds itself).
            var batch: [(Int, Result<FileResult, InputError>)] = []
            while let index = counter.next(below: inputs.count) {
                var onPart: ((FileResult) -> Void)?
                if streamsParts, perform == nil, Self.mayStreamParts(inputs[index], chunkSize: linter.chunkSize) {
                    if !batch.isEmpty { continuation.yield(.done(batch)) }
                    batch = []
                    // At most `partsInFlight` parts of a file wait to be handed on: a file
                    // behind another, or faster than its reports, waits instead of piling up.
                    let slots = DispatchSemaphore(value: partsInFlight)
                    onPart = { part in
                        slots.wait()
                        continuation.yield(.part(index, part, emitted: slots))
                    }
                }
                let result = Self.process(inputs[index], at: index, linter: linter, standardInput: standardInput, perform: perform, onPart: onPart)
                batch.append((index, result))
                var failed = false
                if case .failure = result { failed = true }
                // A failure goes at once: without `onInputError` it stops the run.
                if batch.count >= Self.resultsPerHandover || onPart != nil || failed {
                    continuation.yield(.done(batch))
                    batch = []
                }
            }
            if !batch.isEmpty { continuation.yield(.done(batch)) }
            continuation.yield(.workerFinished)
        }
        if workers == 0 { continuation.finish() }

        for await event in events {
            switch event {
            case .part(let index, let part, let emitted):
                if failure != nil {
                    emitted.signal()
                } else if index == nextToEmit {
                    emit(index, part)
                    emitted.signal()
                } else {
                    waitingParts[index, default: []].append((part, emitted))
                }
            case .done(let batch):
                for (index, result) in batch {
                    if case .failure(let error) = result, onInputError == nil { fail(error) }
                    finished[index] = result
                }
                while failure == nil, let final = finished.removeValue(forKey: nextToEmit) {
                    switch final {
                    case .success(let fileResult): emit(nextToEmit, fileResult)
                    case .failure(let error): onInputError?(error)
                    }
                    nextToEmit += 1
                    for (part, emitted) in waitingParts.removeValue(forKey: nextToEmit) ?? [] {
                        emit(nextToEmit, part)
                        emitted.signal()
                    }
                }
            case .workerFinished:
                finishedWorkers += 1
                if finishedWorkers == workers { continuation.finish() }
            }
        }
        if let failure { throw failure }
    }

    /// Lints (or, with `perform`, fixes) one input; `onPart` receives the parts of a JSON Lines
    /// file that is read in chunks.
    private static func process(
        _ input: LintInput, at index: Int, linter: FileLinter, standardInput: [UInt8]?,
        perform: (@Sendable (Int, LintInput) throws(InputError) -> FileResult)?, onPart: ((FileResult) -> Void)?
    ) -> Result<FileResult, InputError> {
        do throws(InputError) {
            if let perform { return .success(try perform(index, input)) }
            switch input {
            case .file(let path, let displayPath, let walked):
                return .success(try linter.lintFile(at: path, displayPath: displayPath, regularFileOnly: walked, onPart: onPart))
            case .standardInput(let displayPath):
                var standardInputLinter = linter
                standardInputLinter.inputName = "standard input"
                return .success(standardInputLinter.lint(bytes: standardInput ?? [], path: displayPath, format: .sniff))
            }
        } catch {
            return .failure(error)
        }
    }

    /// A JSON Lines file (by name: others are read whole) that may be larger than one chunk, so
    /// read and handed over in parts.
    private static func mayStreamParts(_ input: LintInput, chunkSize: Int) -> Bool {
        guard case .file(let path, _, _) = input, InputFormat(fileName: path) == .jsonLines else { return false }
        return !isSmall(input, chunkSize: chunkSize)
    }

    /// Standard input (already in memory) or a regular file no larger than one chunk: linted
    /// whole, with no parts to hand over while it is read.
    private static func isSmall(_ input: LintInput, chunkSize: Int) -> Bool {
        guard case .file(let path, _, _) = input else { return true }
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return false }
        return Int(status.st_size) <= chunkSize
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
