/// Lints a file, applies its fixes and lints again until nothing fixable is left (SPEC §10).
///
/// Every pass is verified before it is kept: a file that is not valid JSON is never changed,
/// and a pass whose result would not parse, would duplicate a key, or would leave a finding
/// more severe than the ones it removes is not kept as a whole. Its fixes are then tried in
/// halves (a bisection, so a few bad fixes among many cost a few extra lints), the fixes that
/// pass are kept and each one that fails alone is withheld: its finding stays, without the
/// fix, and its help line says why.
public struct FileFixer: Sendable {
    public static let maximumPasses = 10

    public let fileLinter: FileLinter
    public let includesUnsafe: Bool
    /// Only IL100 and IL101, whatever the configuration selects: fixes must never break the
    /// JSON nor duplicate a key.
    private let structureChecker: FileLinter

    public init(fileLinter: FileLinter, includesUnsafe: Bool) {
        self.fileLinter = fileLinter
        self.includesUnsafe = includesUnsafe
        var structureOnly = Configuration()
        structureOnly.select = [JSONSyntaxRule.code, DuplicateKeyRule.code]
        var checker = FileLinter(linter: Linter(configuration: structureOnly))
        checker.includesSourceExcerpts = false
        structureChecker = checker
    }

    public struct Outcome: Sendable {
        public let original: [UInt8]
        public let fixed: [UInt8]
        /// The lint of `fixed`: what is left. Withheld fixes are removed from their findings.
        public let result: FileResult
        /// Fixes applied (one per finding fixed).
        public let appliedCount: Int
        /// Fixes not applied because they would have made the file worse.
        public let withheldCount: Int
        /// The file had a syntax error and was left alone.
        public let isSkippedForSyntax: Bool

        public var isChanged: Bool { fixed != original }
    }

    /// One version of the file with its lint.
    private struct Version {
        let bytes: [UInt8]
        let result: FileResult
        let state: FixVerification.State
    }

    public func fix(bytes: [UInt8], path: String, format: InputFormat) -> Outcome {
        let original = version(bytes, path: path, format: format)
        guard !original.state.hasSyntaxError else {
            return Outcome(
                original: bytes, fixed: bytes, result: original.result, appliedCount: 0, withheldCount: 0,
                isSkippedForSyntax: true)
        }
        var current = original
        var appliedCount = 0
        // The latest version that is no worse than the original, and how many fixes led there.
        var kept = (version: original, applied: 0)
        var withheld: [Int: FixProblem] = [:]
        for _ in 0..<Self.maximumPasses {
            let planned = FixApplier.plan(current.result.diagnostics, byteCount: current.bytes.count, includesUnsafe: includesUnsafe)
            guard !planned.isEmpty else { break }
            let pass = verifiedPass(planned, on: current, path: path, format: format)
            withheld = pass.withheld
            guard pass.applied > 0, pass.version.bytes != current.bytes else { break }
            current = pass.version
            appliedCount += pass.applied
            withheld = [:]
            if FixVerification.problem(before: original.state, after: current.state) == nil {
                kept = (current, appliedCount)
            }
        }
        if kept.version.bytes != current.bytes, let problem = FixVerification.problem(before: original.state, after: current.state) {
            // Later passes made it worse than it was: keep the last version that was not, and
            // say so on the fixes that were applied after it.
            let rolledBack = FixApplier.plan(kept.version.result.diagnostics, byteCount: kept.version.bytes.count, includesUnsafe: includesUnsafe)
            withheld = Dictionary(rolledBack.map { ($0.diagnosticIndex, problem) }, uniquingKeysWith: { first, _ in first })
            current = kept.version
            appliedCount = kept.applied
        }
        var result = current.result
        result.diagnostics = current.result.diagnostics.indices.map { index in
            withheld[index].map { Self.withholding(current.result.diagnostics[index], because: $0) } ?? current.result.diagnostics[index]
        }
        return Outcome(
            original: bytes, fixed: current.bytes, result: result, appliedCount: appliedCount,
            withheldCount: withheld.count, isSkippedForSyntax: false)
    }

    /// Applies the planned fixes together when the result is acceptable; otherwise halves
    /// them and tries each half on top of what was accepted so far.
    private func verifiedPass(
        _ planned: [FixApplier.PlannedFix], on start: Version, path: String, format: InputFormat
    ) -> (version: Version, applied: Int, withheld: [Int: FixProblem]) {
        var accepted: [FixApplier.PlannedFix] = []
        var acceptedVersion = start
        var withheld: [Int: FixProblem] = [:]
        func attempt(_ group: ArraySlice<FixApplier.PlannedFix>) {
            guard !group.isEmpty else { return }
            let bytes = FixApplier.apply((accepted + group).map(\.fix), to: start.bytes)
            let candidate = version(bytes, path: path, format: format)
            let ceiling = group.count > 1 ? group.map { start.result.diagnostics[$0.diagnosticIndex].severity }.min() : nil
            // Judged against what is accepted so far, so fixes accepted before cannot make room.
            let problem = FixVerification.problem(
                before: acceptedVersion.state, after: candidate.state, ceiling: ceiling, isProvisional: isFixable)
            guard let problem else {
                accepted += group
                acceptedVersion = candidate
                return
            }
            if group.count == 1, let only = group.first {
                withheld[only.diagnosticIndex] = problem
                return
            }
            let middle = group.startIndex + group.count / 2
            attempt(group[..<middle])
            attempt(group[middle...])
        }
        attempt(planned[...])
        return (acceptedVersion, accepted.count, withheld)
    }

    private func isFixable(_ diagnostic: Diagnostic) -> Bool {
        guard let fix = diagnostic.fix, !fix.edits.isEmpty else { return false }
        return fix.safety == .safe || includesUnsafe
    }

    /// Lints `bytes`; the lint already tells about IL100 and IL101 when both are enabled, else
    /// they are checked on their own.
    private func version(_ bytes: [UInt8], path: String, format: InputFormat) -> Version {
        let result = fileLinter.lint(bytes: bytes, path: path, format: format)
        let severities = fileLinter.linter.severities
        let structural = severities[JSONSyntaxRule.code] != nil && severities[DuplicateKeyRule.code] != nil
            ? result.diagnostics
            : structureChecker.lint(bytes: bytes, path: path, format: format).diagnostics
        let state = FixVerification.State(
            diagnostics: result.diagnostics,
            hasSyntaxError: structural.contains { $0.code == JSONSyntaxRule.code },
            duplicateKeys: structural.filter { $0.code == DuplicateKeyRule.code }.map(\.message).sorted())
        return Version(bytes: bytes, result: result, state: state)
    }

    /// The finding without its fix, its help line saying why the fix was not applied.
    static func withholding(_ diagnostic: Diagnostic, because problem: FixProblem) -> Diagnostic {
        guard let fix = diagnostic.fix else { return diagnostic }
        let kind = fix.safety == .safe ? "fix" : "unsafe fix"
        let note = "The \(kind) (\(fix.description)) was not applied: \(problem.reason)."
        return Diagnostic(
            code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity, message: diagnostic.message,
            location: diagnostic.location, help: diagnostic.help.map { $0 + " " + note } ?? note, fix: nil,
            related: diagnostic.related, sourceLine: diagnostic.sourceLine, sensitive: diagnostic.sensitive)
    }
}
