/// Everything a reporter needs about one run.
package struct LintReport: Sendable {
    package let files: [FileResult]
    package let summary: Summary

    package init(files: [FileResult]) {
        self.files = files
        self.summary = Summary(files: files)
    }

    package var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    package struct Summary: Sendable, Equatable {
        package let fileCount: Int
        package let filesWithFindings: Int
        package let payloadCount: Int
        package let candidateCount: Int
        package let errorCount: Int
        package let warningCount: Int
        package let infoCount: Int
        /// Findings with a safe fix.
        package let fixableCount: Int
        /// Findings with an unsafe fix only.
        package let unsafeFixableCount: Int
        /// Findings counted (in the counts above) but not listed, past the per-file limit.
        package let omittedCount: Int
        /// With `--baseline`: findings suppressed (not in the counts above) and stale entries.
        package var baseline: BaselineSummary?

        init(files: [FileResult]) {
            // Parts of a streamed file count once, on its last part.
            fileCount = files.filter(\.isComplete).count
            filesWithFindings = files.filter {
                $0.isComplete && ($0.hadEarlierFindings || !$0.diagnostics.isEmpty || $0.omitted.total > 0)
            }.count
            payloadCount = files.reduce(0) { $0 + $1.payloadCount }
            candidateCount = files.reduce(0) { $0 + $1.candidateCount }
            var (errors, warnings, infos) = (0, 0, 0)
            var fixable = 0
            var unsafeFixable = 0
            for file in files {
                for diagnostic in file.diagnostics {
                    switch diagnostic.severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    case .info: infos += 1
                    }
                    switch diagnostic.fix?.safety {
                    case .safe: fixable += 1
                    case .unsafe: unsafeFixable += 1
                    case nil: break
                    }
                }
            }
            let omitted = files.reduce(OmittedFindings()) { $0 + $1.omitted }
            omittedCount = omitted.total
            errorCount = errors + omitted.errors
            warningCount = warnings + omitted.warnings
            infoCount = infos + omitted.infos
            fixableCount = fixable + omitted.fixes.safe
            unsafeFixableCount = unsafeFixable + omitted.fixes.unsafe
        }

        /// This summary followed by `other`, for reports that stream results file by file and
        /// keep only the counts: `Summary(files: a).merged(with: Summary(files: b)) == Summary(files: a + b)`.
        package func merged(with other: Summary) -> Summary {
            var merged = Summary(
                fileCount: fileCount + other.fileCount, filesWithFindings: filesWithFindings + other.filesWithFindings,
                payloadCount: payloadCount + other.payloadCount, candidateCount: candidateCount + other.candidateCount,
                errorCount: errorCount + other.errorCount, warningCount: warningCount + other.warningCount,
                infoCount: infoCount + other.infoCount, fixableCount: fixableCount + other.fixableCount,
                unsafeFixableCount: unsafeFixableCount + other.unsafeFixableCount,
                omittedCount: omittedCount + other.omittedCount)
            // Set once, on the run's whole summary.
            merged.baseline = other.baseline ?? baseline
            return merged
        }

        private init(
            fileCount: Int, filesWithFindings: Int, payloadCount: Int, candidateCount: Int, errorCount: Int,
            warningCount: Int, infoCount: Int, fixableCount: Int, unsafeFixableCount: Int, omittedCount: Int
        ) {
            self.omittedCount = omittedCount
            self.fileCount = fileCount
            self.filesWithFindings = filesWithFindings
            self.payloadCount = payloadCount
            self.candidateCount = candidateCount
            self.errorCount = errorCount
            self.warningCount = warningCount
            self.infoCount = infoCount
            self.fixableCount = fixableCount
            self.unsafeFixableCount = unsafeFixableCount
        }

        package var findingCount: Int { errorCount + warningCount + infoCount }

        package func count(atLeast severity: Severity) -> Int {
            switch severity {
            case .error: errorCount
            case .warning: errorCount + warningCount
            case .info: findingCount
            }
        }
    }
}

/// One report format. A report is written as the run goes (`stream(to:)`): `begin`, then
/// `write` for each file result in report order, then `end` with the run's totals, so memory
/// never holds the run's findings. A large JSON Lines file may arrive in several parts, all but
/// the last with `isComplete == false`; the report is the same as for the file in one piece.
package protocol Reporter: Sendable {
    /// A report in this format, written to `output`.
    func stream(to output: ReportOutput) -> any ReportStream
}

/// One report being written (see `Reporter`).
package protocol ReportStream: AnyObject {
    func begin()
    /// One file's result, or one part of it.
    func write(_ file: FileResult)
    /// After the last result: `summary` covers every result written.
    func end(_ summary: LintReport.Summary)
}

extension Reporter {
    /// A whole run rendered in memory, through the same stream as any other report.
    package func render(_ report: LintReport) -> String {
        let output = ReportOutput.memory()
        let stream = stream(to: output)
        stream.begin()
        for file in report.files { stream.write(file) }
        stream.end(report.summary)
        return String(decoding: output.bytes, as: UTF8.self)
    }
}
