import Testing
@testable import IngestLint

@Suite("Custom rules")
struct CustomRuleTests {
    static let configuration = """
        custom-rules:
          - id: ats-id-required
            target: candidate
            field: metadata/External ID
            required: true
            type: string
            pattern: '^candidate_[0-9]+$'
            severity: error
            message: every candidate needs its ATS id in metadata."External ID"
          - id: known-status
            target: payload
            field: /status
            enum: [draft, null]
          - id: score
            target: candidate
            field: additionalFields/score
            type: integer
            min: 1
            max: 5
          - id: short-name
            target: candidate
            field: name
            max-length: 5
          - id: switched-off
            target: payload
            field: interviewerId
            required: true
            severity: off

        """

    static let payload = """
        {"status": "shortlisted", "data": [
          {"name": "Ada", "email": "a@lovelace.dev", "metadata": {"External ID": "candidate_12"}, "additionalFields": {"score": 3}},
          {"name": "Bo", "email": "b@lovelace.dev", "metadata": {"External ID": "C-13"}, "additionalFields": {"score": 7.5}},
          {"name": "Cyrillus", "email": "c@lovelace.dev", "additionalFields": {"score": 9}}
        ]}

        """

    static func lint() throws -> [Diagnostic] {
        var configuration = try ConfigurationLoader.parse(text: Self.configuration, file: ".ingestlint.yml")
        // Custom rules only: the ones on by default, named as a user would.
        configuration.select = configuration.customRules.filter(\.isEnabledByDefault).map(\.id)
        return FileLinter(linter: Linter(configuration: configuration))
            .lint(bytes: Array(Self.payload.utf8), path: "p.json", format: .json).diagnostics
    }

    @Test("Each check reports at the value, a missing field at the target's {")
    func findings() throws {
        let found = try Self.lint().map { "\($0.code) \($0.severity) \($0.start.line):\($0.start.column) \($0.location.pointer) \($0.message)" }
        #expect(found == [
            "custom/known-status warning 1:12 /status /status must be one of \"draft\", null, found the string \"shortlisted\"",
            "custom/ats-id-required error 3:73 /data/1/metadata/External ID every candidate needs its ATS id in metadata.\"External ID\"",
            "custom/score warning 3:112 /data/1/additionalFields/score additionalFields/score must be an integer, found the number 7.5",
            "custom/ats-id-required error 4:3 /data/2 every candidate needs its ATS id in metadata.\"External ID\"",
            "custom/short-name warning 4:12 /data/2/name name is longer than 5 (8)",
            "custom/score warning 4:81 /data/2/additionalFields/score additionalFields/score must be at most 5, found 9",
        ])
        let helps = try Self.lint().filter { $0.code == "custom/ats-id-required" }.compactMap(\.help)
        #expect(helps == ["metadata/External ID does not match ^candidate_[0-9]+$", "metadata/External ID is required but missing"])
    }

    @Test("Severity off keeps a rule defined but out of the default selection; ignore by id works too")
    func switchedOff() throws {
        var configuration = try ConfigurationLoader.parse(text: Self.configuration, file: ".ingestlint.yml")
        #expect(configuration.customRules.map(\.id) == ["ats-id-required", "known-status", "score", "short-name", "switched-off"])
        #expect(configuration.customRules.map(\.isEnabledByDefault) == [true, true, true, true, false])
        #expect(configuration.enabledRules()["custom/switched-off"] == nil)
        configuration.ignore = ["custom/score", "short-name"]
        let enabled = configuration.enabledRules()
        #expect(enabled["custom/score"] == nil)
        #expect(enabled["custom/short-name"] == nil)
        #expect(enabled["custom/ats-id-required"] == .error)
        configuration.commandLineSelect = ["switched-off"]
        #expect(configuration.enabledRules() == ["custom/switched-off": .warning])
    }

    @Test("Configuration errors name the place", arguments: [
        ("custom-rules:\n  - id: x\n    target: candidate\n", ".ingestlint.yml:2: custom-rules[0] needs field"),
        ("custom-rules:\n  - id: x\n    target: person\n    field: name\n", ".ingestlint.yml:3: unknown target 'person'"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    type: text\n", ".ingestlint.yml:5: unknown type 'text'"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    pattern: '(['\n", ".ingestlint.yml:5: 'custom-rules.x.pattern' is not a valid regular expression"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    requird: true\n", ".ingestlint.yml:5: unknown key 'requird'"),
        ("custom-rules:\n  - {id: x, target: payload, field: a, required: true}\n  - {id: x, target: payload, field: b}\n", ".ingestlint.yml:3: duplicate custom rule id 'x'"),
        ("custom-rules:\n  - {id: x, target: payload, field: a}\n", ".ingestlint.yml:2: 'custom-rules.x' checks nothing"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    min: 5\n    max: 1\n", ".ingestlint.yml:5: 'custom-rules.x.min' (5) is greater than its max (1)"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    max-length: 1\n    min-length: 3\n", ".ingestlint.yml:6: 'custom-rules.x.min-length' (3) is greater than its max-length (1)"),
        ("custom-rules:\n  - {id: IL205, target: payload, field: a, required: true}\n", ".ingestlint.yml:2: custom rule id 'IL205' already names the built-in rule IL205 unknown-field"),
        ("custom-rules:\n  - {id: misplaced-field, target: payload, field: a, required: true}\n", ".ingestlint.yml:2: custom rule id 'misplaced-field' already names the built-in rule IL206"),
        ("include: ['[a-']\n", ".ingestlint.yml:1: '[a-' in 'include' is not a valid glob: the '[' of '[a-' is never closed"),
        ("exclude:\n  - ok/**\n  - 'x/[!a/b.json'\n", ".ingestlint.yml:3: 'x/[!a/b.json' in 'exclude' is not a valid glob"),
        ("custom-rules:\n  - id: 'a b'\n    target: payload\n    field: a\n", ".ingestlint.yml:2: custom rule id 'a b' may only hold"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    min: lots\n", ".ingestlint.yml:5: 'custom-rules.x.min' must be a number"),
        (
            "custom-rules:\n  - id: x\n    target: payload\n    field: a\n    required: true\n    message: '{field} needs a {valu}'\n",
            ".ingestlint.yml:6: '{valu}' is not a placeholder a custom rule's message may use (it may use {field} and {problem}) in 'custom-rules.x.message'"
        ),
    ])
    func errors(_ text: String, _ expected: String) {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml") }
        do {
            _ = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test("Field pointers: leading slash optional, ~0 and ~1 unescaped")
    func pointers() {
        #expect(CustomRule.tokens(of: "metadata/External ID") == ["metadata", "External ID"])
        #expect(CustomRule.tokens(of: "/a~1b/c~0d") == ["a/b", "c~d"])
        #expect(CustomRule.tokens(of: "") == [])
    }

    @Test("A custom message fills {field} and {problem}; other braces are text")
    func messagePlaceholders() throws {
        let text = """
            custom-rules:
              - id: ats
                target: candidate
                field: metadata/ats
                required: true
                message: '{field} {problem} ({"ats": "…"} expected)'

            """
        var configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        configuration.select = ["ats"]
        let payload = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": [{"name": "Ada", "email": "a@lovelace.dev"}]}"#
        let diagnostics = FileLinter(linter: Linter(configuration: configuration))
            .lint(bytes: Array(payload.utf8), path: "p.json", format: .json).diagnostics
        #expect(diagnostics.map(\.message) == [#"metadata/ats is required but missing ({"ats": "…"} expected)"#])
        #expect(diagnostics.map(\.help) == ["metadata/ats is required but missing"])
        #expect(CustomRule.placeholderProblem(in: "{field} {problem} {x y} {}") == nil)
        #expect(CustomRule.placeholderProblem(in: "{Field}") != nil)
    }
}
