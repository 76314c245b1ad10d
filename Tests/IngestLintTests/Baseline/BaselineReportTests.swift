import Foundation
@testable import IngestLint
import Testing

/// What the reports say about a baseline: the text summary's line, the JSON (and JSON Lines)
/// summary's `baseline` member, and that member against `reports/ingestlint-report.schema.json`.
@Suite("Baseline in the reports")
struct BaselineReportTests {
    static let entry = FindingIdentity(file: "exports/a \u{1B}[31m.jsonl", pointer: "", code: "IL100", valueHash: String(repeating: "ab", count: 16))

    static func summary(_ baseline: BaselineSummary?) -> LintReport.Summary {
        var summary = LintReport(files: [FileResult(path: "a.json")]).summary
        summary.baseline = baseline
        return summary
    }

    @Test func theTextSummarySaysWhatWasSuppressedAndStale() {
        let reporter = TextReporter()
        let counts = reporter.closing(Self.summary(BaselineSummary(suppressed: 1_204, stale: 1)), TextReporter.Statistics())
        #expect(counts.hasSuffix("\nbaseline: 1,204 findings suppressed, 1 entry stale (--show-stale lists them)\n"))
        let listed = reporter.closing(Self.summary(BaselineSummary(suppressed: 1, stale: 1, staleEntries: [Self.entry])), TextReporter.Statistics())
        // The file name's escape sequence is shown, not sent to the terminal.
        #expect(listed.hasSuffix("\nbaseline: 1 finding suppressed, 1 entry stale\n  stale: exports/a \\u{1B}[31m.jsonl (the whole document) IL100 value abababababab\n"))
        let none = reporter.closing(Self.summary(nil), TextReporter.Statistics())
        #expect(!none.contains("baseline"))
        let quiet = TextReporter(mode: .quiet).closing(Self.summary(BaselineSummary(suppressed: 0, stale: 0)), TextReporter.Statistics())
        #expect(quiet.hasSuffix("\nbaseline: 0 findings suppressed, 0 entries stale\n"))
    }

    @Test func theJSONSummaryHasABaselineMemberOnlyWithABaseline() throws {
        func baseline(_ summary: LintReport.Summary) throws -> [String: Any]? {
            let rendered = JSONReporter.summary(summary).rendered(pretty: false)
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
            return parsed["baseline"] as? [String: Any]
        }
        #expect(try baseline(Self.summary(nil)) == nil)
        let counts = try #require(try baseline(Self.summary(BaselineSummary(suppressed: 3, stale: 2))))
        #expect(counts["suppressed"] as? Int == 3 && counts["stale"] as? Int == 2 && counts["staleEntries"] == nil)
        let listed = try #require(try baseline(Self.summary(BaselineSummary(suppressed: 3, stale: 1, staleEntries: [Self.entry]))))
        #expect((listed["staleEntries"] as? [[String: String]]) == [["file": Self.entry.file, "pointer": "", "code": "IL100", "value": Self.entry.valueHash]])
        // JSON Lines' last line is the same summary.
        let line = JSONLinesReporter.summaryLine(Self.summary(BaselineSummary(suppressed: 3, stale: 2)))
        #expect(line.contains(#""baseline":{"suppressed":3,"stale":2}"#))
    }

    /// `merged` keeps the baseline counts, whichever side carries them.
    @Test func mergingKeepsTheBaseline() {
        let counted = Self.summary(BaselineSummary(suppressed: 1, stale: 0))
        #expect(counted.merged(with: Self.summary(nil)).baseline == BaselineSummary(suppressed: 1, stale: 0))
        #expect(Self.summary(nil).merged(with: counted).baseline == BaselineSummary(suppressed: 1, stale: 0))
    }

    @Test(.enabled(if: PythonSchemaValidator.isAvailable, PythonSchemaValidator.unavailableComment))
    func theSchemaAcceptsTheBaselineMemberAndRejectsBrokenOnes() async throws {
        func report(_ baseline: BaselineSummary) -> Data {
            let output = ReportOutput.memory()
            let stream = JSONReporter().stream(to: output)
            stream.begin()
            stream.end(Self.summary(baseline))
            return Data(output.bytes)
        }
        for baseline in [BaselineSummary(suppressed: 0, stale: 0), BaselineSummary(suppressed: 5, stale: 1, staleEntries: [Self.entry])] {
            let verdict = try await PythonSchemaValidator.validate(report(baseline))
            #expect(verdict.isValid, "\(verdict.details)")
        }
        let valid = try #require(try JSONSerialization.jsonObject(with: report(BaselineSummary(suppressed: 5, stale: 1, staleEntries: [Self.entry]))) as? [String: Any])
        let damages: [(String, (inout [String: Any]) -> Void)] = [
            ("negative stale", { $0["stale"] = -1 }),
            ("no suppressed", { $0["suppressed"] = nil }),
            ("an extra member", { $0["entries"] = 3 }),
            ("a short value hash", { $0["staleEntries"] = [["file": "a", "pointer": "", "code": "IL100", "value": "abc"]] }),
            ("an entry without its code", { $0["staleEntries"] = [["file": "a", "pointer": "", "value": String(repeating: "0", count: 32)]] }),
        ]
        for (name, damage) in damages {
            var object = valid
            var summary = try #require(object["summary"] as? [String: Any])
            var baseline = try #require(summary["baseline"] as? [String: Any])
            damage(&baseline)
            summary["baseline"] = baseline
            object["summary"] = summary
            let verdict = try await PythonSchemaValidator.validate(try JSONSerialization.data(withJSONObject: object))
            #expect(verdict.isRejectedBySchema, "\(name) was accepted")
        }
    }
}
