/// Whether a fix may be applied without a human looking at it.
public enum FixSafety: String, Sendable, Codable {
    /// Keeps the payload's meaning; applied by `--fix`.
    case safe
    /// May change meaning; applied only with `--unsafe-fixes`.
    case unsafe
}

/// Replace the bytes `range` of the original file with `replacement`.
public struct Edit: Sendable, Equatable, Codable {
    public let range: Range<Int>
    public let replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public func shifted(by delta: Int) -> Edit {
        Edit(range: (range.lowerBound + delta)..<(range.upperBound + delta), replacement: replacement)
    }
}

/// A repair for one finding: non-overlapping edits sorted by offset.
public struct Fix: Sendable, Equatable {
    public let description: String
    public let safety: FixSafety
    public let edits: [Edit]

    public init(description: String, safety: FixSafety, edits: [Edit]) {
        self.description = description
        self.safety = safety
        self.edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    public func shifted(by delta: Int) -> Fix {
        Fix(description: description, safety: safety, edits: edits.map { $0.shifted(by: delta) })
    }
}
