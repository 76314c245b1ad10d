/// What SPEC §10 forbids a fix to do, checked on the lint of the fixed text: break the JSON,
/// create a duplicate key, or leave a finding more severe than the ones it removes.
package enum FixProblem: Sendable, Equatable {
    case breaksSyntax
    case duplicatesKey
    /// A finding of this rule and severity would appear, more severe than anything removed.
    case addsMoreSevereFinding(code: String, name: String, severity: Severity)

    /// Ends the sentence "… was not applied: ".
    package var reason: String {
        switch self {
        case .breaksSyntax: "the result would not be valid JSON"
        case .duplicatesKey: "it would create a duplicate key"
        case .addsMoreSevereFinding(let code, let name, let severity):
            "it would leave a finding more severe than the one it removes (\(severity.rawValue) \(code) \(name))"
        }
    }
}

/// The parts of a lint a fix is judged by.
struct FixVerification {
    /// The lint of one version of the file, with what the checks need whatever the
    /// configuration enables: whether it parses and which keys are duplicated.
    struct State {
        let diagnostics: [Diagnostic]
        let hasSyntaxError: Bool
        /// IL101 messages (they name the key), sorted, to compare as multisets.
        let duplicateKeys: [String]
    }

    /// Nil when `after` is acceptable as the result of fixing `before`.
    ///
    /// `isProvisional` marks findings of `after` that another pass will fix (they carry an
    /// allowed fix): renaming `Status` to `status` may reveal `"Draft"`, which the next pass
    /// lower-cases. Those do not count against this pass; the run as a whole is checked once
    /// more at the end without that allowance.
    ///
    /// Several fixes applied together may hide each other: one that removes an error makes room
    /// for another that adds one. `ceiling`, the least severe finding among the fixes of a
    /// group, closes that gap: a group may add nothing above it, else it is split until each
    /// fix is judged alone.
    static func problem(
        before: State, after: State, ceiling: Severity? = nil, isProvisional: (Diagnostic) -> Bool = { _ in false }
    ) -> FixProblem? {
        if after.hasSyntaxError { return .breaksSyntax }
        if !isSubmultiset(after.duplicateKeys, of: before.duplicateKeys) { return .duplicatesKey }
        var beforeCounts: [String: Int] = [:]
        for diagnostic in before.diagnostics { beforeCounts[diagnostic.code, default: 0] += 1 }
        var afterCounts: [String: Int] = [:]
        var settledCounts: [String: Int] = [:]
        var worstByCode: [String: Diagnostic] = [:]
        for diagnostic in after.diagnostics {
            afterCounts[diagnostic.code, default: 0] += 1
            guard !isProvisional(diagnostic) else { continue }
            settledCounts[diagnostic.code, default: 0] += 1
            if worstByCode[diagnostic.code].map({ $0.severity < diagnostic.severity }) ?? true {
                worstByCode[diagnostic.code] = diagnostic
            }
        }
        var worstRemoved: Severity?
        for diagnostic in before.diagnostics where afterCounts[diagnostic.code, default: 0] < beforeCounts[diagnostic.code, default: 0] {
            worstRemoved = max(worstRemoved ?? diagnostic.severity, diagnostic.severity)
        }
        let added = worstByCode.values
            .filter { settledCounts[$0.code, default: 0] > beforeCounts[$0.code, default: 0] }
            .sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0.code < $1.code }
        guard let worstAdded = added.first else { return nil }
        if let worstRemoved, worstAdded.severity <= worstRemoved, ceiling.map({ worstAdded.severity <= $0 }) ?? true {
            return nil
        }
        return .addsMoreSevereFinding(code: worstAdded.code, name: worstAdded.name, severity: worstAdded.severity)
    }

    /// Whether every element of `small` (sorted) is in `large` (sorted) at least as often.
    static func isSubmultiset(_ small: [String], of large: [String]) -> Bool {
        var index = 0
        for element in small {
            while index < large.count, large[index] < element { index += 1 }
            guard index < large.count, large[index] == element else { return false }
            index += 1
        }
        return true
    }
}
