/// Which rules run, and how loud: the one precedence every path follows (README
/// "Configuration"; SPEC §4, §7, §8), as ruff layers its settings.
///
/// 1. The configuration picks the rules. With `rules.select`, exactly those (`all` is every
///    built-in and custom rule). Without it, the default selection: every rule on by default,
///    every custom rule not written `severity: off`, an off-by-default rule given a severity in
///    `rules.severity` (SPEC §7's `unknown-skill: info`), and IL700 when `max-candidates` is set.
///    Then `rules.ignore` and the rules whose `rules.severity` is `off` are taken out.
/// 2. The command line wins: `--select` replaces the configuration's choice completely (its
///    select, ignore and `off` included); `--ignore` is taken out of what is left.
/// 3. `rules.severity` then sets how loud each selected rule is; it never adds a rule to an
///    explicit selection.
extension Configuration {
    /// The names rules are known by in this configuration.
    package var ruleNames: RuleNames {
        RuleNames(customIDs: customRules.map(\.id))
    }

    /// The severity of every enabled rule, by code.
    package func enabledRules(in catalogue: RuleCatalogue = .builtin) -> [String: Severity] {
        let names = RuleNames(catalogue: catalogue, customIDs: customRules.map(\.id))
        func codes(_ list: [String]) -> Set<String> {
            var result: Set<String> = []
            for name in list {
                if RuleNames.isAll(name) {
                    result.formUnion(names.allCodes)
                } else if let code = names.code(of: name) {
                    result.insert(code)
                }
            }
            return result
        }
        var configured: [String: SeveritySetting] = [:]
        for (name, setting) in severities {
            if let code = names.code(of: name) { configured[code] = setting }
        }

        var selected: Set<String>
        if let select {
            selected = codes(select)
        } else {
            selected = Set(catalogue.rules.filter(\.isEnabledByDefault).map(\.code))
            for rule in catalogue.rules where !rule.isEnabledByDefault {
                if case .on = configured[rule.code] { selected.insert(rule.code) }
            }
            // `max-candidates` is what IL700 checks against: setting it asks for the rule.
            if maxCandidates != nil, catalogue[TooManyCandidatesRule.code] != nil {
                selected.insert(TooManyCandidatesRule.code)
            }
            selected.formUnion(customRules.filter(\.isEnabledByDefault).map(\.code))
        }
        selected.subtract(codes(ignore))
        selected.subtract(configured.filter { $0.value == .off }.map(\.key))

        if let commandLineSelect { selected = codes(commandLineSelect) }
        selected.subtract(codes(commandLineIgnore))

        var enabled: [String: Severity] = [:]
        for code in selected {
            let standard = catalogue[code]?.defaultSeverity ?? customRules.first { $0.code == code }?.severity
            guard let standard else { continue }
            if case .on(let severity) = configured[code] {
                enabled[code] = severity
            } else {
                enabled[code] = standard
            }
        }
        return enabled
    }
}
