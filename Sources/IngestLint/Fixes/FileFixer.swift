/// Lints a file, applies its fixes and lints again until nothing fixable is left (SPEC §10).
///
/// Every pass is verified before it is kept: a file that is not valid JSON is never changed,
/// and a pass whose result would not parse, would duplicate a key, or would leave a finding
/// more severe than the ones it removes is not kept as a whole. Its fixes are then tried in
/// halves (a bisection, so a few bad fixes among many cost a few extra lints), the fixes that
/// pass are kept and each one that fails alone is withheld: its finding stays, without the
/// fix, and its help line says why.
package struct FileFixer: Sendable {
    package static let maximumPasses = 10
    /// Lints one pass may spend splitting fixes that fail together. Past it, a group that
    /// fails is withheld whole, so a file with thousands of bad fixes costs at most about
    /// twice this many lints per pass, never one per fix.
    package static let maximumSplitsPerPass = 16

    package let fileLinter: FileLinter
    package let includesUnsafe: Bool
    /// Only the rules with a `fixHazard` (IL100, IL101), whatever the configuration selects:
    /// fixes must never break the JSON nor duplicate a key.
    private let structureChecker: FileLinter
    /// The code of every rule with a `fixHazard`, and the hazard.
    private static let hazards: [String: FixProblem] = BuiltinRules.all.reduce(into: [:]) { hazards, rule in
        if let hazard = type(of: rule).fixHazard { hazards[type(of: rule).code] = hazard }
    }

    package init(fileLinter: FileLinter, includesUnsafe: Bool) {
        self.fileLinter = fileLinter
        self.includesUnsafe = includesUnsafe
        var structureOnly = Configuration()
        structureOnly.select = Self.hazards.keys.sorted()
        var checker = FileLinter(linter: Linter(configuration: structureOnly))
        checker.includesSourceExcerpts = false
        structureChecker = checker
    }

    package struct Outcome: Sendable {
        package let original: [UInt8]
        package let fixed: [UInt8]
        /// The lint of `fixed`: what is left. Withheld fixes are removed from their findings.
        package let result: FileResult
        /// Fixes applied.
        package let appliedCount: Int
        /// Findings no longer reported: at least one per fix applied, more where one fix settles
        /// several findings (removing a repeated skill also settles its IL500).
        package let fixedFindingCount: Int
        /// Fixes not applied because they would have made the file worse.
        package let withheldCount: Int
        /// The file had a syntax error and was left alone.
        package let isSkippedForSyntax: Bool

        package var isChanged: Bool { fixed != original }
    }

    /// One version of the file with its lint.
    private struct Version {
        let bytes: [UInt8]
        let result: FileResult
        let state: FixVerification.State
    }

    package func fix(bytes: [UInt8], path: String, format: InputFormat) -> Outcome {
        let original = version(bytes, path: path, format: format)
        guard !original.state.hasSyntaxError else {
            return Outcome(
                original: bytes, fixed: bytes, result: original.result, appliedCount: 0, fixedFindingCount: 0,
                withheldCount: 0, isSkippedForSyntax: true)
        }
        var current = original
        var appliedCount = 0
        // The latest version that is no worse than the original, and how many fixes led there.
        var kept = (version: original, applied: 0)
        // Fixes refused once are not tried again in later passes (which keeps the number of
        // lints bounded), and are reported on the finding that still offers them.
        var refused: [FixKey: Withholding] = [:]
        for _ in 0..<Self.maximumPasses {
            let planned = FixApplier.plan(
                current.result.diagnostics, byteCount: current.bytes.count, includesUnsafe: includesUnsafe,
                isAllowed: { refused[FixKey($0)] == nil })
            guard !planned.isEmpty else { break }
            let pass = verifiedPass(planned, on: current, path: path, format: format)
            for (index, withholding) in pass.withheld {
                refused[FixKey(current.result.diagnostics[index]), default: withholding] = withholding
            }
            guard pass.applied > 0, pass.version.bytes != current.bytes else { break }
            current = pass.version
            appliedCount += pass.applied
            if FixVerification.problem(before: original.state, after: current.state) == nil {
                kept = (current, appliedCount)
            }
        }
        if kept.version.bytes != current.bytes, let problem = FixVerification.problem(before: original.state, after: current.state) {
            // Later passes made it worse than it was: keep the last version that was not, and
            // say so on the fixes that were applied after it.
            current = kept.version
            appliedCount = kept.applied
            for diagnostic in current.result.diagnostics where isFixable(diagnostic) {
                refused[FixKey(diagnostic), default: Withholding(problem: problem, isShared: true)] = Withholding(problem: problem, isShared: true)
            }
        }
        var result = current.result
        var withheldCount = 0
        result.diagnostics = current.result.diagnostics.map { diagnostic in
            guard isFixable(diagnostic), let withholding = refused[FixKey(diagnostic)] else { return diagnostic }
            withheldCount += 1
            return Self.withholding(diagnostic, because: withholding)
        }
        let settled = original.result.diagnostics.count - result.diagnostics.count
        return Outcome(
            original: bytes, fixed: current.bytes, result: result, appliedCount: appliedCount,
            fixedFindingCount: max(appliedCount, settled), withheldCount: withheldCount, isSkippedForSyntax: false)
    }

    /// A fix as it is offered again after other fixes moved it: rule, place (the line tells
    /// JSON Lines payloads apart) and description. Should a fix elsewhere move it to another
    /// line, it is only tried once more.
    struct FixKey: Hashable {
        let code: String
        let line: Int
        let pointer: String
        let description: String

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code
            line = diagnostic.start.line
            pointer = diagnostic.location.pointer
            description = diagnostic.fix?.description ?? ""
        }
    }

    /// Applies the planned fixes together when the result is acceptable; otherwise halves
    /// them and tries each half on top of what was accepted so far.
    private func verifiedPass(
        _ planned: [FixApplier.PlannedFix], on start: Version, path: String, format: InputFormat
    ) -> (version: Version, applied: Int, withheld: [Int: Withholding]) {
        var accepted: [FixApplier.PlannedFix] = []
        var acceptedVersion = start
        var withheld: [Int: Withholding] = [:]
        var splits = 0
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
            if group.count == 1 || splits >= Self.maximumSplitsPerPass {
                for planned in group {
                    withheld[planned.diagnosticIndex] = Withholding(problem: problem, isShared: group.count > 1)
                }
                return
            }
            splits += 1
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

    /// Lints `bytes`; the lint already tells about the hazard rules when all are enabled, else
    /// they are checked on their own.
    private func version(_ bytes: [UInt8], path: String, format: InputFormat) -> Version {
        let result = fileLinter.lint(bytes: bytes, path: path, format: format)
        let severities = fileLinter.linter.severities
        let structural = Self.hazards.keys.allSatisfy { severities[$0] != nil }
            ? result.diagnostics
            : structureChecker.lint(bytes: bytes, path: path, format: format).diagnostics
        let state = FixVerification.State(
            diagnostics: result.diagnostics,
            hasSyntaxError: structural.contains { Self.hazards[$0.code] == .breaksSyntax },
            duplicateKeys: structural.filter { Self.hazards[$0.code] == .duplicatesKey }.map(\.message).sorted())
        return Version(bytes: bytes, result: result, state: state)
    }

    /// Why a fix was not applied: its own problem, or that of a group of neighbouring fixes it
    /// was withheld with (after a rollback, or once a pass has split fixes enough).
    struct Withholding: Sendable {
        let problem: FixProblem
        let isShared: Bool
    }

    /// The finding without its fix, its help line saying why the fix was not applied.
    static func withholding(_ diagnostic: Diagnostic, because withholding: Withholding) -> Diagnostic {
        guard let fix = diagnostic.fix else { return diagnostic }
        let kind = fix.safety == .safe ? "fix" : "unsafe fix"
        let reason = withholding.isShared
            ? "with the fixes applied together with it, \(withholding.problem.reason)"
            : withholding.problem.reason
        let note = "The \(kind) (\(fix.description)) was not applied: \(reason)."
        var withheld = Diagnostic(
            code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity, message: diagnostic.message,
            location: diagnostic.location, help: diagnostic.help.map { $0 + " " + note } ?? note, fix: nil,
            related: diagnostic.related, sourceLine: diagnostic.sourceLine, sensitive: diagnostic.sensitive)
        withheld.valueHash = diagnostic.valueHash
        return withheld
    }
}
