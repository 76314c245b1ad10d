import Foundation
import IngestLint
import Testing

/// The library as a Swift server uses it to validate a request body before forwarding it: only
/// the public API (a plain `import IngestLint`), so this target stops compiling when the surface
/// loses something it uses. Expected positions and messages are those of the golden text report
/// (`reports/examples/report.txt`, `examples/defective/email-mistakes.json`).
@Suite struct ServerValidationTests {
    /// Line 5: an upper-case e-mail (IL301, warning, safe fix); line 6: two '@' (IL300, error).
    static let defectiveBody = Array("""
        {
          "interviewerId": "d3d94468-02a4-4d3e-8a3b-7f5c2e1b9a60",
          "status": "draft",
          "data": [
            {"name": "Ada Lovelace", "email": "Ada.Lovelace@Lovelace.dev"},
            {"name": "Augustus De Morgan", "email": "augustus@@demorgan-logic.uk"}
          ]
        }

        """.utf8)

    static let cleanBody = Array("""
        {
          "interviewerId": "d3d94468-02a4-4d3e-8a3b-7f5c2e1b9a60",
          "status": "draft",
          "data": [
            {"name": "Grace Hopper", "email": "grace.hopper@navy-labs.org"}
          ]
        }

        """.utf8)

    @Test func aCleanBodyPasses() async throws {
        let linter = PayloadLinter()
        let result = try await linter.lint(bytes: Self.cleanBody, fileName: "request.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.fileName == "request.json")
        #expect(result.payloadCount == 1)
        #expect(result.candidateCount == 1)
        #expect(linter.passes([result]))
    }

    @Test func findingsCarryCodePositionsRangesPointersAndFixes() async throws {
        let linter = PayloadLinter()
        let result = try await linter.lint(bytes: Self.defectiveBody, fileName: "request.json")
        #expect(result.diagnostics.map(\.code) == ["IL301", "IL300"])
        #expect(!linter.passes([result]))
        #expect(result.count(atLeast: .error) == 1)
        #expect(result.count(atLeast: .warning) == 2)

        let uppercase = try #require(result.diagnostics.first)
        #expect(uppercase.name == "email-not-normalized")
        #expect(uppercase.severity == .warning)
        #expect(uppercase.message == "e-mail 'Ada.Lovelace@Lovelace.dev' has upper-case letters; the API stores it as 'ada.lovelace@lovelace.dev'")
        #expect(uppercase.location.file == "request.json")
        #expect((uppercase.location.line, uppercase.location.column) == (5, 39))
        #expect((uppercase.location.endLine, uppercase.location.endColumn) == (5, 66))
        #expect(uppercase.location.pointer == "/data/0/email")
        #expect(String(decoding: Self.defectiveBody[uppercase.location.byteRange], as: UTF8.self) == "\"Ada.Lovelace@Lovelace.dev\"")

        let fix = try #require(uppercase.fix)
        #expect(fix.isSafe)
        #expect(fix.description == "lower-case the address")
        // The fix's edits, applied by hand, give the address the API stores; linting that
        // body again finds no upper-case address.
        var fixed = Self.defectiveBody
        for edit in fix.edits.reversed() {
            fixed.replaceSubrange(edit.byteRange, with: Array(edit.replacement.utf8))
        }
        #expect(String(decoding: fixed, as: UTF8.self).contains("\"email\": \"ada.lovelace@lovelace.dev\""))
        let relinted = try await linter.lint(bytes: fixed, fileName: "request.json")
        #expect(relinted.diagnostics.map(\.code) == ["IL300"])

        let invalid = try #require(result.diagnostics.last)
        #expect(invalid.severity == .error)
        #expect((invalid.location.line, invalid.location.column) == (6, 45))
        #expect(invalid.location.pointer == "/data/1/email")
        #expect(invalid.message.hasPrefix("invalid e-mail address 'augustus@@demorgan-logic.uk': more than one '@'"))
    }

    @Test func aConfigurationChoosesRulesSeveritiesAndTheGate() async throws {
        var configuration = LintConfiguration()
        try configuration.ignore(["invalid-email"])
        var linter = PayloadLinter(configuration: configuration)
        var result = try await linter.lint(bytes: Self.defectiveBody)
        #expect(result.diagnostics.map(\.code) == ["IL301"])
        #expect(linter.passes([result]), "a warning does not fail the default gate")

        configuration.failOn = .warning
        linter = PayloadLinter(configuration: configuration)
        #expect(!linter.passes([try await linter.lint(bytes: Self.defectiveBody)]))

        try configuration.setSeverity(.error, for: "IL301")
        linter = PayloadLinter(configuration: configuration)
        result = try await linter.lint(bytes: Self.defectiveBody)
        #expect(result.diagnostics.map(\.severity) == [.error])
        #expect(configuration.enabledRules["IL301"] == .error)
        #expect(configuration.enabledRules["IL300"] == nil)

        var selected = LintConfiguration()
        try selected.select(["IL300"])
        #expect(Array(selected.enabledRules.keys) == ["IL300"])
        let selectedResult = try await PayloadLinter(configuration: selected).lint(bytes: Self.defectiveBody)
        #expect(selectedResult.diagnostics.map(\.code) == ["IL300"])
    }

    @Test func configurationTextIsReadAsTheFileIs() async throws {
        let configuration = try LintConfiguration(text: "rules:\n  ignore: [IL300]\nfail-on: warning\n")
        #expect(configuration.failOn == .warning)
        let linter = PayloadLinter(configuration: configuration)
        let result = try await linter.lint(bytes: Self.defectiveBody)
        #expect(result.diagnostics.map(\.code) == ["IL301"])
        #expect(!linter.passes([result]))
    }

    @Test func badConfigurationIsOneSentence() throws {
        var configuration = LintConfiguration()
        let unknown = #expect(throws: LintError.self) { try configuration.ignore(["IL999"]) }
        #expect(unknown?.description.hasPrefix("unknown rule 'IL999' in ignore") == true)
        #expect(unknown?.description.hasSuffix(".") == true)
        let everything = #expect(throws: LintError.self) { try configuration.ignore(["all"]) }
        #expect(everything?.description == "no rule is left to run: the selection is empty.")
        let badKey = #expect(throws: LintError.self) { try LintConfiguration(text: "fail-onn: warning\n", fileName: "settings.yml") }
        #expect(badKey?.description.contains("settings.yml:1") == true)
    }

    @Test func aJSONReportIsRenderedToMemory() async throws {
        let configuration = LintConfiguration()
        let linter = PayloadLinter(configuration: configuration)
        let result = try await linter.lint(bytes: Self.defectiveBody, fileName: "request.json")
        let report = try ReportFormat.json.render([result], configuration: configuration)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["IL301", "IL300"])
        #expect(diagnostics.first?["file"] as? String == "request.json")
        #expect(diagnostics.first?["line"] as? Int == 5)
        #expect(diagnostics.first?["column"] as? Int == 39)
        #expect(diagnostics.first?["pointer"] as? String == "/data/0/email")
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1)
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["fixable"] as? Int == 1)

        var text = ""
        try ReportFormat.json.render([result], configuration: configuration, to: &text)
        #expect(Array(text.utf8) == report)
    }

    @Test func aSARIFReportIsRenderedToMemory() async throws {
        let result = try await PayloadLinter().lint(bytes: Self.defectiveBody, fileName: "request.json")
        let report = try ReportFormat.sarif.render([result])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["IL301", "IL300"])
        #expect(results.map { $0["level"] as? String } == ["warning", "error"])
        let location = try #require((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "request.json")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5)
        #expect(region["startColumn"] as? Int == 39)
    }

    @Test func aJSONLinesBodyGetsCrossPayloadFindings() async throws {
        let line = #"{"interviewerId": "d3d94468-02a4-4d3e-8a3b-7f5c2e1b9a60", "status": "draft", "data": [{"name": "Grace Hopper", "email": "grace.hopper@navy-labs.org"}]}"#
        let body = Array((line + "\n" + line + "\n").utf8)
        let result = try await PayloadLinter().lint(bytes: body, fileName: "batch.jsonl")
        #expect(result.payloadCount == 2)
        #expect(result.diagnostics.map(\.code) == ["IL303"])
        let duplicate = try #require(result.diagnostics.first)
        #expect(duplicate.location.line == 2)
        #expect(duplicate.related.map(\.location.line) == [1])
    }

    @Test func filesAndFoldersAreLintedAsTheCommandLineDoes() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.cleanBody).write(to: folder.appendingPathComponent("a.json"))
        try Data(Self.defectiveBody).write(to: folder.appendingPathComponent("b.json"))
        let results = try await PayloadLinter().lint(files: [folder.path])
        #expect(results.map { ($0.fileName as NSString).lastPathComponent } == ["a.json", "b.json"])
        #expect(results.map(\.diagnostics.count) == [0, 2])

        let missing = await #expect(throws: LintError.self) {
            try await PayloadLinter().lint(files: [folder.appendingPathComponent("nothing.json").path])
        }
        #expect(missing?.description.hasSuffix(".") == true)
    }

    /// README's "Library API" snippet is this target's `ReadmeSnippet.swift`, byte for byte, so
    /// the snippet compiles; and it does what the README says.
    @Test func theReadmeSnippetIsCompiledHere() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "<!-- snippet: library-api -->\n```swift\n"
        let start = try #require(readme.range(of: marker), "README.md has no library-api snippet")
        let end = try #require(readme.range(of: "```\n", range: start.upperBound..<readme.endIndex))
        let snippet = String(readme[start.upperBound..<end.lowerBound])
        let source = try String(contentsOf: root.appendingPathComponent("Tests/IngestLintAPITests/ReadmeSnippet.swift"), encoding: .utf8)
        #expect(snippet == source)

        let clean = try await check(body: Self.cleanBody)
        #expect(clean.forward)
        #expect(clean.problems.isEmpty)
        let defective = try await check(body: Self.defectiveBody)
        #expect(!defective.forward)
        #expect(defective.problems.first?.hasPrefix("5:39 IL301 ") == true)
        #expect(String(decoding: defective.report, as: UTF8.self).contains("\"code\": \"IL300\""))
    }
}
