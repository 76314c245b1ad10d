import Foundation
import IngestLint
import Testing

/// `reports/examples/` holds the reports of `ingestlint examples/` (run from the package root,
/// `--color never`). They are regenerated here in-process and compared byte for byte;
/// `UPDATE_GOLDENS=1 swift test` rewrites them instead.
@Suite("Golden reports of examples/")
struct GoldenReportTests {
    enum Format: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case text, json

        var fileName: String { self == .text ? "report.txt" : "report.json" }
        var testDescription: String { rawValue }

        func render(_ report: LintReport) -> String {
            switch self {
            case .text: TextReporter(useColor: false).render(report)
            case .json: JSONReporter().render(report)
            }
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
