/// Whether a fix may be applied without a human looking at it.
package enum FixSafety: String, Sendable, Codable {
    /// Keeps the payload's meaning; applied by `--fix`.
    case safe
    /// May change meaning; applied only with `--unsafe-fixes`.
    case unsafe
}

/// Replace the bytes `range` of the original file with `replacement`.
package struct Edit: Sendable, Equatable, Codable {
    package let range: Range<Int>
    package let replacement: String

    package init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    package func shifted(by delta: Int) -> Edit {
        Edit(range: (range.lowerBound + delta)..<(range.upperBound + delta), replacement: replacement)
    }
}

/// A repair for one finding: non-overlapping edits sorted by offset.
package struct Fix: Sendable, Equatable {
    package let description: String
    package let safety: FixSafety
    package let edits: [Edit]

    package init(description: String, safety: FixSafety, edits: [Edit]) {
        self.description = description
        self.safety = safety
        self.edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    package func shifted(by delta: Int) -> Fix {
        Fix(description: description, safety: safety, edits: edits.map { $0.shifted(by: delta) })
    }
}
