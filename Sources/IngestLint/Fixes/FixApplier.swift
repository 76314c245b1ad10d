/// Applies fixes to the original bytes: every byte outside an edit is kept.
public enum FixApplier {
    /// Applies every allowed fix whose edits overlap no fix taken before it (in file order), and
    /// returns the new bytes with the number of fixes applied. Skipped fixes get another chance
    /// on the next pass, against the new text.
    public static func apply(
        _ diagnostics: [Diagnostic], to bytes: [UInt8], includesUnsafe: Bool
    ) -> (bytes: [UInt8], applied: Int) {
        let fixes = diagnostics.compactMap(\.fix)
            .filter { $0.safety == .safe || includesUnsafe }
            .filter { !$0.edits.isEmpty }
            .sorted { $0.edits[0].range.lowerBound < $1.edits[0].range.lowerBound }
        var accepted: [Edit] = []
        var applied = 0
        for fix in fixes {
            let fits = fix.edits.allSatisfy { edit in
                edit.range.lowerBound >= 0 && edit.range.upperBound <= bytes.count
                    && !accepted.contains { overlaps($0.range, edit.range) }
            }
            // The same repair reported twice (identical edits) is applied once.
            guard fits, !fix.edits.allSatisfy({ accepted.contains($0) }) else { continue }
            accepted += fix.edits
            applied += 1
        }
        var result = bytes
        for edit in accepted.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return (result, applied)
    }

    /// Two ranges overlap when they share a byte, or when both insert at the same place.
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty, b.isEmpty { return a.lowerBound == b.lowerBound }
        if a.isEmpty { return b.lowerBound < a.lowerBound && a.lowerBound < b.upperBound }
        if b.isEmpty { return a.lowerBound < b.lowerBound && b.lowerBound < a.upperBound }
        return a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }
}

/// Lints a file, applies its fixes and lints again until nothing fixable is left (SPEC §10).
/// A file that is not valid JSON is never changed, and a pass whose result would not parse is
/// not kept.
public struct FileFixer: Sendable {
    public static let maximumPasses = 10

    public let fileLinter: FileLinter
    public let includesUnsafe: Bool
    /// Only IL100, whatever the configuration selects: fixes must never break the JSON.
    private let syntaxChecker: FileLinter

    public init(fileLinter: FileLinter, includesUnsafe: Bool) {
        self.fileLinter = fileLinter
        self.includesUnsafe = includesUnsafe
        var syntaxOnly = Configuration()
        syntaxOnly.select = [JSONSyntaxRule.code]
        syntaxChecker = FileLinter(linter: Linter(configuration: syntaxOnly))
    }

    public struct Outcome: Sendable {
        public let original: [UInt8]
        public let fixed: [UInt8]
        /// The lint of `fixed`: what is left.
        public let result: FileResult
        public let appliedCount: Int
        /// The file had a syntax error and was left alone.
        public let isSkippedForSyntax: Bool

        public var isChanged: Bool { fixed != original }
    }

    public func fix(bytes: [UInt8], path: String, format: InputFormat) -> Outcome {
        var result = fileLinter.lint(bytes: bytes, path: path, format: format)
        guard isValidJSON(bytes, linted: result, path: path, format: format) else {
            return Outcome(original: bytes, fixed: bytes, result: result, appliedCount: 0, isSkippedForSyntax: true)
        }
        var current = bytes
        var appliedCount = 0
        for _ in 0..<Self.maximumPasses {
            let (next, applied) = FixApplier.apply(result.diagnostics, to: current, includesUnsafe: includesUnsafe)
            guard applied > 0, next != current else { break }
            let nextResult = fileLinter.lint(bytes: next, path: path, format: format)
            guard isValidJSON(next, linted: nextResult, path: path, format: format) else { break }
            current = next
            result = nextResult
            appliedCount += applied
        }
        return Outcome(original: bytes, fixed: current, result: result, appliedCount: appliedCount, isSkippedForSyntax: false)
    }

    /// The lint already tells when IL100 is enabled; parse again only when it is not.
    private func isValidJSON(_ bytes: [UInt8], linted: FileResult, path: String, format: InputFormat) -> Bool {
        let syntaxErrors = fileLinter.linter.severities[JSONSyntaxRule.code] != nil
            ? linted
            : syntaxChecker.lint(bytes: bytes, path: path, format: format)
        return !syntaxErrors.diagnostics.contains { $0.code == JSONSyntaxRule.code }
    }
}
