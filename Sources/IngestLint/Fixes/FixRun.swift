#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--fix` and `--diff` over many inputs, on `LintRun`'s workers (`--jobs` wide): each input is
/// read, fixed until stable (`FileFixer`) and — unless only a diff is wanted — written back
/// with `SafeFileWriter`; what remains is handed on in input order, with cross-payload
/// duplicates added, exactly as a lint run hands on its results.
package struct FixRun: Sendable {
    package let lintRun: LintRun
    package let includesUnsafe: Bool
    /// Write fixed files in place; false for `--diff`, which only collects the diff.
    package let writesFiles: Bool

    /// `lintRun` should list every finding (no `max-diagnostics-per-file`): fixing needs them all.
    package init(lintRun: LintRun, includesUnsafe: Bool, writesFiles: Bool) {
        self.lintRun = lintRun
        self.includesUnsafe = includesUnsafe
        self.writesFiles = writesFiles
    }

    /// What the fixes did, over the whole run.
    package struct Totals: Sendable {
        package var fixedFindings = 0
        package var changedFiles = 0
        /// Fixes not applied because they would have made a file worse (SPEC §10).
        package var withheldFixes = 0
        /// The unified diff of every changed input, in input order (`--diff`).
        package var diff = ""
    }

    /// Fixes `inputs`, calling `onResult` with what remains of each, in input order. Inputs
    /// that cannot be read go to `onInputError` and the others are still fixed. The first file
    /// that cannot be written ends the run: inputs not yet started are left alone, and the error
    /// is thrown once the ones in progress are done (each write is atomic, so none is half-written).
    package func run(
        _ inputs: [LintInput], standardInput: [UInt8]?, onInputError: @escaping (InputError) -> Void,
        onResult: (FileResult) -> Void
    ) async throws(OutputError) -> Totals {
        let fixer = FileFixer(fileLinter: lintRun.fileLinter, includesUnsafe: includesUnsafe)
        var standardInputLinter = lintRun.fileLinter
        standardInputLinter.inputName = "standard input"
        let standardInputFixer = FileFixer(fileLinter: standardInputLinter, includesUnsafe: includesUnsafe)
        let ledger = Ledger()
        let (limits, writesFiles) = (lintRun.fileLinter.limits, writesFiles)
        let perform: @Sendable (Int, LintInput) throws(InputError) -> FileResult = { index, input in
            guard !ledger.hasWriteFailure else { return FileResult(path: input.displayPath) }
            let bytes: [UInt8]
            let outcome: FileFixer.Outcome
            switch input {
            case .file(let path, let displayPath, let walked):
                bytes = try FileReader.readAll(path, limit: limits.maxFileSize, regularFileOnly: walked)
                outcome = fixer.fix(bytes: bytes, path: displayPath, format: InputFormat(fileName: path))
            case .standardInput(let displayPath):
                bytes = standardInput ?? []
                outcome = standardInputFixer.fix(bytes: bytes, path: displayPath, format: .sniff)
            }
            var diff = ""
            if outcome.isChanged {
                if !writesFiles {
                    diff = UnifiedDiff.make(
                        old: outcome.original, new: outcome.fixed, oldName: "a/\(input.displayPath)",
                        newName: "b/\(input.displayPath)")
                } else if case .file(let path, _, _) = input {
                    do throws(OutputError) {
                        try SafeFileWriter.write(outcome.fixed, to: path)
                    } catch {
                        ledger.record(index: index, outcome: nil, diff: "", writeFailure: error)
                        return FileResult(path: input.displayPath)
                    }
                }
            }
            ledger.record(index: index, outcome: outcome, diff: diff, writeFailure: nil)
            return outcome.result
        }
        // `perform` reports read errors itself, as a lint run does; a failed write withholds
        // the results after it, so none is reported as fixed when it was not written.
        do throws(InputError) {
            try await lintRun.run(inputs, standardInput: standardInput, onInputError: onInputError, perform: perform) { result in
                if !ledger.hasWriteFailure { onResult(result) }
            }
        } catch {
            onInputError(error)
        }
        if let failure = ledger.firstWriteFailure { throw failure }
        return ledger.totals
    }

    /// What the workers report, gathered under a lock; diffs are joined in input order.
    private final class Ledger: @unchecked Sendable {
        private var mutex = pthread_mutex_t()
        private var counts = Totals()
        private var diffs: [Int: String] = [:]
        private var writeFailure: (index: Int, error: OutputError)?

        init() { pthread_mutex_init(&mutex, nil) }
        deinit { pthread_mutex_destroy(&mutex) }

        func record(index: Int, outcome: FileFixer.Outcome?, diff: String, writeFailure failure: OutputError?) {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            if let failure, writeFailure.map({ index < $0.index }) ?? true { writeFailure = (index, failure) }
            guard let outcome else { return }
            counts.withheldFixes += outcome.withheldCount
            guard outcome.isChanged else { return }
            counts.fixedFindings += outcome.fixedFindingCount
            counts.changedFiles += 1
            if !diff.isEmpty { diffs[index] = diff }
        }

        var hasWriteFailure: Bool {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            return writeFailure != nil
        }

        var firstWriteFailure: OutputError? {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            return writeFailure?.error
        }

        var totals: Totals {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            var totals = counts
            totals.diff = diffs.keys.sorted().map { diffs[$0] ?? "" }.joined()
            return totals
        }
    }
}
