/// A place in a file, resolved to lines and columns.
public struct SourceLocation: Sendable, Equatable {
    public let file: String
    /// Half-open UTF-8 byte range in the file.
    public let range: Range<Int>
    public let start: SourcePosition
    public let end: SourcePosition
    public let pointer: String
}

/// A related place that explains a diagnostic (the first occurrence of a duplicate, …).
public struct RelatedLocation: Sendable, Equatable {
    public let location: SourceLocation
    public let message: String
}

/// A finding ready to be reported: rule metadata, severity, and resolved positions.
public struct Diagnostic: Sendable, Equatable {
    public let code: String
    public let name: String
    public let severity: Severity
    public let message: String
    public let location: SourceLocation
    public let help: String?
    /// Edits use byte offsets into the whole file.
    public let fix: Fix?
    public let related: [RelatedLocation]
    /// The first line of the range (or the part of it around the range), for snippets.
    public let sourceLine: SourceExcerpt?
    /// Candidate data quoted in the message, help or fix (what `--redact` masks).
    public let sensitive: [SensitiveValue]
    /// A stable hash of the offending value (`FindingIdentity.valueHash`), computed only for a
    /// run with a baseline (`FileLinter.includesValueHashes`): the baseline knows a finding by
    /// it, not by its line.
    public var valueHash: String?

    public init(
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

    public var file: String { location.file }
    public var start: SourcePosition { location.start }
    public var end: SourcePosition { location.end }

    /// File, line, column, then code: the order of every report.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }
}
