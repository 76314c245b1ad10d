/// A rule's small integer identity: its index in the built-in catalogue (`rules/` in code
/// order), or, for a custom rule, the built-in count plus its index in the configuration.
/// Per-finding lookups (enabled? which severity? which name?) index arrays with it instead of
/// hashing the code.
package struct RuleID: Hashable, Sendable, Comparable {
    package let rawValue: UInt16

    package init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    var index: Int { Int(rawValue) }

    package static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
