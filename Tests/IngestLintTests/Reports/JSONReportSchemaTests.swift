import Foundation
import IngestLint
import Testing

/// Every JSON report must match `reports/ingestlint-report.schema.json`, checked by an
/// independent validator (Python's jsonschema, Draft 2020-12), not by our own code.
@Suite(
    "JSON report schema",
    .enabled(if: PythonSchemaValidator.isAvailable, PythonSchemaValidator.unavailableComment))
struct JSONReportSchemaTests {
    static let cleanPayload = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]
        }
        """#

    /// Text that has broken reporters elsewhere: control characters (escaped, since raw ones are
    /// a syntax error), XML's `]]>` and special characters, right-to-left marks and overrides,
    /// emoji with skin tones and joiners, noncharacters, and a 10,000-character name and key.
    static var hostileJSONLines: [UInt8] {
        let nasty = #"\u0001\u0007\u001b[31m\u001f\u007f ]]> \"<&'> \u202e\u200f evil \u200e 👩🏽‍💻🇺🇦 \uffff \ud83d\ude00 \\ /"#
        let longName = String(repeating: "Ø", count: 5_000) + "@" + String(repeating: "x", count: 4_999)
        let longKey = String(repeating: "k", count: 10_000)
        let lines = [
            // IL207 (the id is quoted in the message), IL205 (the key is quoted), IL210 (long name)
            #"{"interviewerId": "\#(nasty)", "status": "draft", "\#(nasty)": 1, "\#(longKey)": true, "data": [{"name": "\#(longName)", "email": "a@lovelace.dev"}]}"#,
            // IL201 with a hostile string value, IL210 for a NUL in the name
            #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Nul\u0000Byte", "email": "b@lovelace.dev", "metadata": {"sendEmailAfter": "\#(nasty)"}}]}"#,
            // IL101 duplicate hostile key
            #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "C", "email": "c@lovelace.dev", "\#(nasty)": 1, "\#(nasty)": 2}]}"#,
        ]
        var bytes = Array(lines.joined(separator: "\n").utf8) + [0x0A]
        // IL100: a raw control character inside a string
        bytes += Array(#"{"interviewerId": "a"#.utf8) + [0x01, 0x1B] + Array(#"b", "data": []}"#.utf8) + [0x0A]
        // IL100: invalid UTF-8
        bytes += Array(#"{"interviewerId": ""#.utf8) + [0xFF, 0xC3, 0x28, 0xED, 0xA0, 0x80] + Array(#"", "data": []}"#.utf8) + [0x0D, 0x0A]
        // IL103: a line holding a hostile string instead of a payload
        bytes += Array(#""\#(nasty)""#.utf8) + [0x0A]
        return bytes
    }

    @Test func reportOfTheExamplesIsValid() async throws {
        let report = try await ReportFixtures.lintExamples()
        // The examples exercise every optional part of the schema.
        #expect(report.diagnostics.contains { $0.help != nil })
        #expect(report.diagnostics.contains { $0.fix?.safety == .safe })
        #expect(report.diagnostics.contains { $0.fix?.safety == .unsafe })
        #expect(report.diagnostics.contains { !$0.related.isEmpty })
        #expect(report.diagnostics.contains { $0.location.pointer.isEmpty })
        let verdict = try await PythonSchemaValidator.validate(JSONReporter().render(report))
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test func goldenReportIsValid() async throws {
        let golden = try Data(contentsOf: ReportFixtures.goldenFolder.appendingPathComponent("report.json"))
        let verdict = try await PythonSchemaValidator.validate(golden)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test func reportOfACleanInputIsValid() async throws {
        let report = try await ReportFixtures.lint(Array(Self.cleanPayload.utf8), name: "clean.json")
        #expect(report.diagnostics.isEmpty)
        let rendered = JSONReporter().render(report)
        #expect(rendered.contains(#""diagnostics": []"#))
        let verdict = try await PythonSchemaValidator.validate(rendered)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test func reportOfAHostilePayloadIsValid() async throws {
        let name = "hostile \"<&'>\u{202E}\t]]>👩🏽‍💻.jsonl"
        let report = try await ReportFixtures.lint(Self.hostileJSONLines, name: name)
        let codes = Set(report.diagnostics.map(\.code))
        for code in ["IL100", "IL101", "IL103", "IL201", "IL205", "IL207", "IL210"] {
            #expect(codes.contains(code), "the hostile input should trigger \(code); got \(codes.sorted())")
        }
        let rendered = JSONReporter().render(report)
        let verdict = try await PythonSchemaValidator.validate(rendered)
        #expect(verdict.isValid, "\(verdict.details)")

        // The text survives the round trip through a strict reader unchanged.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == report.diagnostics.count)
        #expect(diagnostics.allSatisfy { $0["file"] as? String == name })
        let messages = diagnostics.compactMap { $0["message"] as? String }
        #expect(messages.contains { $0.contains("]]> \"<&'> \u{202E}\u{200F} evil") && $0.contains("👩🏽‍💻🇺🇦") })
        #expect(messages.contains { $0.contains("\u{1}\u{7}\u{1B}[31m") })
    }

    @Test func aReportWithoutCodeIsRejected() async throws {
        let report = try await ReportFixtures.lint(Array(#"{"interviewerId": "x", "data": []}"#.utf8), name: "a.json")
        let rendered = JSONReporter().render(report)
        let original = try await PythonSchemaValidator.validate(rendered)
        #expect(original.isValid, "\(original.details)")
        let broken = try Self.mutatingFirstDiagnostic(of: rendered) { $0["code"] = nil }
        let verdict = try await PythonSchemaValidator.validate(broken)
        #expect(verdict.isRejectedBySchema)
        #expect(verdict.details.contains("'code' is a required property"), "\(verdict.details)")
    }

    /// Each change breaks one rule of the schema; each must be caught.
    enum DiagnosticDamage: String, CaseIterable, Sendable {
        case lineZero = "line 0"
        case columnAsString = "column as a string"
        case fractionalEndLine = "fractional endLine"
        case unknownSeverity = "unknown severity"
        case codeWithoutPrefix = "code without prefix"
        case emptyCustomCode = "empty custom code"
        case builtinCodeWithSpacedName = "built-in code with a name that is not kebab-case"
        case pointerWithoutSlash = "pointer without slash"
        case pointerWithBadEscape = "pointer with a bad escape"
        case extraProperty = "extra property"
        case missingPointer = "missing pointer"
        case emptyMessage = "empty message"
        case fixWithUnknownSafety = "fix with unknown safety"
        case fixWithNegativeOffset = "fix with a negative offset"
        case fixWithoutEdits = "fix without edits"
        case relatedWithoutMessage = "related without message"
        case emptyRelated = "empty related list"

        func apply(to diagnostic: inout [String: Any]) {
            switch self {
            case .lineZero: diagnostic["line"] = 0
            case .columnAsString: diagnostic["column"] = "3"
            case .fractionalEndLine: diagnostic["endLine"] = 1.5
            case .unknownSeverity: diagnostic["severity"] = "fatal"
            case .codeWithoutPrefix: diagnostic["code"] = "E100"
            case .emptyCustomCode: diagnostic["code"] = "custom/"
            case .builtinCodeWithSpacedName: diagnostic["name"] = "Misplaced Field"
            case .pointerWithoutSlash: diagnostic["pointer"] = "data/0"
            case .pointerWithBadEscape: diagnostic["pointer"] = "/a~2b"
            case .extraProperty: diagnostic["url"] = "https://docs"
            case .missingPointer: diagnostic["pointer"] = nil
            case .emptyMessage: diagnostic["message"] = ""
            case .fixWithUnknownSafety:
                diagnostic["fix"] = ["description": "x", "safety": "maybe", "edits": [["offset": 0, "length": 1, "replacement": ""]]]
            case .fixWithNegativeOffset:
                diagnostic["fix"] = ["description": "x", "safety": "safe", "edits": [["offset": -1, "length": 1, "replacement": ""]]]
            case .fixWithoutEdits:
                diagnostic["fix"] = ["description": "x", "safety": "safe", "edits": [Any]()]
            case .relatedWithoutMessage:
                diagnostic["related"] = [["file": "a.json", "line": 1, "column": 1, "endLine": 1, "endColumn": 2, "pointer": ""]]
            case .emptyRelated:
                diagnostic["related"] = [Any]()
            }
        }
    }

    @Test(arguments: DiagnosticDamage.allCases)
    func brokenDiagnosticsAreRejected(damage: DiagnosticDamage) async throws {
        let report = try await ReportFixtures.lint(Array(#"{"interviewerId": "x", "data": []}"#.utf8), name: "a.json")
        let broken = try Self.mutatingFirstDiagnostic(of: JSONReporter().render(report)) { damage.apply(to: &$0) }
        let verdict = try await PythonSchemaValidator.validate(broken)
        #expect(verdict.isRejectedBySchema, "\(damage.rawValue) was accepted")
    }

    @Test func brokenSummaryAndToolAreRejected() async throws {
        let rendered = JSONReporter().render(try await ReportFixtures.lint(Array(Self.cleanPayload.utf8), name: "a.json"))
        let changes: [(String, (inout [String: Any]) -> Void)] = [
            ("negative count", { report in
                var summary = report["summary"] as? [String: Any] ?? [:]
                summary["errors"] = -1
                report["summary"] = summary
            }),
            ("missing unsafeFixable", { report in
                var summary = report["summary"] as? [String: Any] ?? [:]
                summary["unsafeFixable"] = nil
                report["summary"] = summary
            }),
            ("other tool", { report in report["tool"] = ["name": "eslint", "version": "9.0.0"] }),
            ("extra top-level member", { report in report["generatedAt"] = "2024-01-01" }),
            ("diagnostics as an object", { report in report["diagnostics"] = [String: Any]() }),
        ]
        for (change, mutate) in changes {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
            mutate(&object)
            let verdict = try await PythonSchemaValidator.validate(try JSONSerialization.data(withJSONObject: object))
            #expect(verdict.isRejectedBySchema, "\(change) was accepted")
        }
    }

    @Test func aDocumentWithDuplicateKeysIsNotJSONForTheValidator() async throws {
        let verdict = try await PythonSchemaValidator.validate(#"{"tool": {}, "tool": {}}"#)
        #expect(verdict.status == PythonSchemaValidator.Status.notJSON.rawValue, "\(verdict.details)")
    }

    /// The report with `mutate` applied to its first diagnostic, re-serialised.
    static func mutatingFirstDiagnostic(of rendered: String, _ mutate: (inout [String: Any]) -> Void) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        var diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        try #require(!diagnostics.isEmpty)
        mutate(&diagnostics[0])
        object["diagnostics"] = diagnostics
        return try JSONSerialization.data(withJSONObject: object)
    }
}
