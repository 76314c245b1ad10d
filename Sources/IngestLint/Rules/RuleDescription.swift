/// Which fixes a rule can offer.
package enum FixAvailability: String, Sendable, Codable {
    case none, safe, unsafe
}

/// A rule example from `rules/`: `↓` marks where each expected finding starts.
package struct RuleExample: Sendable, Equatable {
    package static let marker: Character = "↓"

    /// The example text with its `↓` markers.
    package let input: String
    /// The expected text after applying the rule's fixes, when the example shows one.
    package let fixed: String?
    /// File name the example is linted as (its extension picks JSON or JSON Lines).
    package let fileName: String
    /// Extra configuration (YAML) the example needs, e.g. to enable an off-by-default rule.
    package let configuration: String?
    /// The messages the findings must have, in the order of their markers, when the example
    /// pins them.
    package let messages: [String]?

    package init(
        input: String, fixed: String? = nil, fileName: String = "example.json", configuration: String? = nil,
        messages: [String]? = nil
    ) {
        self.input = input
        self.fixed = fixed
        self.fileName = fileName
        self.configuration = configuration
        self.messages = messages
    }
}

/// The documentation of a rule, in ruff's template.
package struct RuleDocumentation: Sendable, Equatable {
    package let whatItDoes: String
    package let whyItMatters: String
    package let example: String
    package let useInstead: String

    package init(whatItDoes: String, whyItMatters: String, example: String, useInstead: String) {
        self.whatItDoes = whatItDoes
        self.whyItMatters = whyItMatters
        self.example = example
        self.useInstead = useInstead
    }
}

/// Everything about a rule except its check, as read from `rules/`.
package struct RuleDescription: Sendable, Equatable {
    package let code: String
    package let name: String
    package let defaultSeverity: Severity
    package let isEnabledByDefault: Bool
    package let fixAvailability: FixAvailability
    package let summary: String
    /// Message templates by key, as in `rules/`; built-in rules build their messages with the
    /// constructors generated from them (`BlankValueRule.Message.empty(field:)`).
    package let messages: [String: String]
    package let documentation: RuleDocumentation
    package let triggeringExamples: [RuleExample]
    package let nonTriggeringExamples: [RuleExample]

    package init(
        code: String, name: String, defaultSeverity: Severity, isEnabledByDefault: Bool,
        fixAvailability: FixAvailability, summary: String, messages: [String: String],
        documentation: RuleDocumentation, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.code = code
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.isEnabledByDefault = isEnabledByDefault
        self.fixAvailability = fixAvailability
        self.summary = summary
        self.messages = messages
        self.documentation = documentation
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// The built-in rule set: generated from `rules/` into `RuleCatalogue+Builtin.generated.swift`.
package struct RuleCatalogue: Sendable {
    package let rules: [RuleDescription]
    private let byCode: [String: Int]
    private let byName: [String: Int]

    package init(rules: [RuleDescription]) {
        self.rules = rules.sorted { $0.code < $1.code }
        var byCode: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, rule) in self.rules.enumerated() {
            byCode[rule.code] = index
            byName[rule.name] = index
        }
        self.byCode = byCode
        self.byName = byName
    }

    package static let builtin = RuleCatalogue(rules: builtinRules)

    /// Finds a rule by code (`IL300`, case-insensitive) or name (`invalid-email`).
    package func rule(named codeOrName: String) -> RuleDescription? {
        if let index = byCode[codeOrName.uppercased()] ?? byName[codeOrName.lowercased()] {
            return rules[index]
        }
        return nil
    }

    package subscript(code: String) -> RuleDescription? {
        byCode[code].map { rules[$0] }
    }
}
