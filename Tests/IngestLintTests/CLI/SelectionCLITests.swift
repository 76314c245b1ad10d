import Foundation
import Testing

/// Which rules run (issue 11, items 1–4; README "Which rules run"), through the binary.
@Suite("Rule selection through the CLI")
struct SelectionCLITests {
    /// Two candidates, one without `metadata."External ID"`, a misspelt skill catalogue entry
    /// (`reactt`, IL503 when enabled), a key unknown to the schema (IL205) and skills on a
    /// candidate (IL206).
    static let payload = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "skills": ["reactt"],
          "data": [
            {"name": "Ada Lovelace", "email": "ada@lovelace.dev", "phon": "1", "metadata": {"External ID": "candidate_1"}},
            {"name": "Grace Hopper", "email": "grace@navy-labs.org", "skills": ["cobol"]}
          ]
        }

        """#

    static let customRule = """
        custom-rules:
          - id: ats-id
            target: candidate
            field: metadata/External ID
            required: true

        """

    /// The `[CODE …]` tags of the findings, in report order.
    static func codes(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line -> String? in
            guard let open = line.lastIndex(of: "["), line.hasSuffix("]"), line.contains(": ") else { return nil }
            return String(line[line.index(after: open)...].dropLast().split(separator: " ")[0])
        }
    }

    func run(_ configuration: String?, _ arguments: [String]) async throws -> (codes: [String], outcome: ExternalProcess.Outcome) {
        var files = ["p.json": Self.payload]
        if let configuration { files["c.yml"] = configuration }
        let workspace = try CLIWorkspace(files: files)
        let config = configuration == nil ? ["--no-config"] : ["-c", "c.yml"]
        let outcome = try await workspace.run(config + ["--color", "never"] + arguments + ["p.json"])
        return (Self.codes(outcome.output), outcome)
    }

    // MARK: 1. --select replaces the selection, completely

    @Test func selectLeavesConfiguredCustomRulesOut() async throws {
        let all = try await run(Self.customRule, [])
        #expect(all.codes.contains("custom/ats-id"), "\(all.outcome.transcript)")
        let selected = try await run(Self.customRule, ["--select", "IL206"])
        #expect(selected.codes == ["IL206"], "\(selected.outcome.transcript)")
    }

    @Test func selectLeavesIL700OutEvenWithMaxCandidates() async throws {
        let configuration = "max-candidates: 1\n"
        let byDefault = try await run(configuration, [])
        #expect(byDefault.codes.contains("IL700"), "max-candidates asks for IL700: \(byDefault.outcome.transcript)")
        let selected = try await run(configuration, ["--select", "IL206"])
        #expect(selected.codes == ["IL206"], "\(selected.outcome.transcript)")
        let named = try await run(configuration, ["--select", "IL206,IL700"])
        #expect(named.codes.sorted() == ["IL206", "IL700"], "\(named.outcome.transcript)")
    }

    @Test func severityDoesNotAddARuleToAnExplicitSelection() async throws {
        let configured = try await run("rules:\n  select: [IL206]\n  severity: {IL205: error, unknown-skill: info}\n", [])
        #expect(configured.codes == ["IL206"], "\(configured.outcome.transcript)")
        let commandLine = try await run("rules:\n  severity: {IL205: error, unknown-skill: info}\n", ["--select", "IL206"])
        #expect(commandLine.codes == ["IL206"], "\(commandLine.outcome.transcript)")
        #expect(commandLine.outcome.status == 0, "IL205 as an error must not run: \(commandLine.outcome.transcript)")
    }

    @Test func aSeverityEnablesAnOffByDefaultRuleInTheDefaultSelection() async throws {
        let plain = try await run("fail-on: error\n", [])
        #expect(!plain.codes.contains("IL503"), "\(plain.outcome.transcript)")
        let enabled = try await run("rules:\n  severity: {unknown-skill: info, IL205: error}\n", [])
        #expect(enabled.codes.contains("IL503"), "\(enabled.outcome.transcript)")
        #expect(enabled.outcome.output.contains("error: unknown field 'phon'"), "severity sets how loud: \(enabled.outcome.transcript)")
    }

    @Test func commandLineSelectOverridesTheConfigurationsIgnoreAndOff() async throws {
        let ignored = try await run("rules:\n  ignore: [IL206]\n  severity: {IL205: off}\n", [])
        #expect(!ignored.codes.contains("IL206") && !ignored.codes.contains("IL205"), "\(ignored.outcome.transcript)")
        let selected = try await run("rules:\n  ignore: [IL206]\n  severity: {IL205: off}\n", ["--select", "IL205,IL206"])
        #expect(selected.codes.sorted() == ["IL205", "IL206"], "\(selected.outcome.transcript)")
    }

    @Test func commandLineIgnoreAddsToTheConfigurationsIgnore() async throws {
        let outcome = try await run("rules:\n  ignore: [IL206]\n  severity: {unknown-skill: info}\n", ["--ignore", "IL205"])
        #expect(outcome.codes == ["IL503"], "the other rules still run: \(outcome.outcome.transcript)")
    }

    // MARK: 2. Custom rules are rules everywhere

    @Test(arguments: ["ats-id", "custom/ats-id"])
    func configurationNamesACustomRuleEitherWay(name: String) async throws {
        let ignored = try await run(Self.customRule + "rules:\n  ignore: [\(name)]\n", [])
        #expect(ignored.outcome.status == 0, "\(ignored.outcome.transcript)")
        #expect(!ignored.codes.contains("custom/ats-id"), "\(ignored.outcome.transcript)")
        let louder = try await run(Self.customRule + "rules:\n  severity: {\(name): error}\n", [])
        #expect(louder.outcome.output.contains("error: metadata/External ID is required but missing [custom/ats-id]"), "\(louder.outcome.transcript)")
        #expect(louder.outcome.status == 1)
        let selected = try await run(Self.customRule + "rules:\n  select: [\(name)]\n", [])
        #expect(selected.codes == ["custom/ats-id"], "\(selected.outcome.transcript)")
    }

    @Test(arguments: ["ats-id", "custom/ats-id"])
    func commandLineNamesACustomRuleEitherWay(name: String) async throws {
        let selected = try await run(Self.customRule, ["--select", name])
        #expect(selected.codes == ["custom/ats-id"], "\(selected.outcome.transcript)")
        let ignored = try await run(Self.customRule, ["--ignore", name])
        #expect(!ignored.codes.contains("custom/ats-id") && !ignored.codes.isEmpty, "\(ignored.outcome.transcript)")
    }

    @Test func aCustomRuleWrittenOffRunsOnlyWhenNamed() async throws {
        let off = Self.customRule + "    severity: off\n"
        let byDefault = try await run(off, [])
        #expect(!byDefault.codes.contains("custom/ats-id"), "\(byDefault.outcome.transcript)")
        let named = try await run(off, ["--select", "ats-id"])
        #expect(named.codes == ["custom/ats-id"], "\(named.outcome.transcript)")
    }

    @Test(arguments: [
        (["--select", "custom/nope"], "unknown rule 'custom/nope' in --select (see"),
        (["--ignore", "custom/ats-di"], "unknown rule 'custom/ats-di' in --ignore (did you mean 'custom/ats-id'?)"),
        (["--select", "ats-di"], "unknown rule 'ats-di' in --select (did you mean 'ats-id'?)"),
    ])
    func unknownCustomRulesAreUsageErrors(arguments: [String], message: String) async throws {
        let result = try await run(Self.customRule, arguments)
        #expect(result.outcome.status == 2, "\(result.outcome.transcript)")
        #expect(result.outcome.output.isEmpty)
        #expect(result.outcome.error.contains(message), "\(result.outcome.transcript)")
    }

    @Test func anUnknownCustomRuleInTheConfigurationIsAnErrorWithItsLine() async throws {
        let result = try await run(Self.customRule + "rules:\n  ignore: [custom/ats-di]\n", [])
        #expect(result.outcome.status == 2, "\(result.outcome.transcript)")
        #expect(result.outcome.error.contains("c.yml:7: unknown rule 'custom/ats-di' in 'rules.ignore' (did you mean 'custom/ats-id'?)"), "\(result.outcome.transcript)")
    }

    @Test func rulesListsTheConfiguredCustomRules() async throws {
        let workspace = try CLIWorkspace(files: [".ingestlint.yml": Self.customRule + "    severity: error\n    message: every candidate needs its ATS id\n"])
        let text = try await workspace.run(["rules"])
        #expect(text.status == 0, "\(text.transcript)")
        let last = try #require(text.outputLines.last)
        #expect(last.hasPrefix("custom/ats-id  ats-id "), "\(text.transcript)")
        #expect(last.contains(" error ") && last.hasSuffix("every candidate needs its ATS id"), "\(text.transcript)")
        let json = try await workspace.run(["rules", "--format", "json"])
        let rules = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        #expect(rules.contains { $0["code"] as? String == "custom/ats-id" && $0["severity"] as? String == "error" })
        let without = try await workspace.run(["rules", "--no-config"])
        #expect(!without.output.contains("custom/"), "\(without.transcript)")
        let elsewhere = try await CLIWorkspace(files: ["c.yml": Self.customRule]).run(["rules", "-c", "c.yml"])
        #expect(elsewhere.output.contains("custom/ats-id  ats-id "), "\(elsewhere.transcript)")
    }

    @Test(arguments: ["ats-id", "custom/ats-id"])
    func explainShowsACustomRulesDefinition(name: String) async throws {
        let workspace = try CLIWorkspace(files: ["c.yml": "fail-on: error\n" + Self.customRule])
        let outcome = try await workspace.run(["explain", name, "-c", "c.yml"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.hasPrefix("custom/ats-id\nDefault: warning; no automatic fix\nDefined in c.yml, line 3\n"), "\(outcome.transcript)")
        #expect(outcome.output.contains("    - id: ats-id\n      target: candidate\n      field: \"metadata/External ID\"\n      required: true\n"), "\(outcome.transcript)")
        let unconfigured = try await workspace.run(["explain", name, "--no-config"])
        #expect(unconfigured.status == 2, "\(unconfigured.transcript)")
    }

    // MARK: 3. No silent empty gate; repeated flags accumulate

    @Test(arguments: [
        ["--select", ""], ["--ignore", ""], ["--select", "IL200,"], ["--select", "IL200,,IL206"], ["--select", " "],
    ])
    func anEmptyRuleNameIsAUsageError(arguments: [String]) async throws {
        let result = try await run(nil, arguments)
        #expect(result.outcome.status == 2, "\(result.outcome.transcript)")
        #expect(result.outcome.output.isEmpty, "nothing is linted: \(result.outcome.transcript)")
        #expect(result.outcome.error.hasPrefix("ingestlint: \(arguments[0]) got "), "\(result.outcome.transcript)")
    }

    @Test func aSelectionThatLeavesNoRuleIsAUsageError() async throws {
        let result = try await run(nil, ["--select", "IL206", "--ignore", "misplaced-field"])
        #expect(result.outcome.status == 2, "\(result.outcome.transcript)")
        #expect(result.outcome.error.contains("no rule is left to run"), "\(result.outcome.transcript)")
    }

    @Test func repeatedSelectAndIgnoreAccumulate() async throws {
        let selected = try await run(nil, ["--select", "IL205", "--select", "IL206"])
        #expect(selected.codes.sorted() == ["IL205", "IL206"], "\(selected.outcome.transcript)")
        let ignored = try await run(nil, ["--select", "IL205,IL206,IL207", "--ignore", "IL205", "--ignore", "IL206"])
        #expect(ignored.codes.isEmpty && ignored.outcome.status == 0, "\(ignored.outcome.transcript)")
        #expect(ignored.outcome.output.hasPrefix("No problems"), "\(ignored.outcome.transcript)")
    }

    // MARK: 4. Did you mean

    @Test(arguments: [
        (["--select", "misplace-field"], "unknown rule 'misplace-field' in --select (did you mean 'misplaced-field'?)"),
        (["--ignore", "misplace-field"], "unknown rule 'misplace-field' in --ignore (did you mean 'misplaced-field'?)"),
        (["--ignore", "IL2O6"], "unknown rule 'IL2O6' in --ignore (did you mean 'IL206'?)"),
        (["explain", "misplace-field"], "unknown rule 'misplace-field' in explain (did you mean 'misplaced-field'?)"),
    ])
    func nearMissesGetASuggestion(arguments: [String], message: String) async throws {
        let workspace = try CLIWorkspace(files: ["p.json": Self.payload])
        let outcome = try await workspace.run(arguments.first == "explain" ? arguments : ["--no-config"] + arguments + ["p.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.error.contains(message), "\(outcome.transcript)")
    }

    @Test(arguments: [["--select", "IL999"], ["--ignore", "nope"], ["explain", "IL9"], ["--select", "dup"]])
    func farOffNamesGetNoSuggestion(arguments: [String]) async throws {
        let workspace = try CLIWorkspace(files: ["p.json": Self.payload])
        let outcome = try await workspace.run(arguments.first == "explain" ? arguments : ["--no-config"] + arguments + ["p.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.error.contains("unknown rule"), "\(outcome.transcript)")
        #expect(!outcome.error.contains("did you mean"), "\(outcome.transcript)")
    }

    // MARK: Help matches the README

    @Test(arguments: [["--help"], ["lint", "--help"]])
    func helpDescribesThePrecedence(arguments: [String]) async throws {
        let outcome = try await CLIWorkspace().run(arguments)
        #expect(outcome.status == 0, "\(outcome.transcript)")
        let help = outcome.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in [
            "the command line wins over the configuration", "select decides what runs, severity only how loud",
            "--select replaces all of that", "repeated flags accumulate", "Custom rules are named ID or custom/ID",
        ] {
            #expect(help.contains(phrase), "'\(phrase)' missing from \(arguments): \(outcome.output)")
        }
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for phrase in ["The command line wins over the configuration", "`select` decides what runs while `severity` only decides how loud",
                       "`--select` replaces all of that", "repeated flags accumulate"] {
            #expect(readme.contains(phrase), "README lacks '\(phrase)'")
        }
    }
}
