/// Another place that explains a finding, e.g. the first occurrence of a duplicate.
public struct RelatedFinding: Sendable {
    public let range: Range<Int>
    public let pointer: JSONPointer
    public let message: String
    /// The file of the related place when it is not the finding's own file.
    public let file: String?

    public init(range: Range<Int>, pointer: JSONPointer, message: String, file: String? = nil) {
        self.range = range
        self.pointer = pointer
        self.message = message
        self.file = file
    }
}

/// Candidate data quoted in a finding's message, help or fix, which `--redact` masks.
public struct SensitiveValue: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Equatable, Hashable {
        case email, name
    }

    public let text: String
    public let kind: Kind

    public init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// What a rule reports: plain data with byte offsets into the document's bytes.
/// Lines and columns are computed later, only for findings that are reported.
public struct Finding: Sendable {
    public let code: String
    public let message: String
    public let range: Range<Int>
    public let pointer: JSONPointer
    public var help: String?
    public var fix: Fix?
    public var related: [RelatedFinding]
    /// Candidate data that the message, help or fix quote.
    public var sensitive: [SensitiveValue]

    public init(
        code: String, message: String, range: Range<Int>, pointer: JSONPointer,
        help: String? = nil, fix: Fix? = nil, related: [RelatedFinding] = [], sensitive: [SensitiveValue] = []
    ) {
        self.code = code
        self.message = message
        self.range = range
        self.pointer = pointer
        self.help = help
        self.fix = fix
        self.related = related
        self.sensitive = sensitive
    }
}

/// Collects findings of the enabled rules.
public struct FindingSink {
    private let enabledCodes: Set<String>
    public private(set) var findings: [Finding] = []

    public init(enabledCodes: Set<String>) {
        self.enabledCodes = enabledCodes
    }

    public func isEnabled(_ code: String) -> Bool { enabledCodes.contains(code) }

    public mutating func report(_ finding: Finding) {
        guard enabledCodes.contains(finding.code) else { return }
        findings.append(finding)
    }
}
