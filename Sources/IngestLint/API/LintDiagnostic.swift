/// One finding: which rule, how serious, what and where, and how to fix it when a fix exists.
///
/// Positions are 1-based; columns count Unicode scalars (a UTF-8 byte-order mark is not a
/// column). ``LintLocation/byteRange`` is the half-open range of UTF-8 bytes in the input the
/// finding is about; a missing field is reported at its enclosing object's `{`, one byte long.
public struct LintDiagnostic: Sendable, Equatable {
    /// The rule's code (`IL205`), or `custom/ID` for a custom rule.
    public let code: String
    /// The rule's name (`unknown-field`).
    public let name: String
    public let severity: Severity
    /// One sentence about this finding.
    public let message: String
    /// What to do about it, when the rule knows.
    public let help: String?
    /// Where it is.
    public let location: LintLocation
    /// Other places that explain it (the first occurrence of a duplicate, …), each with a note.
    public let related: [LintRelatedLocation]
    /// The repair, when the rule offers one.
    public let fix: LintFix?

    package init(_ diagnostic: Diagnostic) {
        code = diagnostic.code
        name = diagnostic.name
        severity = diagnostic.severity
        message = diagnostic.message
        help = diagnostic.help
        location = LintLocation(diagnostic.location)
        related = diagnostic.related.map { LintRelatedLocation(location: LintLocation($0.location), message: $0.message) }
        fix = diagnostic.fix.map(LintFix.init)
    }
}

/// A place in an input.
public struct LintLocation: Sendable, Equatable {
    /// The input's name, as given to ``PayloadLinter/lint(bytes:fileName:)`` or found on disk.
    public let file: String
    /// The first line (1-based) and column (1-based, in Unicode scalars).
    public let line: Int
    public let column: Int
    /// Where the range ends: the line and column just past it.
    public let endLine: Int
    public let endColumn: Int
    /// The half-open range of UTF-8 bytes in the input.
    public let byteRange: Range<Int>
    /// The RFC 6901 JSON Pointer of the value (`/candidates/0/email`); `""` is the whole document.
    public let pointer: String

    init(_ location: SourceLocation) {
        file = location.file
        line = location.start.line
        column = location.start.column
        endLine = location.end.line
        endColumn = location.end.column
        byteRange = location.range
        pointer = location.pointer
    }
}

/// A related place and what it has to do with the finding.
public struct LintRelatedLocation: Sendable, Equatable {
    public let location: LintLocation
    public let message: String
}

/// A repair: edits on the input's bytes; every byte outside them stays as it was.
public struct LintFix: Sendable, Equatable {
    /// What the fix does, in a few words.
    public let description: String
    /// A safe fix keeps the payload's meaning; an unsafe one (renaming a key, turning `"24"`
    /// into `24`) may change it, and the command line applies it only with `--unsafe-fixes`.
    public let isSafe: Bool
    /// Non-overlapping edits, in file order.
    public let edits: [LintEdit]

    init(_ fix: Fix) {
        description = fix.description
        isSafe = fix.safety == .safe
        edits = fix.edits.map { LintEdit(byteRange: $0.range, replacement: $0.replacement) }
    }
}

/// Replace the bytes of `byteRange` with the UTF-8 of `replacement`.
public struct LintEdit: Sendable, Equatable {
    public let byteRange: Range<Int>
    public let replacement: String
}
