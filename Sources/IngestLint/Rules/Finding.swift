/// Another place that explains a finding, e.g. the first occurrence of a duplicate.
package struct RelatedFinding: Sendable {
    package let range: Range<Int>
    package let pointer: JSONPointer
    package let message: String
    /// The file of the related place when it is not the finding's own file.
    package let file: String?

    package init(range: Range<Int>, pointer: JSONPointer, message: String, file: String? = nil) {
        self.range = range
        self.pointer = pointer
        self.message = message
        self.file = file
    }
}

/// Candidate data quoted in a finding's message, help or fix, which `--redact` masks.
package struct SensitiveValue: Sendable, Equatable, Hashable {
    package enum Kind: Sendable, Equatable, Hashable {
        case email, name
    }

    package let text: String
    package let kind: Kind

    package init(_ text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// What a rule reports: plain data with byte offsets into the document's bytes.
/// Lines and columns are computed later, only for findings that are reported.
package struct Finding: Sendable {
    /// The rule that reports it; `RuleTable` gives its code, name and severity.
    package let rule: RuleID
    package let message: String
    package let range: Range<Int>
    package let pointer: JSONPointer
    package var help: String?
    package var fix: Fix?
    package var related: [RelatedFinding]
    /// Candidate data that the message, help or fix quote.
    package var sensitive: [SensitiveValue]

    package init(
        rule: RuleID, message: String, range: Range<Int>, pointer: JSONPointer,
        help: String? = nil, fix: Fix? = nil, related: [RelatedFinding] = [], sensitive: [SensitiveValue] = []
    ) {
        self.rule = rule
        self.message = message
        self.range = range
        self.pointer = pointer
        self.help = help
        self.fix = fix
        self.related = related
        self.sensitive = sensitive
    }
}

extension Finding {
    /// The same finding `delta` bytes later (an input's offsets as a chunk's).
    func shifted(by delta: Int) -> Finding {
        var finding = Finding(
            rule: rule, message: message, range: (range.lowerBound + delta)..<(range.upperBound + delta), pointer: pointer,
            help: help, fix: fix.map { $0.shifted(by: delta) }, sensitive: sensitive)
        finding.related = related.map {
            RelatedFinding(
                range: ($0.range.lowerBound + delta)..<($0.range.upperBound + delta), pointer: $0.pointer,
                message: $0.message, file: $0.file)
        }
        return finding
    }
}

/// Collects findings of the enabled rules, keeping at most `limit` of them — the first by byte
/// offset — and counting the rest per rule, so a document with a million copies of one mistake
/// costs a bounded amount of memory.
package struct FindingSink {
    private let rules: RuleTable
    private let limit: Int
    private var kept: [Finding] = []
    /// Findings dropped past the limit, per rule id.
    private var omittedByRule: [Int]
    /// The fixes the dropped findings carry, so the summary's fixable counts stay whole.
    package private(set) var omittedFixes = FixCounts()

    package init(rules: RuleTable, limit: Int = .max) {
        self.rules = rules
        self.limit = max(1, limit)
        omittedByRule = Array(repeating: 0, count: rules.codes.count)
    }

    package func isEnabled(_ rule: RuleID) -> Bool { rules.isEnabled(rule) }

    /// Findings dropped past the limit, per rule code.
    package var omitted: [String: Int] {
        var counts: [String: Int] = [:]
        for (index, count) in omittedByRule.enumerated() where count > 0 { counts[rules.codes[index]] = count }
        return counts
    }

    /// The kept findings: at most `limit`, the earliest in the document.
    package var findings: [Finding] {
        kept.count > limit ? Self.earliest(kept, limit).kept : kept
    }

    /// `omitted` including what `findings` leaves out of the buffer.
    package var omittedCounts: [String: Int] {
        guard kept.count > limit else { return omitted }
        var counts = omitted
        for finding in Self.earliest(kept, limit).dropped { counts[rules.code(of: finding.rule), default: 0] += 1 }
        return counts
    }

    /// `omittedFixes` including what `findings` leaves out of the buffer.
    package var omittedFixCounts: FixCounts {
        guard kept.count > limit else { return omittedFixes }
        var counts = omittedFixes
        for finding in Self.earliest(kept, limit).dropped { counts.count(finding.fix) }
        return counts
    }

    package mutating func report(_ finding: consuming Finding) {
        guard rules.isEnabled(finding.rule) else { return }
        kept.append(finding)
        // Up to twice the limit is buffered, then cut back: each finding is sorted O(log n) times.
        // (`limit` may be `Int.max`: the test must not double it.)
        if kept.count - limit >= limit {
            let (earliest, dropped) = Self.earliest(kept, limit)
            for finding in dropped {
                omittedByRule[finding.rule.index] += 1
                omittedFixes.count(finding.fix)
            }
            kept = earliest
        }
    }
    private static func earliest(_ findings: [Finding], _ count: Int) -> (kept: [Finding], dropped: ArraySlice<Finding>) {
        // Stable: findings at one offset keep the order the rules reported them in.
        let sorted = findings.enumerated().sorted {
            ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset)
        }.map(\.element)
        return (Array(sorted.prefix(count)), sorted.dropFirst(count))
    }
}
