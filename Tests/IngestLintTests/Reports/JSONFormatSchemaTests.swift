import Foundation
import IngestLint
import Testing

/// SARIF and GitLab Code Quality against their published schemas in `../shared/schemas/`, and
/// JSON Lines and redacted JSON against our own report schema, each checked by Python's
/// jsonschema (draft-04, draft-07 and 2020-12 as each schema declares), for a clean run, the
/// examples and hostile text — plain and redacted.
@Suite(
    "JSON report formats against their schemas",
    .enabled(if: PythonSchemaValidator.isAvailable, "python3 with jsonschema 4.x is not available (python3 -m pip install jsonschema); the SARIF, GitLab and JSON Lines schema tests are skipped"),
    .enabled(if: PackagePaths.hasShared, "../shared (the SARIF and GitLab schemas) is not beside the checkout; the SARIF and GitLab schema tests are skipped"))
struct JSONFormatSchemaTests {
    static let sarifSchema = PackagePaths.shared.appendingPathComponent("schemas/sarif/sarif-schema-2.1.0.json")
    static let gitlabSchema = PackagePaths.shared.appendingPathComponent("schemas/gitlab/codeclimate.json")

    /// GitLab's schema describes one finding; the report is an array of them.
    static func gitlabArraySchema() throws -> URL {
        let element = try JSONSerialization.jsonObject(with: Data(contentsOf: gitlabSchema))
        let wrapper: [String: Any] = ["$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": element]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-gitlab-array-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: wrapper).write(to: url)
        return url
    }

    @Test(arguments: ReportInput.allCases, [false, true])
    func sarifIsValid(input: ReportInput, redacted: Bool) async throws {
        let report = try await input.report()
        let sarif = SARIFReporter().render(redacted ? Redactor.redact(report) : report)
        let verdict = try await PythonSchemaValidator.validate(Data(sarif.utf8), schema: Self.sarifSchema)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test(arguments: ReportInput.allCases, [false, true])
    func gitlabIsValid(input: ReportInput, redacted: Bool) async throws {
        let report = try await input.report()
        let gitlab = GitLabReporter().render(redacted ? Redactor.redact(report) : report)
        let schema = try Self.gitlabArraySchema()
        defer { try? FileManager.default.removeItem(at: schema) }
        let verdict = try await PythonSchemaValidator.validate(Data(gitlab.utf8), schema: schema)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    /// The GitLab check is real: a finding without a fingerprint or with a string line fails.
    @Test func gitlabSchemaRejectsBrokenFindings() async throws {
        let schema = try Self.gitlabArraySchema()
        defer { try? FileManager.default.removeItem(at: schema) }
        for broken in [
            #"[{"description": "d", "severity": "major", "location": {"path": "a", "lines": {"begin": 1}}}]"#,
            #"[{"description": "d", "fingerprint": "f", "severity": "major", "location": {"path": "a", "lines": {"begin": "1"}}}]"#,
        ] {
            let verdict = try await PythonSchemaValidator.validate(Data(broken.utf8), schema: schema)
            #expect(verdict.isRejectedBySchema, "\(broken)")
        }
    }

    @Test func sarifSchemaRejectsABrokenLog() async throws {
        let report = try await ReportFixtures.lintExamples()
        var object = try #require(try JSONSerialization.jsonObject(with: Data(SARIFReporter().render(report).utf8)) as? [String: Any])
        var runs = try #require(object["runs"] as? [[String: Any]])
        runs[0]["columnKind"] = "bytes"
        object["runs"] = runs
        let verdict = try await PythonSchemaValidator.validate(try JSONSerialization.data(withJSONObject: object), schema: Self.sarifSchema)
        #expect(verdict.isRejectedBySchema)
    }

    /// Each JSON Lines diagnostic is the JSON report's diagnostic: put back together, the lines
    /// make a report that our schema accepts and that equals the JSON report.
    @Test(arguments: ReportInput.allCases, [false, true])
    func jsonLinesReassembleIntoAValidReport(input: ReportInput, redacted: Bool) async throws {
        var report = try await input.report()
        if redacted { report = Redactor.redact(report) }
        let lines = JSONLinesReporter().render(report).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "", "the output ends with a line feed")
        let objects = try lines.dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let summaryLine = try #require(objects.last)
        #expect(Array(summaryLine.keys) == ["summary"])
        let reassembled: [String: Any] = [
            "tool": ["name": "ingestlint", "version": IngestLintVersion.current],
            "summary": summaryLine["summary"] ?? [:],
            "diagnostics": Array(objects.dropLast()),
        ]
        let data = try JSONSerialization.data(withJSONObject: reassembled)
        let verdict = try await PythonSchemaValidator.validate(data)
        #expect(verdict.isValid, "\(verdict.details)")
        let fromJSON = try JSONSerialization.jsonObject(with: Data(JSONReporter().render(report).utf8))
        let canonical = { (object: Any) in try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        #expect(try canonical(reassembled) == canonical(fromJSON))
    }

    @Test(arguments: ReportInput.allCases)
    func redactedJSONReportIsValid(input: ReportInput) async throws {
        let report = Redactor.redact(try await input.report())
        let verdict = try await PythonSchemaValidator.validate(JSONReporter().render(report))
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test func goldensAreValid() async throws {
        let folder = ReportFixtures.goldenFolder
        let sarif = try await PythonSchemaValidator.validate(Data(contentsOf: folder.appendingPathComponent("report.sarif")), schema: Self.sarifSchema)
        #expect(sarif.isValid, "\(sarif.details)")
        let schema = try Self.gitlabArraySchema()
        defer { try? FileManager.default.removeItem(at: schema) }
        let gitlab = try await PythonSchemaValidator.validate(Data(contentsOf: folder.appendingPathComponent("report.gitlab.json")), schema: schema)
        #expect(gitlab.isValid, "\(gitlab.details)")
        let redacted = try await PythonSchemaValidator.validate(Data(contentsOf: folder.appendingPathComponent("report.redacted.json")))
        #expect(redacted.isValid, "\(redacted.details)")
    }
}
