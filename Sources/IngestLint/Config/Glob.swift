/// A path pattern from the configuration's `include` / `exclude` lists.
///
/// Semantics (deliberately simpler than `.gitignore`):
/// - A pattern is matched against the **whole** path relative to the configuration file's folder,
///   `/`-separated. There is no "a pattern without `/` matches at any depth": `*.json` matches
///   `a.json` but not `dir/a.json`; write `**/*.json` for that.
/// - `*` matches any run of characters within one path segment (never `/`), including a leading
///   dot; `?` matches one character other than `/`.
/// - `**` as a whole segment matches any number of segments, including zero: `**/fixtures/**`
///   matches `fixtures`, `fixtures/a.json` and `x/fixtures/y/z.json`. Elsewhere (`a**b`) it is a
///   plain `*`.
/// - `[abc]`, `[a-z]`, `[!a]` (or `[^a]`) match one character of / not of the set; `]` first in the
///   set is literal. A `[` without a closing `]` in its segment (`[a-`) is a configuration error
///   (`syntaxError(in:)`); a `Glob` made from one anyway takes that `[` literally.
/// - `\` makes the next character literal.
/// - Matching is case-sensitive, over Unicode scalars (no normalisation).
/// - Empty segments and `.` segments are ignored in both pattern and path, so a leading `/` or
///   `./` and a trailing `/` make no difference (`fixtures/broken/` matches the folder path
///   `fixtures/broken`, which lets the walker prune it).
package struct Glob: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    package let pattern: String
    private let segments: [Segment]

    package init(_ pattern: String) {
        self.pattern = pattern
        var segments: [Segment] = []
        for part in Glob.split(pattern) {
            let segment = Glob.compile(part)
            // `**/**` is the same as `**`; collapsing keeps the matcher's backtracking minimal.
            if segment == .anyPath, segments.last == .anyPath { continue }
            segments.append(segment)
        }
        self.segments = segments
    }

    package var description: String { pattern }

    /// Why `pattern` is malformed, in words, or nil: a character class that is never closed.
    package static func syntaxError(in pattern: String) -> String? {
        for part in split(pattern) {
            let scalars = Array(part.unicodeScalars)
            var index = 0
            while index < scalars.count {
                switch scalars[index] {
                case "\\":
                    index += 2
                case "[":
                    guard let (_, next) = parseSet(scalars, openingAt: index) else {
                        return "the '[' of '\(part)' is never closed with ']' (write \\[ for a literal '[')"
                    }
                    index = next
                default:
                    index += 1
                }
            }
        }
        return nil
    }

    /// Whether `relativePath` (relative to the configuration folder, `/`-separated) matches.
    package func matches(_ relativePath: String) -> Bool {
        let path = Glob.split(relativePath).map { Array($0.unicodeScalars) }
        // Classic single-backtrack wildcard matching at segment level: `**` is the star, one
        // pattern segment matches one path segment. Linear-ish, never exponential.
        var patternIndex = 0
        var pathIndex = 0
        var starPattern: Int? = nil
        var starPath = 0
        while pathIndex < path.count {
            if patternIndex < segments.count, segments[patternIndex] == .anyPath {
                starPattern = patternIndex
                starPath = pathIndex
                patternIndex += 1
            } else if patternIndex < segments.count, segments[patternIndex].matches(path[pathIndex]) {
                patternIndex += 1
                pathIndex += 1
            } else if let star = starPattern {
                patternIndex = star + 1
                starPath += 1
                pathIndex = starPath
            } else {
                return false
            }
        }
        while patternIndex < segments.count, segments[patternIndex] == .anyPath {
            patternIndex += 1
        }
        return patternIndex == segments.count
    }

    // MARK: - Compilation

    private static func split(_ text: String) -> [Substring] {
        text.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
    }

    private static func compile(_ part: Substring) -> Segment {
        if part == "**" { return .anyPath }
        let scalars = Array(part.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                // Runs of stars inside a segment mean one star.
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyScalar)
                index += 1
            case "\\" where index + 1 < scalars.count:
                tokens.append(.literal(scalars[index + 1]))
                index += 2
            case "[":
                if let (set, next) = parseSet(scalars, openingAt: index) {
                    tokens.append(.set(set))
                    index = next
                } else {
                    tokens.append(.literal(scalar))
                    index += 1
                }
            default:
                tokens.append(.literal(scalar))
                index += 1
            }
        }
        return .scalars(tokens)
    }

    /// Parses `[...]` starting at `open`; returns the set and the index after `]`, or `nil` when
    /// the bracket is never closed (then it is a literal `[`).
    private static func parseSet(_ scalars: [Unicode.Scalar], openingAt open: Int) -> (ScalarSet, Int)? {
        var index = open + 1
        var isNegated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            isNegated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var isFirst = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "]", !isFirst {
                return (ScalarSet(isNegated: isNegated, ranges: ranges), index + 1)
            }
            isFirst = false
            if scalar == "\\", index + 1 < scalars.count {
                index += 1
                scalar = scalars[index]
            }
            // `a-z` is a range unless the `-` is last (`[a-]` holds `a` and `-`).
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                var upper = scalars[index + 2]
                var consumed = 3
                if upper == "\\", index + 3 < scalars.count {
                    upper = scalars[index + 3]
                    consumed = 4
                }
                if scalar.value <= upper.value {
                    ranges.append(scalar.value...upper.value)
                }
                // A reversed range (`[z-a]`) matches nothing, as in fnmatch.
                index += consumed
            } else {
                ranges.append(scalar.value...scalar.value)
                index += 1
            }
        }
        return nil
    }

    // MARK: - Matching

    private struct ScalarSet: Sendable, Equatable {
        let isNegated: Bool
        let ranges: [ClosedRange<UInt32>]

        func contains(_ scalar: Unicode.Scalar) -> Bool {
            ranges.contains { $0.contains(scalar.value) } != isNegated
        }
    }

    private enum Token: Sendable, Equatable {
        case literal(Unicode.Scalar)
        case anyScalar
        case anyRun
        case set(ScalarSet)

        func matches(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .literal(let expected): scalar == expected
            case .anyScalar: true
            case .anyRun: false
            case .set(let set): set.contains(scalar)
            }
        }
    }

    private enum Segment: Sendable, Equatable {
        /// `**`: any number of whole segments.
        case anyPath
        case scalars([Token])

        /// Whether this (non-`**`) segment matches one path segment; same algorithm as above,
        /// with `*` as the star and one token per scalar.
        func matches(_ text: [Unicode.Scalar]) -> Bool {
            guard case .scalars(let tokens) = self else { return true }
            var tokenIndex = 0
            var textIndex = 0
            var starToken: Int? = nil
            var starText = 0
            while textIndex < text.count {
                if tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun {
                    starToken = tokenIndex
                    starText = textIndex
                    tokenIndex += 1
                } else if tokenIndex < tokens.count, tokens[tokenIndex].matches(text[textIndex]) {
                    tokenIndex += 1
                    textIndex += 1
                } else if let star = starToken {
                    tokenIndex = star + 1
                    starText += 1
                    textIndex = starText
                } else {
                    return false
                }
            }
            while tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun {
                tokenIndex += 1
            }
            return tokenIndex == tokens.count
        }
    }
}
