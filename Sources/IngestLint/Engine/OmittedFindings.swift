/// Findings of a file that are counted but not listed, past `limits.max-diagnostics-per-file`.
/// They count in the summary and the exit status like listed ones.
package struct OmittedFindings: Sendable, Equatable {
    package var errors = 0
    package var warnings = 0
    package var infos = 0
    /// The fixes they carry: `--fix` applies them though they are not listed.
    package var fixes = FixCounts()

    package init() {}

    package var total: Int { errors + warnings + infos }

    package mutating func add(_ severity: Severity, _ count: Int = 1) {
        switch severity {
        case .error: errors += count
        case .warning: warnings += count
        case .info: infos += count
        }
    }

    /// Counts per rule code, at the codes' configured severities.
    mutating func add(codes: [String: Int], severities: [String: Severity]) {
        for (code, count) in codes {
            add(severities[code] ?? RuleCatalogue.builtin.description(of: code).defaultSeverity, count)
        }
    }

    package static func + (lhs: OmittedFindings, rhs: OmittedFindings) -> OmittedFindings {
        var sum = lhs
        sum.errors += rhs.errors
        sum.warnings += rhs.warnings
        sum.infos += rhs.infos
        sum.fixes.safe += rhs.fixes.safe
        sum.fixes.unsafe += rhs.fixes.unsafe
        return sum
    }
}

/// How many findings carry a safe fix and how many an unsafe one.
package struct FixCounts: Sendable, Equatable {
    package var safe = 0
    package var unsafe = 0

    package init() {}

    package mutating func count(_ fix: Fix?) {
        switch fix?.safety {
        case .safe: safe += 1
        case .unsafe: unsafe += 1
        case nil: break
        }
    }
}

/// How many more findings a file may list; what does not fit is moved to its omitted counts.
struct ListingBudget: Sendable {
    private(set) var remaining: Int

    init(limit: Int) {
        remaining = limit
    }

    /// Keeps the first `remaining` of `diagnostics` (already in report order).
    mutating func admit(_ diagnostics: inout [Diagnostic], omitted: inout OmittedFindings) {
        guard diagnostics.count > remaining else {
            remaining -= diagnostics.count
            return
        }
        for diagnostic in diagnostics[remaining...] {
            omitted.add(diagnostic.severity)
            omitted.fixes.count(diagnostic.fix)
        }
        diagnostics.removeSubrange(remaining...)
        remaining = 0
    }
}
