/// The rules of one configuration, indexed by `RuleID`: the built-ins in catalogue order, then
/// the custom rules. Findings carry an id; what the engine asks of one per finding (is its rule
/// enabled, how loud, what are its code and name) is an array read.
package struct RuleTable: Sendable {
    /// The code (`IL202`, `custom/ats`) of every id.
    package let codes: [String]
    /// The name (`blank-value`, `ats`) of every id.
    package let names: [String]
    /// The severity of every id; nil when the rule is not enabled.
    package let severities: [Severity?]
    /// How many of the ids are built-in rules; the custom rules' ids follow.
    package let builtinCount: Int

    package init(configuration: Configuration, catalogue: RuleCatalogue = .builtin) {
        let enabled = configuration.enabledRules(in: catalogue)
        let custom = configuration.customRules
        codes = catalogue.rules.map(\.code) + custom.map(\.code)
        names = catalogue.rules.map(\.name) + custom.map(\.id)
        severities = codes.map { enabled[$0] }
        builtinCount = catalogue.rules.count
    }

    package func isEnabled(_ rule: RuleID) -> Bool { rule.index < severities.count && severities[rule.index] != nil }

    /// The custom rule at `index` of the configuration's list.
    package func customRule(at index: Int) -> RuleID { RuleID(rawValue: UInt16(truncatingIfNeeded: builtinCount + index)) }

    /// Ids come from the generated rules and `customRule(at:)`; another has no code of its own.
    package func code(of rule: RuleID) -> String { rule.index < codes.count ? codes[rule.index] : "rule-\(rule.rawValue)" }

    package func name(of rule: RuleID) -> String { rule.index < names.count ? names[rule.index] : code(of: rule).lowercased() }

    /// The severity it is reported with (an unknown id, which no rule creates, as an error).
    package func severity(of rule: RuleID) -> Severity { (rule.index < severities.count ? severities[rule.index] : nil) ?? .error }
}
