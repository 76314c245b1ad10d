import Foundation
import Yams

/// Reads the rule set from `rules/*.yml` (the single source of truth) and renders it as Swift.
///
/// Only the generator and the staleness test use this; the binary carries the rendered data.
package enum RuleDataLoader {
    package struct LoadError: Error, CustomStringConvertible {
        package let description: String
    }

    /// Loads every `*.yml` file directly inside `directory`, sorted by code.
    package static func load(directory: URL) throws -> [RuleDescription] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".yml") }
            .sorted()
        var rules: [RuleDescription] = []
        for name in names {
            let url = directory.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            do {
                let file = try YAMLDecoder().decode(RuleFile.self, from: text)
                rules.append(try file.description(fileName: name))
            } catch let error as LoadError {
                throw error
            } catch {
                throw LoadError(description: "\(name): \(error)")
            }
        }
        let codes = rules.map(\.code)
        if Set(codes).count != codes.count { throw LoadError(description: "duplicate rule codes in rules/") }
        let names2 = rules.map(\.name)
        if Set(names2).count != names2.count { throw LoadError(description: "duplicate rule names in rules/") }
        return rules.sorted { $0.code < $1.code }
    }

    struct RuleFile: Decodable {
        struct Docs: Decodable {
            let what: String
            let why: String
            let example: String
            let instead: String
        }

        struct Example: Decodable {
            let input: String
            let fixed: String?
            let file: String?
            let config: String?
            let messages: [String]?

            enum CodingKeys: String, CodingKey { case input, fixed, file, config, messages }

            init(from decoder: any Decoder) throws {
                if let text = try? decoder.singleValueContainer().decode(String.self) {
                    input = text
                    fixed = nil
                    file = nil
                    config = nil
                    messages = nil
                    return
                }
                let container = try decoder.container(keyedBy: CodingKeys.self)
                input = try container.decode(String.self, forKey: .input)
                fixed = try container.decodeIfPresent(String.self, forKey: .fixed)
                file = try container.decodeIfPresent(String.self, forKey: .file)
                config = try container.decodeIfPresent(String.self, forKey: .config)
                messages = try container.decodeIfPresent([String].self, forKey: .messages)
            }

            var example: RuleExample {
                RuleExample(input: input, fixed: fixed, fileName: file ?? "example.json", configuration: config, messages: messages)
            }
        }

        let code: String
        let name: String
        let severity: String
        let enabled: Bool?
        let fix: String
        let summary: String
        let messages: [String: String]
        let docs: Docs
        let triggering: [Example]
        let nonTriggering: [Example]

        enum CodingKeys: String, CodingKey {
            case code, name, severity, enabled, fix, summary, messages, docs, triggering
            case nonTriggering = "non-triggering"
        }

        func description(fileName: String) throws -> RuleDescription {
            guard let severity = Severity(rawValue: severity) else {
                throw LoadError(description: "\(fileName): unknown severity '\(self.severity)'")
            }
            guard let fix = FixAvailability(rawValue: fix) else {
                throw LoadError(description: "\(fileName): unknown fix availability '\(self.fix)'")
            }
            guard fileName == "\(code)-\(name).yml" else {
                throw LoadError(description: "\(fileName): file must be named \(code)-\(name).yml")
            }
            return RuleDescription(
                code: code, name: name, defaultSeverity: severity, isEnabledByDefault: enabled ?? true,
                fixAvailability: fix, summary: summary.trimmingCharacters(in: .whitespacesAndNewlines),
                messages: messages,
                documentation: RuleDocumentation(
                    whatItDoes: docs.what.trimmingCharacters(in: .whitespacesAndNewlines),
                    whyItMatters: docs.why.trimmingCharacters(in: .whitespacesAndNewlines),
                    example: docs.example,
                    useInstead: docs.instead),
                triggeringExamples: triggering.map(\.example),
                nonTriggeringExamples: nonTriggering.map(\.example))
        }
    }

    // MARK: Catalogues

    struct EmailDomainsFile: Decodable {
        let providers: [String]
        let tldTypos: [String: String]
        let reserved: [String]

        enum CodingKeys: String, CodingKey {
            case providers, reserved
            case tldTypos = "tld-typos"
        }
    }

    /// Loads `catalogues/email-domains.yml` under the rules folder.
    package static func loadEmailDomains(directory: URL) throws -> EmailDomainCatalogue {
        let url = directory.appendingPathComponent("catalogues/email-domains.yml")
        let file = try YAMLDecoder().decode(EmailDomainsFile.self, from: String(contentsOf: url, encoding: .utf8))
        for domain in file.providers + file.reserved where domain != domain.lowercased() {
            throw LoadError(description: "email-domains.yml: '\(domain)' must be lower-case")
        }
        return EmailDomainCatalogue(providers: file.providers, topLevelTypos: file.tldTypos, reserved: file.reserved)
    }

    struct SkillsFile: Decodable {
        let skills: [String: [String]]
    }

    /// Loads `catalogues/skills.yml`, checking that every id and alias is in canonical text form,
    /// that no alias maps to two skills and that no alias is another skill's id.
    package static func loadSkills(directory: URL) throws -> SkillCatalogue {
        let url = directory.appendingPathComponent("catalogues/skills.yml")
        let file = try YAMLDecoder().decode(SkillsFile.self, from: String(contentsOf: url, encoding: .utf8))
        var owner: [String: String] = [:]
        for id in file.skills.keys.sorted() {
            guard SkillCatalogue.textForm(id) == id else {
                throw LoadError(description: "skills.yml: '\(id)' is not in canonical form")
            }
            for alias in file.skills[id] ?? [] {
                guard SkillCatalogue.textForm(alias) == alias else {
                    throw LoadError(description: "skills.yml: alias '\(alias)' of '\(id)' is not in canonical form")
                }
                if file.skills[alias] != nil {
                    throw LoadError(description: "skills.yml: alias '\(alias)' of '\(id)' is itself a skill id")
                }
                if let other = owner[alias], other != id {
                    throw LoadError(description: "skills.yml: alias '\(alias)' maps to both '\(other)' and '\(id)'")
                }
                owner[alias] = id
            }
        }
        return SkillCatalogue(skills: file.skills)
    }

    static func skillDictionary(_ skills: [String: [String]]) -> String {
        "[\n" + skills.keys.sorted().map { id in
            "            \(literal(id)): [\((skills[id] ?? []).map(literal).joined(separator: ", "))],\n"
        }.joined() + "        ]"
    }

    /// The Swift source of the built-in catalogues.
    package static func renderCataloguesSwift(emailDomains: EmailDomainCatalogue, skills: SkillCatalogue) -> String {
        """
        // Generated by `swift run generate-rules` from rules/catalogues/*.yml. Do not edit by hand.

        extension EmailDomainCatalogue {
            package static let builtin = EmailDomainCatalogue(
                providers: \(stringArray(emailDomains.providers)),
                topLevelTypos: \(stringDictionary(emailDomains.topLevelTypos)),
                reserved: \(stringArray(emailDomains.reserved)))
        }

        extension SkillCatalogue {
            package static let builtin = SkillCatalogue(skills: \(skillDictionary(skills.skills)))
        }

        """
    }

    static func stringArray(_ values: [String]) -> String {
        "[\n" + values.map { "            \(literal($0)),\n" }.joined() + "        ]"
    }

    static func stringDictionary(_ values: [String: String]) -> String {
        "[\n" + values.keys.sorted().map { "            \(literal($0)): \(literal(values[$0] ?? "")),\n" }.joined() + "        ]"
    }

    // MARK: Rendering

    /// The Swift source of `RuleCatalogue.builtinRules`.
    package static func renderSwift(_ rules: [RuleDescription]) -> String {
        var out = """
        // Generated by `swift run generate-rules` from rules/*.yml. Do not edit by hand:
        // edit rules/ and run the generator; a test fails when this file is stale.

        extension RuleCatalogue {
            static let builtinRules: [RuleDescription] = [

        """
        for rule in rules {
            out += "        RuleDescription(\n"
            out += "            code: \(literal(rule.code)),\n"
            out += "            name: \(literal(rule.name)),\n"
            out += "            defaultSeverity: .\(rule.defaultSeverity.rawValue),\n"
            out += "            isEnabledByDefault: \(rule.isEnabledByDefault),\n"
            out += "            fixAvailability: .\(rule.fixAvailability.rawValue),\n"
            out += "            summary: \(literal(rule.summary)),\n"
            if rule.messages.isEmpty {
                out += "            messages: [:],\n"
            } else {
                out += "            messages: [\n"
                for key in rule.messages.keys.sorted() {
                    out += "                \(literal(key)): \(literal(rule.messages[key] ?? "")),\n"
                }
                out += "            ],\n"
            }
            out += "            documentation: RuleDocumentation(\n"
            out += "                whatItDoes: \(literal(rule.documentation.whatItDoes)),\n"
            out += "                whyItMatters: \(literal(rule.documentation.whyItMatters)),\n"
            out += "                example: \(literal(rule.documentation.example)),\n"
            out += "                useInstead: \(literal(rule.documentation.useInstead))),\n"
            out += "            triggeringExamples: \(render(rule.triggeringExamples)),\n"
            out += "            nonTriggeringExamples: \(render(rule.nonTriggeringExamples))),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    /// The Swift source of each built-in rule's typed messages: one constructor per message of
    /// `rules/`, with one `String` parameter per placeholder, so a rule cannot leave one out or
    /// misspell it. The rule types are named after the rules (`blank-value` → `BlankValueRule`).
    package static func renderMessagesSwift(_ rules: [RuleDescription]) -> String {
        var out = """
        // Generated by `swift run generate-rules` from rules/*.yml. Do not edit by hand:
        // edit rules/ and run the generator; a test fails when this file is stale.

        """
        for (index, rule) in rules.enumerated() {
            out += "\nextension \(typeName(of: rule.name)) {\n"
            out += "    /// \(rule.code)'s index in the built-in catalogue.\n"
            out += "    package static let id = RuleID(rawValue: \(index))\n"
            guard !rule.messages.isEmpty else {
                out += "}\n"
                continue
            }
            out += "\n    /// \(rule.code)'s messages (rules/\(rule.code)-\(rule.name).yml).\n"
            out += "    enum Message {\n"
            for key in rule.messages.keys.sorted() {
                let template = MessageTemplate(rule.messages[key] ?? "")
                var body = "\""
                for segment in template.segments {
                    switch segment {
                    case .text(let text): body += literal(text).dropFirst().dropLast()
                    case .placeholder(let name): body += "\\(\(name))"
                    }
                }
                body += "\""
                let name = identifier(of: key)
                let declared = name == "default" ? "`default`" : name
                out += "        /// \(literal(rule.messages[key] ?? ""))\n"
                if template.placeholders.isEmpty {
                    out += "        static let \(declared) = \(body)\n"
                } else {
                    let parameters = template.placeholders.map { "\($0): String" }.joined(separator: ", ")
                    out += "        static func \(declared)(\(parameters)) -> String { \(body) }\n"
                }
            }
            out += "    }\n}\n"
        }
        return out
    }

    /// `blank-value` → `BlankValueRule`; `json-syntax` → `JSONSyntaxRule`.
    static func typeName(of ruleName: String) -> String {
        ruleName.split(separator: "-").map { word in
            word == "json" ? "JSON" : word.prefix(1).uppercased() + word.dropFirst()
        }.joined() + "Rule"
    }

    /// `help-candidate-list` → `helpCandidateList`.
    static func identifier(of key: String) -> String {
        let words = key.split(separator: "-")
        return (words.first.map(String.init) ?? "") + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    private static func render(_ examples: [RuleExample]) -> String {
        if examples.isEmpty { return "[]" }
        var out = "[\n"
        for example in examples {
            var arguments = ["input: \(literal(example.input))"]
            if let fixed = example.fixed { arguments.append("fixed: \(literal(fixed))") }
            if example.fileName != "example.json" { arguments.append("fileName: \(literal(example.fileName))") }
            if let configuration = example.configuration {
                arguments.append("configuration: \(literal(configuration))")
            }
            if let messages = example.messages {
                arguments.append("messages: [\(messages.map(literal).joined(separator: ", "))]")
            }
            out += "                RuleExample(\(arguments.joined(separator: ", "))),\n"
        }
        out += "            ]"
        return out
    }

    /// A Swift string literal; non-ASCII text stays readable, control characters are escaped.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.generalCategory == .format {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
