/// Applies fixes to the original bytes: every byte outside an edit is kept.
public enum FixApplier {
    /// A fix chosen for a pass, with the index of the diagnostic that offers it.
    public struct PlannedFix: Sendable {
        public let diagnosticIndex: Int
        public let fix: Fix
    }

    /// Applies every allowed fix whose edits overlap no fix taken before it (in file order), and
    /// returns the new bytes with the number of fixes applied. Skipped fixes get another chance
    /// on the next pass, against the new text. Nothing is checked here: `FileFixer` verifies
    /// the result before keeping it.
    public static func apply(
        _ diagnostics: [Diagnostic], to bytes: [UInt8], includesUnsafe: Bool
    ) -> (bytes: [UInt8], applied: Int) {
        let planned = plan(diagnostics, byteCount: bytes.count, includesUnsafe: includesUnsafe)
        return (apply(planned.map(\.fix), to: bytes), planned.count)
    }

    /// The fixes one pass may apply together: allowed, inside the file, overlapping no fix
    /// taken before them in file order. The same repair reported twice (identical edits) is
    /// taken once. Any subset of the plan can be applied on its own.
    public static func plan(_ diagnostics: [Diagnostic], byteCount: Int, includesUnsafe: Bool) -> [PlannedFix] {
        let offered = diagnostics.indices.compactMap { index -> PlannedFix? in
            guard let fix = diagnostics[index].fix, fix.safety == .safe || includesUnsafe, !fix.edits.isEmpty else { return nil }
            return PlannedFix(diagnosticIndex: index, fix: fix)
        }
        .sorted { ($0.fix.edits.first?.range.lowerBound ?? 0) < ($1.fix.edits.first?.range.lowerBound ?? 0) }
        var accepted: [Edit] = []
        var planned: [PlannedFix] = []
        for candidate in offered {
            let fits = candidate.fix.edits.allSatisfy { edit in
                edit.range.lowerBound >= 0 && edit.range.upperBound <= byteCount
                    && !accepted.contains { overlaps($0.range, edit.range) }
            }
            guard fits, !candidate.fix.edits.allSatisfy({ accepted.contains($0) }) else { continue }
            accepted += candidate.fix.edits
            planned.append(candidate)
        }
        return planned
    }

    /// Applies fixes whose edits do not overlap (a plan, or part of one).
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for edit in fixes.flatMap(\.edits).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return result
    }

    /// Two ranges overlap when they share a byte, or when both insert at the same place.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty, b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}
