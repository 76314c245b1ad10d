/// Lints many inputs in parallel (no wider than the core count) and returns the results in
/// input order, so reports never depend on scheduling.
public struct LintRun: Sendable {
    public let fileLinter: FileLinter
    public let jobs: Int

    public init(configuration: Configuration, jobs: Int? = nil) {
        fileLinter = FileLinter(linter: Linter(configuration: configuration))
        self.jobs = max(1, jobs ?? ProcessorInfoCount.activeProcessors)
    }

    /// Standard input is read by the caller (it can be read only once) and passed here.
    public func run(_ inputs: [LintInput], standardInput: [UInt8]? = nil) async throws(InputError) -> [FileResult] {
        var results = [FileResult?](repeating: nil, count: inputs.count)
        let linter = fileLinter
        let outcome: Result<Void, InputError> = await withTaskGroup(of: (Int, Result<FileResult, InputError>).self) { group in
            var next = 0
            func addTask(_ index: Int) {
                let input = inputs[index]
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
            while next < min(jobs, inputs.count) {
                addTask(next)
                next += 1
            }
            var failure: InputError?
            for await (index, result) in group {
                switch result {
                case .success(let fileResult): results[index] = fileResult
                case .failure(let error): failure = failure ?? error
                }
                if next < inputs.count, failure == nil {
                    addTask(next)
                    next += 1
                }
            }
            if let failure { return .failure(failure) }
            return .success(())
        }
        try outcome.get()
        var fileResults = results.compactMap { $0 }
        if let severity = linter.linter.severities[DuplicateEmailAcrossPayloadsRule.code] {
            DuplicateEmailAcrossPayloadsRule.apply(to: &fileResults, severity: severity)
        }
        return fileResults
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
