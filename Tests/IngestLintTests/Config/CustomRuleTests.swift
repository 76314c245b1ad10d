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
        configuration.select = []  // custom rules only
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
            "custom/score warning 4:81 /data/2/additionalFields/score additionalFields/score must be at most 5, found 9.0",
        ])
        let helps = try Self.lint().filter { $0.code == "custom/ats-id-required" }.compactMap(\.help)
        #expect(helps == ["metadata/External ID does not match ^candidate_[0-9]+$", "metadata/External ID is required but missing"])
    }

    @Test("Severity off keeps a rule out; ignore by id works too")
    func switchedOff() throws {
        var configuration = try ConfigurationLoader.parse(text: Self.configuration, file: ".ingestlint.yml")
        #expect(configuration.customRules.map(\.id) == ["ats-id-required", "known-status", "score", "short-name"])
        configuration.ignore = ["custom/score", "short-name"]
        let enabled = configuration.enabledRules()
        #expect(enabled["custom/score"] == nil)
        #expect(enabled["custom/short-name"] == nil)
        #expect(enabled["custom/ats-id-required"] == .error)
    }

    @Test("Configuration errors name the place", arguments: [
        ("custom-rules:\n  - id: x\n    target: candidate\n", ".ingestlint.yml:2: custom-rules[0] needs field"),
        ("custom-rules:\n  - id: x\n    target: person\n    field: name\n", ".ingestlint.yml:3: unknown target 'person'"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    type: text\n", ".ingestlint.yml:5: unknown type 'text'"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    pattern: '(['\n", ".ingestlint.yml:5: 'custom-rules.x.pattern' is not a valid regular expression"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    requird: true\n", ".ingestlint.yml:5: unknown key 'requird'"),
        ("custom-rules:\n  - {id: x, target: payload, field: a}\n  - {id: x, target: payload, field: b}\n", ".ingestlint.yml:3: duplicate custom rule id 'x'"),
        ("custom-rules:\n  - id: 'a b'\n    target: payload\n    field: a\n", ".ingestlint.yml:2: custom rule id 'a b' may only hold"),
        ("custom-rules:\n  - id: x\n    target: payload\n    field: a\n    min: lots\n", ".ingestlint.yml:5: 'custom-rules.x.min' must be a number"),
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
}
