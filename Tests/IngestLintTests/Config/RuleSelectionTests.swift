import Testing
@testable import IngestLint

/// `Configuration.enabledRules`: the one precedence (README "Which rules run").
@Suite("Rule selection precedence")
struct RuleSelectionTests {
    static let customRules = """
        custom-rules:
          - {id: ats-id, target: candidate, field: metadata/ats, required: true}
          - {id: quiet, target: payload, field: status, required: true, severity: off}

        """

    static func enabled(_ yaml: String, select: [String]? = nil, ignore: [String] = []) throws -> [String: Severity] {
        var configuration = try ConfigurationLoader.parse(text: yaml, file: ".ingestlint.yml")
        configuration.commandLineSelect = select
        configuration.commandLineIgnore = ignore
        return configuration.enabledRules()
    }

    static let defaultCodes = Set(RuleCatalogue.builtin.rules.filter(\.isEnabledByDefault).map(\.code))

    @Test func theDefaultSelectionIsTheOnByDefaultRulesAndTheCustomRules() throws {
        let enabled = try Self.enabled(Self.customRules)
        #expect(Set(enabled.keys) == Self.defaultCodes.union(["custom/ats-id"]))
        #expect(enabled["custom/ats-id"] == .warning)
    }

    @Test func aSeverityOrMaxCandidatesAddsToTheDefaultSelectionOnly() throws {
        let added = try Self.enabled("max-candidates: 9\nrules:\n  severity: {IL209: warning, unknown-skill: info}\n")
        #expect(added["IL209"] == .warning && added["IL503"] == .info && added["IL700"] == .warning)
        let explicit = try Self.enabled("max-candidates: 9\nrules:\n  select: [IL200]\n  severity: {IL209: warning, IL200: warning}\n")
        #expect(explicit == ["IL200": .warning])
        let commandLine = try Self.enabled("max-candidates: 9\nrules:\n  severity: {IL209: warning}\n", select: ["IL603"])
        #expect(commandLine == ["IL603": .warning])
    }

    @Test func ignoreAndOffTakeRulesOutAndIgnoreWinsOverSeverity() throws {
        let enabled = try Self.enabled("rules:\n  select: [all]\n  ignore: [IL209, ats-id]\n  severity: {IL209: info, IL207: off}\n" + Self.customRules)
        #expect(enabled["IL209"] == nil && enabled["IL207"] == nil && enabled["custom/ats-id"] == nil)
        #expect(enabled["IL503"] == .info && enabled["custom/quiet"] == .warning, "all is every rule")
    }

    @Test func commandLineSelectReplacesTheConfigurationsChoiceCompletely() throws {
        let yaml = "rules:\n  select: [IL200]\n  ignore: [IL206]\n  severity: {IL207: off, IL206: error}\n" + Self.customRules
        let enabled = try Self.enabled(yaml, select: ["IL206", "IL207", "custom/quiet"])
        #expect(enabled == ["IL206": .error, "IL207": .warning, "custom/quiet": .warning])
        let ignored = try Self.enabled(yaml, select: ["all"], ignore: ["IL206", "quiet"])
        #expect(ignored["IL206"] == nil && ignored["custom/quiet"] == nil && ignored["custom/ats-id"] == .warning)
    }

    @Test func commandLineIgnoreAddsToTheConfigurations() throws {
        let enabled = try Self.enabled("rules:\n  ignore: [IL206]\n", ignore: ["IL205"])
        #expect(Set(enabled.keys) == Self.defaultCodes.subtracting(["IL205", "IL206"]))
    }

    @Test func namesResolveToCodes() {
        let names = RuleNames(customIDs: ["ats-id"])
        #expect(names.code(of: "il205") == "IL205")
        #expect(names.code(of: "unknown-field") == "IL205")
        #expect(names.code(of: "ats-id") == "custom/ats-id")
        #expect(names.code(of: "custom/ats-id") == "custom/ats-id")
        #expect(names.code(of: "custom/IL205") == nil)
        #expect(names.code(of: "ats") == nil)
        #expect(names.suggestion(for: "custom/atsid") == "custom/ats-id")
        #expect(names.suggestion(for: "misplace-field") == "misplaced-field")
        #expect(names.suggestion(for: "IL999") == nil, "one edit at most for a five-character name")
    }
}
