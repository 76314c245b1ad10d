/// A rule's small integer identity: its index in the built-in catalogue (`rules/` in code
/// order), or, for a custom rule, the built-in count plus its index in the configuration.
/// Per-finding lookups (enabled? which severity? which name?) index arrays with it instead of
/// hashing the code.
public struct RuleID: Hashable, Sendable, Comparable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    var index: Int { Int(rawValue) }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
