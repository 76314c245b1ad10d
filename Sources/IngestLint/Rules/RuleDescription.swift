/// Which fixes a rule can offer.
public enum FixAvailability: String, Sendable, Codable {
    case none, safe, unsafe
}

/// A rule example from `rules/`: `↓` marks where each expected finding starts.
public struct RuleExample: Sendable, Equatable {
    public static let marker: Character = "↓"

    /// The example text with its `↓` markers.
    public let input: String
    /// The expected text after applying the rule's fixes, when the example shows one.
    public let fixed: String?
    /// File name the example is linted as (its extension picks JSON or JSON Lines).
    public let fileName: String
    /// Extra configuration (YAML) the example needs, e.g. to enable an off-by-default rule.
    public let configuration: String?
    /// The messages the findings must have, in the order of their markers, when the example
    /// pins them.
    public let messages: [String]?

    public init(
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
public struct RuleDocumentation: Sendable, Equatable {
    public let whatItDoes: String
    public let whyItMatters: String
    public let example: String
    public let useInstead: String

    public init(whatItDoes: String, whyItMatters: String, example: String, useInstead: String) {
        self.whatItDoes = whatItDoes
        self.whyItMatters = whyItMatters
        self.example = example
        self.useInstead = useInstead
    }
}

/// Everything about a rule except its check, as read from `rules/`.
public struct RuleDescription: Sendable, Equatable {
    public let code: String
    public let name: String
    public let defaultSeverity: Severity
    public let isEnabledByDefault: Bool
    public let fixAvailability: FixAvailability
    public let summary: String
    /// Message templates by key, as in `rules/`; built-in rules build their messages with the
    /// constructors generated from them (`BlankValueRule.Message.empty(field:)`).
    public let messages: [String: String]
    public let documentation: RuleDocumentation
    public let triggeringExamples: [RuleExample]
    public let nonTriggeringExamples: [RuleExample]

    public init(
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
public struct RuleCatalogue: Sendable {
    public let rules: [RuleDescription]
    private let byCode: [String: Int]
    private let byName: [String: Int]

    public init(rules: [RuleDescription]) {
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

    public static let builtin = RuleCatalogue(rules: builtinRules)

    /// Finds a rule by code (`IL300`, case-insensitive) or name (`invalid-email`).
    public func rule(named codeOrName: String) -> RuleDescription? {
        if let index = byCode[codeOrName.uppercased()] ?? byName[codeOrName.lowercased()] {
            return rules[index]
        }
        return nil
    }

    public subscript(code: String) -> RuleDescription? {
        byCode[code].map { rules[$0] }
    }
}
