import Foundation
import IngestLint
import Testing

/// The three runs every report format is checked on: a clean payload, the examples (every kind
/// of finding, fixes, related locations), and a payload full of hostile text.
enum ReportInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case clean, examples, hostile

    var testDescription: String { rawValue }

    /// A display name as hostile as the content: XML specials, a forbidden control character, a
    /// right-to-left override, a tab and emoji.
    static let hostileFileName = "exports/hostile \u{1}\"<&'>\u{202E}\t]]> 100% ok,1:2 👩🏽‍💻.jsonl"

    func report() async throws -> LintReport {
        switch self {
        case .clean:
            try await ReportFixtures.lint(Array(JSONReportSchemaTests.cleanPayload.utf8), name: "clean.json")
        case .examples:
            try await ReportFixtures.lintExamples()
        case .hostile:
            try await ReportFixtures.lint(JSONReportSchemaTests.hostileJSONLines, name: Self.hostileFileName)
        }
    }
}
