import Foundation
import IngestLint
import Testing

/// `reports/examples/` holds the reports of `ingestlint examples/` in every format (run from the
/// package root, `--color never`, default configuration). They are regenerated here in-process
/// and compared byte for byte; `UPDATE_GOLDENS=1 swift test` rewrites them instead.
@Suite("Golden reports of examples/")
struct GoldenReportTests {
    /// Every report format, plus redacted examples (`--redact`) of the text and JSON reports.
    enum Format: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case text, json, jsonl, junit, sarif, github, gitlab, checkstyle
        case redactedText = "text --redact"
        case redactedJSON = "json --redact"

        var reportFormat: ReportFormat {
            switch self {
            case .redactedText: .text
            case .redactedJSON: .json
            default: ReportFormat(rawValue: rawValue) ?? .text
            }
        }

        var isRedacted: Bool { self == .redactedText || self == .redactedJSON }

        var fileName: String {
            switch self {
            case .redactedText: "report.redacted.txt"
            case .redactedJSON: "report.redacted.json"
            default: reportFormat.exampleFileName
            }
        }

        /// What the CLI needs to write this report.
        var arguments: [String] { ["--format", reportFormat.rawValue] + (isRedacted ? ["--redact"] : []) }

        var testDescription: String { rawValue }

        func render(_ report: LintReport) -> String {
            reportFormat.reporter().render(isRedacted ? Redactor.redact(report) : report)
        }
    }

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    @Test(arguments: Format.allCases)
    func reportMatchesGolden(format: Format) async throws {
        let actual = format.render(try await ReportFixtures.lintExamples())
        let url = ReportFixtures.goldenFolder.appendingPathComponent(format.fileName)
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: ReportFixtures.goldenFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try #require(
            try? Data(contentsOf: url),
            "missing golden \(url.path); run UPDATE_GOLDENS=1 swift test to create it")
        #expect(
            Data(actual.utf8) == expected,
            "\(format.fileName) is stale (UPDATE_GOLDENS=1 swift test rewrites it): \(Self.firstDifference(String(decoding: expected, as: UTF8.self), actual))")
    }

    /// No stray example: every file in `reports/examples/` is one of the goldens above.
    @Test(.enabled(if: !isUpdating, "the goldens are being rewritten"))
    func everyExampleFileIsAGolden() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ReportFixtures.goldenFolder.path)
            .filter { !$0.hasPrefix(".") }
        #expect(Set(names) == Set(Format.allCases.map(\.fileName)))
        #expect(Set(ReportFormat.allCases) == Set(Format.allCases.map(\.reportFormat)), "a format has no example")
    }

    /// The examples cover the report's moving parts, so a golden that loses them is noticed.
    @Test func examplesCoverTheReport() async throws {
        let report = try await ReportFixtures.lintExamples()
        let files = Set(report.files.map(\.path))
        #expect(files.contains("examples/vendor-example.json"))
        #expect(files.contains("examples/exports/candidates.jsonl"))
        #expect(report.files.filter { $0.path.hasPrefix("examples/clean/") }.allSatisfy { $0.diagnostics.isEmpty })
        #expect(report.files.filter { $0.path.hasPrefix("examples/clean/") }.count >= 2)
        #expect(report.files.filter { $0.path.hasPrefix("examples/defective/") }.allSatisfy { !$0.diagnostics.isEmpty })
        let vendor = report.diagnostics.filter { $0.file == "examples/vendor-example.json" }
        #expect(vendor.contains { $0.code == "IL206" && $0.location.pointer == "/data/0/skills" })
        let jsonLines = report.diagnostics.filter { $0.file == "examples/exports/candidates.jsonl" }
        #expect(jsonLines.filter { $0.code == "IL100" }.count == 1)
        #expect(jsonLines.contains { $0.code != "IL100" })
        #expect(report.summary.fixableCount > 0)
        #expect(report.summary.unsafeFixableCount > 0)
    }

    @Test(arguments: [2, 3, 8])
    func parallelismDoesNotChangeTheBytes(jobs: Int) async throws {
        let sequential = try await ReportFixtures.lintExamples(jobs: 1)
        let parallel = try await ReportFixtures.lintExamples(jobs: jobs)
        for format in Format.allCases {
            let expected = format.render(sequential)
            let actual = format.render(parallel)
            #expect(actual == expected, "--jobs \(jobs) differs from --jobs 1 (\(format)): \(Self.firstDifference(expected, actual))")
        }
    }

    /// `line N: expected «…», got «…»` for the first line that differs.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
            let right = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
            if left != right { return "line \(index + 1): expected «\(left)», got «\(right)»" }
        }
        return "no line differs (line endings or a final newline?)"
    }
}
