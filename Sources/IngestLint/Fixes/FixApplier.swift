/// Applies fixes to the original bytes: every byte outside an edit is kept.
package enum FixApplier {
    /// A fix chosen for a pass, with the index of the diagnostic that offers it.
    package struct PlannedFix: Sendable {
        package let diagnosticIndex: Int
        package let fix: Fix
    }

    /// Applies every allowed fix whose edits overlap no fix taken before it (in file order), and
    /// returns the new bytes with the number of fixes applied. Skipped fixes get another chance
    /// on the next pass, against the new text. Nothing is checked here: `FileFixer` verifies
    /// the result before keeping it.
    package static func apply(
        _ diagnostics: [Diagnostic], to bytes: [UInt8], includesUnsafe: Bool
    ) -> (bytes: [UInt8], applied: Int) {
        let planned = plan(diagnostics, byteCount: bytes.count, includesUnsafe: includesUnsafe)
        return (apply(planned.map(\.fix), to: bytes), planned.count)
    }

    /// The fixes one pass may apply together: allowed, inside the file, overlapping no fix
    /// taken before them in file order. The same repair reported twice (identical edits) is
    /// taken once. Any subset of the plan can be applied on its own. `isAllowed` leaves out
    /// fixes already refused.
    package static func plan(
        _ diagnostics: [Diagnostic], byteCount: Int, includesUnsafe: Bool, isAllowed: (Diagnostic) -> Bool = { _ in true }
    ) -> [PlannedFix] {
        let offered = diagnostics.indices.compactMap { index -> PlannedFix? in
            guard let fix = diagnostics[index].fix, fix.safety == .safe || includesUnsafe, !fix.edits.isEmpty,
                  isAllowed(diagnostics[index])
            else { return nil }
            return PlannedFix(diagnosticIndex: index, fix: fix)
        }
        .sorted { ($0.fix.edits.first?.range.lowerBound ?? 0) < ($1.fix.edits.first?.range.lowerBound ?? 0) }
        // Accepted edit ranges, sorted by start; they never overlap one another.
        var accepted: [Range<Int>] = []
        var planned: [PlannedFix] = []
        for candidate in offered {
            let fits = candidate.fix.edits.allSatisfy { edit in
                edit.range.lowerBound >= 0 && edit.range.upperBound <= byteCount
                    && !overlapsAny(edit.range, accepted)
            }
            guard fits else { continue }
            for edit in candidate.fix.edits {
                accepted.insert(edit.range, at: insertionIndex(of: edit.range, in: accepted))
            }
            planned.append(candidate)
        }
        return planned
    }

    /// Applies fixes whose edits do not overlap (a plan, or part of one), in one pass over
    /// the bytes.
    package static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> [UInt8] {
        let edits = fixes.flatMap(\.edits).sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + edits.reduce(0) { $0 + $1.replacement.utf8.count })
        var offset = 0
        for edit in edits where edit.range.lowerBound >= offset && edit.range.upperBound <= bytes.count {
            result += bytes[offset..<edit.range.lowerBound]
            result += edit.replacement.utf8
            offset = edit.range.upperBound
        }
        result += bytes[offset...]
        return result
    }

    /// The first index whose range starts after `range` (empty ranges after equal starts).
    static func insertionIndex(of range: Range<Int>, in sorted: [Range<Int>]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Whether `range` overlaps one of `sorted`: only the neighbours around its start can.
    static func overlapsAny(_ range: Range<Int>, _ sorted: [Range<Int>]) -> Bool {
        let index = insertionIndex(of: range, in: sorted)
        var before = index - 1
        // Ranges starting at or before `range`: walk back over empty ones at the same start.
        while before >= 0 {
            if overlaps(sorted[before], range) { return true }
            if sorted[before].upperBound <= range.lowerBound, !sorted[before].isEmpty { break }
            before -= 1
        }
        var after = index
        while after < sorted.count, sorted[after].lowerBound < range.upperBound || (range.isEmpty && sorted[after].lowerBound == range.lowerBound) {
            if overlaps(sorted[after], range) { return true }
            after += 1
        }
        return false
    }

    /// Two ranges overlap when they share a byte, or when both insert at the same place.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty, b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}
