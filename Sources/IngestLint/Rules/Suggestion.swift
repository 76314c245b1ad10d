/// "Did you mean" for keys and values: a case-insensitive match, else the unique nearest
/// candidate within the edit distance limit, else the only candidate the word abbreviates.
package enum Suggestion {
    /// `resolve` maps a candidate to what it stands for (an alias to its skill), so that
    /// equally near candidates standing for the same thing are not a tie.
    static func nearest(
        to word: String, in candidates: [String], maximumDistance: Int = 2, resolve: (String) -> String = { $0 }
    ) -> String? {
        let lowered = word.lowercased()
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return resolve(exact) }
        var best: [String] = []
        var bestDistance = maximumDistance + 1
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased(), limit: maximumDistance)
            guard distance <= maximumDistance else { continue }
            let resolved = resolve(candidate)
            if distance < bestDistance {
                best = [resolved]
                bestDistance = distance
            } else if distance == bestDistance, !best.contains(resolved) {
                best.append(resolved)
            }
        }
        if best.isEmpty, lowered.count >= 3 {
            // An abbreviation (`warn` for `warning`) is far in edits but unmistakable.
            let extensions = Set(candidates.filter { $0.lowercased().hasPrefix(lowered) }.map(resolve))
            if extensions.count == 1 { return extensions.first }
        }
        // Two equally near candidates: suggesting either would be a guess.
        return best.count == 1 ? best[0] : nil
    }

    /// The "did you mean" of tool errors (configuration keys and values, rule names on the
    /// command line): a spelling variant of kebab-case (`failOn`, `fail_on`) first, else the
    /// nearest candidate within one edit for a word of up to five characters and two edits for a
    /// longer one, so `IL999` suggests nothing rather than `IL209`. Nil when `word` is itself a
    /// candidate or nothing is near.
    package static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        func folded(_ text: String) -> String {
            String(text.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
        }
        let target = folded(word)
        let limit = word.unicodeScalars.count <= 5 ? 1 : 2
        let suggestion = candidates.first { folded($0) == target }
            ?? nearest(to: word, in: candidates, maximumDistance: limit)
        guard let suggestion, suggestion != word else { return nil }
        return suggestion
    }

    /// Optimal-string-alignment distance (a transposition counts as one edit), over scalars.
    static func editDistance(_ lhs: String, _ rhs: String, limit: Int = .max) -> Int {
        editDistance(Array(lhs.unicodeScalars), Array(rhs.unicodeScalars), limit: limit)
    }

    /// Optimal-string-alignment distance that stops as soon as every path exceeds `limit` and
    /// then returns `limit + 1` (bytes of ASCII domains on the per-address path, scalars elsewhere).
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int = .max) -> Int {
        let beyond = limit == .max ? limit : limit + 1
        if abs(a.count - b.count) > limit { return beyond }
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), beyond) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A transposition reaches back two rows, but never below the minimum of the row between.
            if rowMinimum > limit { return beyond }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return min(previous[b.count], beyond)
    }
}
