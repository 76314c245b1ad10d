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
///
/// Its fields live in one immutable object: a diagnostic is copied on its way to the report
/// (sorted, gathered per file, counted, written), and a copy then retains one reference instead
/// of each of its dozen strings and arrays.
package struct Diagnostic: Sendable, Equatable {
    private final class Storage: Sendable {
        let code: String
        let name: String
        let severity: Severity
        let message: String
        let location: SourceLocation
        let help: String?
        let fix: Fix?
        let related: [RelatedLocation]
        let sourceLine: SourceExcerpt?
        let sensitive: [SensitiveValue]
        let valueHash: String?

        init(
            code: String, name: String, severity: Severity, message: String, location: SourceLocation, help: String?,
            fix: Fix?, related: [RelatedLocation], sourceLine: SourceExcerpt?, sensitive: [SensitiveValue], valueHash: String?
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
            self.valueHash = valueHash
        }
    }

    private var storage: Storage

    package var code: String { storage.code }
    package var name: String { storage.name }
    package var severity: Severity { storage.severity }
    package var message: String { storage.message }
    package var location: SourceLocation { storage.location }
    package var help: String? { storage.help }
    /// Edits use byte offsets into the whole file.
    package var fix: Fix? { storage.fix }
    package var related: [RelatedLocation] { storage.related }
    /// The first line of the range (or the part of it around the range), for snippets.
    package var sourceLine: SourceExcerpt? { storage.sourceLine }
    /// Candidate data quoted in the message, help or fix (what `--redact` masks).
    package var sensitive: [SensitiveValue] { storage.sensitive }
    /// A stable hash of the offending value (`FindingIdentity.valueHash`), computed only for a
    /// run with a baseline (`FileLinter.includesValueHashes`): the baseline knows a finding by
    /// it, not by its line.
    package var valueHash: String? {
        get { storage.valueHash }
        set {
            let old = storage
            storage = Storage(
                code: old.code, name: old.name, severity: old.severity, message: old.message, location: old.location,
                help: old.help, fix: old.fix, related: old.related, sourceLine: old.sourceLine, sensitive: old.sensitive,
                valueHash: newValue)
        }
    }

    package init(
        code: String, name: String, severity: Severity, message: String, location: SourceLocation,
        help: String? = nil, fix: Fix? = nil, related: [RelatedLocation] = [], sourceLine: SourceExcerpt? = nil,
        sensitive: [SensitiveValue] = []
    ) {
        storage = Storage(
            code: code, name: name, severity: severity, message: message, location: location, help: help, fix: fix,
            related: related, sourceLine: sourceLine, sensitive: sensitive, valueHash: nil)
    }

    package static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let (a, b) = (lhs.storage, rhs.storage)
        return a.code == b.code && a.name == b.name && a.severity == b.severity && a.message == b.message
            && a.location == b.location && a.help == b.help && a.fix == b.fix && a.related == b.related
            && a.sourceLine == b.sourceLine && a.sensitive == b.sensitive && a.valueHash == b.valueHash
    }

    package var file: String { location.file }
    package var start: SourcePosition { location.start }
    package var end: SourcePosition { location.end }

    /// File, line, column, then code: the order of every report.
    package static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let (a, b) = (lhs.storage, rhs.storage)
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.start != b.location.start { return a.location.start < b.location.start }
        if a.code != b.code { return a.code < b.code }
        return a.message < b.message
    }
}
