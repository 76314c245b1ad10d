import Foundation
@testable import IngestLint
import Testing

/// What GitHub code scanning and other SARIF readers rely on, beyond schema validity.
@Suite("SARIF report")
struct SARIFReporterTests {
    static func log(_ report: LintReport) throws -> (run: [String: Any], results: [[String: Any]]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        return (runs[0], results)
    }

    static func rules(_ run: [String: Any]) throws -> [[String: Any]] {
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ingestlint")
        #expect(driver["version"] as? String == IngestLintVersion.current)
        return try #require(driver["rules"] as? [[String: Any]])
    }

    @Test func driverDescribesTheWholeCatalogue() throws {
        let (run, results) = try Self.log(LintReport(files: []))
        #expect(results.isEmpty)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let baseIds = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(Array(baseIds.keys) == ["PROJECTROOT"])
        // Without project paths the reader supplies the root: no machine's folder is written.
        #expect(baseIds["PROJECTROOT"]?["uri"] == nil)
        let rules = try Self.rules(run)
        let catalogue = RuleCatalogue.builtin.rules
        #expect(rules.map { $0["id"] as? String } == catalogue.map(\.code))
        for (rule, description) in zip(rules, catalogue) {
            #expect(rule["name"] as? String == description.name)
            #expect((rule["shortDescription"] as? [String: Any])?["text"] as? String == description.summary)
            let full = (rule["fullDescription"] as? [String: Any])?["text"] as? String
            #expect(full?.isEmpty == false)
            let configuration = try #require(rule["defaultConfiguration"] as? [String: Any])
            let level = configuration["level"] as? String
            switch description.defaultSeverity {
            case .error: #expect(level == "error")
            case .warning: #expect(level == "warning")
            case .info: #expect(level == "note")
            }
            #expect((configuration["enabled"] as? Bool) == (description.isEnabledByDefault ? nil : false), "\(description.code)")
            let help = try #require(rule["help"] as? [String: Any])
            #expect((help["text"] as? String)?.contains(description.documentation.whyItMatters.prefix(30)) == true)
            #expect((help["markdown"] as? String)?.contains("## Use instead") == true)
        }
        #expect(catalogue.contains { !$0.isEnabledByDefault }, "the catalogue has off-by-default rules to check")
    }

    @Test func resultsPointAtTheirRulesAndRegions() async throws {
        let report = try await ReportFixtures.lintExamples()
        let (run, results) = try Self.log(report)
        let rules = try Self.rules(run)
        #expect(results.count == report.diagnostics.count)
        for (result, diagnostic) in zip(results, report.diagnostics) {
            #expect(result["ruleId"] as? String == diagnostic.code)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == diagnostic.code)
            #expect((result["message"] as? [String: Any])?["text"] as? String == diagnostic.message)
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try #require(location["artifactLocation"] as? [String: Any])
            #expect(artifact["uri"] as? String == diagnostic.file)
            #expect(artifact["uriBaseId"] as? String == "PROJECTROOT")
            let region = try #require(location["region"] as? [String: Int])
            #expect(region == [
                "startLine": diagnostic.start.line, "startColumn": diagnostic.start.column,
                "endLine": diagnostic.end.line, "endColumn": diagnostic.end.column,
            ])
            let related = result["relatedLocations"] as? [[String: Any]] ?? []
            #expect(related.count == diagnostic.related.count)
            let fixes = result["fixes"] as? [[String: Any]] ?? []
            #expect(fixes.count == (diagnostic.fix == nil ? 0 : 1))
            if let fix = diagnostic.fix, let first = fixes.first {
                let change = try #require((first["artifactChanges"] as? [[String: Any]])?.first)
                let replacements = try #require(change["replacements"] as? [[String: Any]])
                #expect(replacements.count == fix.edits.count)
                for (replacement, edit) in zip(replacements, fix.edits) {
                    let deleted = replacement["deletedRegion"] as? [String: Int]
                    #expect(deleted == ["byteOffset": edit.range.lowerBound, "byteLength": edit.range.count])
                    let inserted = (replacement["insertedContent"] as? [String: Any])?["text"] as? String
                    #expect((inserted ?? "") == edit.replacement)
                }
            }
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            #expect(fingerprints.keys.sorted() == [SARIFReporter.fingerprintKey])
        }
        #expect(results.contains { $0["relatedLocations"] != nil })
        #expect(results.contains { $0["fixes"] != nil })
        let levels = Set(results.compactMap { $0["level"] as? String })
        #expect(levels.isSubset(of: ["error", "warning", "note"]))
    }

    @Test func fingerprintsAreUniqueStableAndIgnoreLinesAndMessages() async throws {
        let report = try await ReportFixtures.lintExamples()
        let fingerprints = DiagnosticFingerprint.fingerprints(of: report.diagnostics)
        #expect(Set(fingerprints).count == fingerprints.count)
        #expect(fingerprints.allSatisfy { $0.count == 32 && $0.allSatisfy(\.isHexDigit) })
        #expect(DiagnosticFingerprint.fingerprints(of: Redactor.redact(report).diagnostics) == fingerprints)

        // The same finding two lines further down keeps its fingerprint.
        let payload = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A B"}]}"#
        let first = try await ReportFixtures.lint(Array(payload.utf8), name: "a.json")
        let moved = try await ReportFixtures.lint(Array(("\n\n" + payload).utf8), name: "a.json")
        try #require(first.diagnostics.count == 1 && moved.diagnostics.count == 1)
        #expect(first.diagnostics[0].start.line != moved.diagnostics[0].start.line)
        #expect(DiagnosticFingerprint.fingerprints(of: first.diagnostics) == DiagnosticFingerprint.fingerprints(of: moved.diagnostics))
        let elsewhere = try await ReportFixtures.lint(Array(payload.utf8), name: "b.json")
        #expect(DiagnosticFingerprint.fingerprints(of: first.diagnostics) != DiagnosticFingerprint.fingerprints(of: elsewhere.diagnostics))
    }

    @Test(arguments: [
        ("examples/a.json", "examples/a.json", true),
        ("<stdin>", "%3Cstdin%3E", true),
        ("my payloads/100%.json", "my%20payloads/100%25.json", true),
        ("c:/x#y?.json", "c%3A/x%23y%3F.json", true),
        ("données/été.json", "donn%C3%A9es/%C3%A9t%C3%A9.json", true),
        ("/srv/a b.json", "file:///srv/a%20b.json", false),
    ])
    func pathsBecomeURIs(path: String, uri: String, isRelative: Bool) throws {
        let location = SARIFReporter.artifactLocation(path)
        let rendered = location.rendered(pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: String])
        #expect(object["uri"] == uri)
        #expect(object["uriBaseId"] == (isRelative ? "PROJECTROOT" : nil))
    }

    /// With project paths, every artifact (results, related locations, fixes) is relative to
    /// the root, which `originalUriBaseIds` names as a percent-encoded `file://` URI ending in `/`.
    @Test func projectPathsMakeURIsRootRelative() throws {
        let root = "/srv/my project/ü"
        let paths = ProjectPaths(root: root, currentDirectory: root + "/sub")
        func location(_ file: String) -> IngestLint.SourceLocation {
            IngestLint.SourceLocation(
                file: file, range: 0..<1, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2),
                pointer: "/data/0")
        }
        let diagnostic = Diagnostic(
            code: "IL303", name: "duplicate-email-across-payloads", severity: .warning, message: "m", location: location("../a.json"),
            fix: Fix(description: "d", safety: .safe, edits: [Edit(range: 0..<1, replacement: "")]),
            related: [RelatedLocation(location: location(root + "/b/./c.json"), message: "first")])
        let rendered = SARIFReporter(projectPaths: paths).render(LintReport(files: [FileResult(path: "../a.json", diagnostics: [diagnostic])]))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let baseIds = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(baseIds["PROJECTROOT"]?["uri"] as? String == "file:///srv/my%20project/%C3%BC/")
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        func artifact(_ path: [String]) -> [String: String]? {
            var value: Any? = result
            for key in path {
                if let array = value as? [Any] { value = array.first } else { value = (value as? [String: Any])?[key] }
            }
            return value as? [String: String]
        }
        #expect(artifact(["locations", "", "physicalLocation", "artifactLocation"]) == ["uri": "a.json", "uriBaseId": "PROJECTROOT"])
        #expect(artifact(["relatedLocations", "", "physicalLocation", "artifactLocation"]) == ["uri": "b/c.json", "uriBaseId": "PROJECTROOT"])
        #expect(artifact(["fixes", "", "artifactChanges", "", "artifactLocation"]) == ["uri": "a.json", "uriBaseId": "PROJECTROOT"])
    }

    /// A code the catalogue does not know (a custom rule) is described after the built-in rules.
    @Test func unknownCodesGetARuleToo() throws {
        let location = SourceLocation(
            file: "a.json", range: 0..<1, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2), pointer: "")
        let diagnostic = Diagnostic(code: "custom/ats-id", name: "ats-id", severity: .error, message: "m", location: location)
        let (run, results) = try Self.log(LintReport(files: [FileResult(path: "a.json", diagnostics: [diagnostic])]))
        let rules = try Self.rules(run)
        #expect(rules.count == RuleCatalogue.builtin.rules.count + 1)
        #expect(rules.last?["id"] as? String == "custom/ats-id")
        #expect(results.first?["ruleIndex"] as? Int == rules.count - 1)
    }
}
