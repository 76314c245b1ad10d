/// A place in a file, resolved to lines and columns.
package struct SourceLocation: Sendable, Equatable {
    package let file: String
    /// Half-open UTF-8 byte range in the file.
    package let range: Range<Int>
    package let start: SourcePosition
    package let end: SourcePosition
    package let pointer: String
}

/// A related place that explains a diagnostic (the first occurrence of a duplicate, …).
package struct RelatedLocation: Sendable, Equatable {
    package let location: SourceLocation
    package let message: String
}

/// A finding ready to be reported: rule metadata, severity, and resolved positions.
package struct Diagnostic: Sendable, Equatable {
    package let code: String
    package let name: String
    package let severity: Severity
    package let message: String
    package let location: SourceLocation
    package let help: String?
    /// Edits use byte offsets into the whole file.
    package let fix: Fix?
    package let related: [RelatedLocation]
    /// The first line of the range (or the part of it around the range), for snippets.
    package let sourceLine: SourceExcerpt?
    /// Candidate data quoted in the message, help or fix (what `--redact` masks).
    package let sensitive: [SensitiveValue]
    /// A stable hash of the offending value (`FindingIdentity.valueHash`), computed only for a
    /// run with a baseline (`FileLinter.includesValueHashes`): the baseline knows a finding by
    /// it, not by its line.
    package var valueHash: String?

    package init(
        code: String, name: String, severity: Severity, message: String, location: SourceLocation,
        help: String? = nil, fix: Fix? = nil, related: [RelatedLocation] = [], sourceLine: SourceExcerpt? = nil,
        sensitive: [SensitiveValue] = []
    ) {
        self.code = code
        self.name = name
        self.severity = severity
        self.message = message
        self.location = location
        self.help = help
        self.fix = fix
        self.related = related
        self.sourceLine = sourceLine
        self.sensitive = sensitive
    }

    package var file: String { location.file }
    package var start: SourcePosition { location.start }
    package var end: SourcePosition { location.end }

    /// File, line, column, then code: the order of every report.
    package static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
