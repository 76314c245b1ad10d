/// The names a run knows its rules by: each built-in rule's code (any case) and name, and each
/// custom rule of the configuration as `ID` and as `custom/ID` (SPEC §8).
package struct RuleNames: Sendable {
    package static let customPrefix = "custom/"

    package let catalogue: RuleCatalogue
    package let customIDs: [String]

    package init(catalogue: RuleCatalogue = .builtin, customIDs: [String] = []) {
        self.catalogue = catalogue
        self.customIDs = customIDs
    }

    /// `all`, in any case, stands for every rule.
    package static func isAll(_ name: String) -> Bool { name.lowercased() == "all" }

    /// The code `name` stands for (`unknown-field` → `IL205`, `ats-id` → `custom/ats-id`), or nil.
    package func code(of name: String) -> String? {
        if let rule = catalogue.rule(named: name) { return rule.code }
        let id = name.hasPrefix(Self.customPrefix) ? String(name.dropFirst(Self.customPrefix.count)) : name
        return customIDs.contains(id) ? Self.customPrefix + id : nil
    }

    /// Every code, built-in then custom: what `all` selects.
    package var allCodes: [String] {
        catalogue.rules.map(\.code) + customIDs.map { Self.customPrefix + $0 }
    }

    /// The "did you mean" for a name no rule has: among the custom rules' `custom/ID` forms when
    /// it is written that way, else among codes, names and custom ids.
    package func suggestion(for name: String) -> String? {
        let candidates = name.lowercased().hasPrefix(Self.customPrefix)
            ? customIDs.map { Self.customPrefix + $0 }
            : catalogue.rules.map(\.code) + catalogue.rules.map(\.name) + customIDs
        return Suggestion.didYouMean(name, in: candidates)
    }

    /// `unknown rule 'x' in --select (did you mean 'y'?)`, the sentence every unknown name gets.
    package func unknownRuleMessage(_ name: String, in place: String) -> String {
        "unknown rule '\(name)' in \(place)" + (suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? "")
    }
}
