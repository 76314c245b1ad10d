import Foundation
import Testing
@testable import IngestLint

@Suite("Rule catalogue")
struct RuleCatalogueTests {
    @Test("The generated Swift table matches rules/*.yml")
    func generatedTableIsCurrent() throws {
        let rules = try RuleDataLoader.load(directory: PackagePaths.root.appendingPathComponent("rules"))
        let generated = PackagePaths.root.appendingPathComponent(
            "Sources/IngestLint/Rules/Generated/RuleCatalogue+Builtin.generated.swift")
        let committed = try String(contentsOf: generated, encoding: .utf8)
        #expect(committed == RuleDataLoader.renderSwift(rules), "run `swift run generate-rules` after editing rules/")
        #expect(rules == RuleCatalogue.builtin.rules)
        let messages = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Sources/IngestLint/Rules/Generated/RuleMessages.generated.swift"),
            encoding: .utf8)
        #expect(messages == RuleDataLoader.renderMessagesSwift(rules), "run `swift run generate-rules` after editing rules/")
        let catalogues = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("Sources/IngestLint/Rules/Generated/Catalogues.generated.swift"),
            encoding: .utf8)
        let emailDomains = try RuleDataLoader.loadEmailDomains(directory: PackagePaths.root.appendingPathComponent("rules"))
        let skills = try RuleDataLoader.loadSkills(directory: PackagePaths.root.appendingPathComponent("rules"))
        #expect(catalogues == RuleDataLoader.renderCataloguesSwift(emailDomains: emailDomains, skills: skills))
        #expect(skills == SkillCatalogue.builtin)
        #expect(emailDomains == EmailDomainCatalogue.builtin)
        let reference = try String(contentsOf: PackagePaths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(reference == RuleCatalogueRenderer.reference(.builtin), "run `swift run generate-rules` after editing rules/")
    }

    @Test("Every rule check has its data and every rule datum has a check")
    func checksAndDataAgree() {
        let checkCodes = BuiltinRules.all.map { type(of: $0).code }
        #expect(checkCodes == RuleCatalogue.builtin.rules.map(\.code))
        #expect(Set(checkCodes).count == checkCodes.count)
    }

    @Test("Codes and names have the documented shapes", arguments: RuleCatalogue.builtin.rules.map(\.code))
    func shapes(code: String) throws {
        let rule = try #require(RuleCatalogue.builtin[code])
        #expect(rule.code.wholeMatch(of: /IL[1-7][0-9]{2}/) != nil)
        #expect(rule.name.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil)
        #expect(!rule.summary.isEmpty)
        #expect(!rule.documentation.whatItDoes.isEmpty)
        #expect(!rule.documentation.whyItMatters.isEmpty)
        #expect(!rule.triggeringExamples.isEmpty, "\(rule.code) needs a triggering example")
        #expect(!rule.nonTriggeringExamples.isEmpty, "\(rule.code) needs a non-triggering example")
        // Messages the code fills must not leave a placeholder the data forgot.
        #expect(rule.messages.values.allSatisfy { !$0.isEmpty })
    }

    @Test("Lookup by code or name, case-insensitive code")
    func lookup() {
        #expect(RuleCatalogue.builtin.rule(named: "IL206")?.name == "misplaced-field")
        #expect(RuleCatalogue.builtin.rule(named: "il206")?.name == "misplaced-field")
        #expect(RuleCatalogue.builtin.rule(named: "misplaced-field")?.code == "IL206")
        #expect(RuleCatalogue.builtin.rule(named: "IL999") == nil)
    }

    @Test("Message templates: only {letters-and-digits} is a placeholder; other braces are text")
    func templates() {
        #expect(MessageTemplate("'{key}' in {level}").segments == [.text("'"), .placeholder("key"), .text("' in "), .placeholder("level")])
        #expect(MessageTemplate("{key} and {key}").placeholders == ["key"])
        #expect(MessageTemplate("no braces").segments == [.text("no braces")])
        #expect(MessageTemplate("{\"json\": 1} {key}").segments == [.text("{\"json\": 1} "), .placeholder("key")])
        #expect(MessageTemplate("{} {1a} {a b} {").placeholders.isEmpty)
        #expect(MessageTemplate("{codePoint2}").placeholders == ["codePoint2"])
    }

    @Test("Generated message constructors fill every placeholder, byte for byte as the template")
    func generatedMessages() {
        #expect(BlankValueRule.Message.empty(field: "name") == "'name' is an empty string")
        #expect(UnknownFieldRule.Message.helpConflictExisting(suggestion: "email").components(separatedBy: "'email'").count == 3)
        #expect(PayloadNotObjectRule.Message.helpCandidateList == RuleCatalogue.builtin["IL103"]?.messages["help-candidate-list"])
        #expect(SuspiciousNameRule.Message.reasonControl(codePoint: "U+0007").contains("U+0007"))
    }

    @Test("Each rule's generated id is its index in the catalogue; custom rules follow the built-ins")
    func ruleIDs() throws {
        for rule in BuiltinRules.all {
            #expect(RuleCatalogue.builtin.rules[type(of: rule).id.index].code == type(of: rule).code)
        }
        let configuration = try ConfigurationLoader.parse(
            text: "custom-rules:\n  - {id: ats, target: candidate, field: metadata/ats, required: true}\n", file: ".ingestlint.yml")
        let table = RuleTable(configuration: configuration)
        let custom = table.customRule(at: 0)
        #expect(custom.index == RuleCatalogue.builtin.rules.count)
        #expect(table.code(of: custom) == "custom/ats")
        #expect(table.name(of: custom) == "ats")
        #expect(table.severity(of: custom) == .warning)
        #expect(table.isEnabled(BlankValueRule.id))
        #expect(!table.isEnabled(TooManyCandidatesRule.id))
    }

    @Test("Default selection leaves off-by-default rules out; severities and ignore apply")
    func selection() {
        var configuration = Configuration()
        #expect(configuration.enabledRules()["IL209"] == nil)
        #expect(configuration.enabledRules()["IL205"] == .warning)
        configuration.severities = ["IL209": .on(.warning), "unknown-field": .on(.error), "IL207": .off]
        configuration.ignore = ["IL210"]
        let enabled = configuration.enabledRules()
        #expect(enabled["IL209"] == .warning)
        #expect(enabled["IL205"] == .error)
        #expect(enabled["IL207"] == nil)
        #expect(enabled["IL210"] == nil)
        configuration = Configuration()
        configuration.select = ["all"]
        configuration.ignore = ["IL209"]
        #expect(configuration.enabledRules().count == RuleCatalogue.builtin.rules.count - 1)
    }
}
