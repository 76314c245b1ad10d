/// Lints many inputs in parallel (no wider than `jobs`) and hands the results over in input
/// order, so reports never depend on scheduling. Results are released as soon as every earlier
/// input is done, so reports can stream.
public struct LintRun: Sendable {
    public let fileLinter: FileLinter
    public let jobs: Int

    /// `includesSourceExcerpts`: keep each finding's source line (only the text report shows it).
    public init(configuration: Configuration, jobs: Int? = nil, includesSourceExcerpts: Bool = true) {
        let jobs = max(1, jobs ?? ProcessorInfoCount.activeProcessors)
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.parallelism = jobs
        fileLinter.includesSourceExcerpts = includesSourceExcerpts
        self.fileLinter = fileLinter
        self.jobs = jobs
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
    public func run(
        _ inputs: [LintInput], standardInput: [UInt8]? = nil, onResult: (FileResult) -> Void
    ) async throws(InputError) {
        let linter = fileLinter
        var crossPayload = linter.linter.severities[DuplicateEmailAcrossPayloadsRule.code]
            .map(DuplicateEmailAcrossPayloadsRule.Index.init)
        var pending: [Int: FileResult] = [:]
        var nextToEmit = 0
        var failure: InputError?
        await withTaskGroup(of: (Int, Result<FileResult, InputError>).self) { group in
            var nextToStart = 0
            func startNext() {
                guard nextToStart < inputs.count else { return }
                let index = nextToStart
                let input = inputs[index]
                nextToStart += 1
                group.addTask {
                    switch input {
                    case .file(let path, let displayPath):
                        do throws(InputError) {
                            return (index, .success(try linter.lintFile(at: path, displayPath: displayPath)))
                        } catch {
                            return (index, .failure(error))
                        }
                    case .standardInput(let displayPath):
                        return (index, .success(linter.lint(bytes: standardInput ?? [], path: displayPath, format: .sniff)))
                    }
                }
            }
            for _ in 0..<min(jobs, inputs.count) { startNext() }
            for await (index, result) in group {
                switch result {
                case .success(let fileResult): pending[index] = fileResult
                case .failure(let error):
                    failure = failure ?? error
                    group.cancelAll()
                }
                guard failure == nil else { continue }
                while var ready = pending.removeValue(forKey: nextToEmit) {
                    crossPayload?.process(&ready)
                    onResult(ready)
                    nextToEmit += 1
                }
                startNext()
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
