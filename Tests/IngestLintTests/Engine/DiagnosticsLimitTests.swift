import Foundation
import Testing
@testable import IngestLint

@Suite("limits.max-diagnostics-per-file")
struct DiagnosticsLimitTests {
    static func run(limit: Int, chunkSize: Int = 4096, _ inputs: [LintInput]) async throws -> [FileResult] {
        var configuration = Configuration()
        configuration.limits.maxDiagnosticsPerFile = limit
        var run = LintRun(configuration: configuration, jobs: 2)
        run.fileLinterChunkSize = chunkSize
        var results: [FileResult] = []
        try await run.run(inputs, streamsParts: true) { part in
            if let last = results.last, !last.isComplete { results[results.count - 1].append(part) } else { results.append(part) }
        }
        return results
    }

    @Test("Each file lists its first N findings in report order and counts the rest", arguments: [1, 7, 150])
    func firstFindingsListed(limit: Int) async throws {
        let (folder, inputs) = try StreamedPartsTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try await Self.run(limit: 0, inputs)
        let limited = try await Self.run(limit: limit, inputs)
        #expect(limited.map(\.path) == all.map(\.path))
        for (cut, whole) in zip(limited, all) {
            #expect(cut.diagnostics.count == min(limit, whole.diagnostics.count), "\(cut.path)")
            #expect(
                cut.diagnostics.map(\.location) == whole.diagnostics.prefix(limit).map(\.location)
                    && cut.diagnostics.map(\.code) == whole.diagnostics.prefix(limit).map(\.code),
                "\(cut.path): not the first \(limit) findings")
            #expect(cut.omitted.total == whole.diagnostics.count - cut.diagnostics.count, "\(cut.path)")
        }
        // The files hold IL303 duplicates across lines, which are counted past the limit too.
        #expect(all[0].diagnostics.count > 150 && all[0].diagnostics.contains { $0.code == "IL303" })
        let cutSummary = LintReport(files: limited).summary
        let wholeSummary = LintReport(files: all).summary
        #expect(cutSummary.errorCount == wholeSummary.errorCount)
        #expect(cutSummary.warningCount == wholeSummary.warningCount)
        #expect(cutSummary.infoCount == wholeSummary.infoCount)
        #expect(cutSummary.filesWithFindings == wholeSummary.filesWithFindings)
        #expect(cutSummary.omittedCount == wholeSummary.findingCount - limited.reduce(0) { $0 + $1.diagnostics.count })
        #expect(wholeSummary.omittedCount == 0)
    }

    @Test("One document with more findings than the limit keeps the earliest ones")
    func oneDocument() throws {
        // 40 candidates, each without an e-mail (IL200 at the candidate object), in one JSON file.
        let candidates = (0..<40).map { #"{"name": "Candidate \#($0)"}"# }.joined(separator: ",\n")
        let text = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [\#n\#(candidates)]}"#
        var configuration = Configuration()
        configuration.limits.maxDiagnosticsPerFile = 5
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.limits = configuration.limits
        let result = fileLinter.lint(bytes: Array(text.utf8), path: "big.json", format: .json)
        #expect(result.diagnostics.map(\.start.line) == [2, 3, 4, 5, 6])
        #expect(result.omitted.total == 35)
        #expect(LintReport(files: [result]).summary.findingCount == 40)
    }

    @Test("The sink buffers at most twice the limit and keeps the earliest findings")
    func sinkKeepsEarliest() {
        var configuration = Configuration()
        configuration.select = ["IL201", "IL202"]
        var sink = FindingSink(rules: RuleTable(configuration: configuration), limit: 3)
        for offset in [50, 40, 30, 20, 10, 5, 60, 1] {
            let rule = offset.isMultiple(of: 20) ? BlankValueRule.id : WrongTypeRule.id
            sink.report(Finding(rule: rule, message: "", range: offset..<offset + 1, pointer: .root))
        }
        // Not selected: not kept, not counted.
        sink.report(Finding(rule: MissingFieldRule.id, message: "", range: 0..<1, pointer: .root))
        #expect(sink.findings.map(\.range.lowerBound) == [1, 5, 10])
        // Dropped: 20, 40 and 60 (IL202), 30 and 50 (IL201).
        #expect(sink.omittedCounts == ["IL201": 2, "IL202": 3])
    }

    /// `max-diagnostics-per-file: 0` is a limit of `Int.max`: the sink never cuts back (it once
    /// doubled the limit into a negative number and sorted its buffer on every finding, hours
    /// for a document with a few hundred thousand findings), so findings stay in report order.
    @Test("An unlimited sink keeps every finding as reported, without cutting back")
    func unlimitedSinkNeverCuts() {
        var sink = FindingSink(rules: RuleTable(configuration: Configuration()), limit: .max)
        let offsets = Array((0..<1_000).reversed())
        for offset in offsets {
            sink.report(Finding(rule: WrongTypeRule.id, message: "", range: offset..<offset + 1, pointer: .root))
        }
        #expect(sink.findings.map(\.range.lowerBound) == offsets)
        #expect(sink.omittedCounts.isEmpty)
    }

    @Test("The limit is read from the configuration; 0 lists everything")
    func configuration() throws {
        let configuration = try ConfigurationLoader.parse(text: "limits:\n  max-diagnostics-per-file: 25\n", file: ".ingestlint.yml")
        #expect(configuration.limits.maxDiagnosticsPerFile == 25)
        #expect(Configuration().limits.maxDiagnosticsPerFile == 10_000)
        let unlimited = try ConfigurationLoader.parse(text: "limits:\n  max-diagnostics-per-file: 0\n", file: ".ingestlint.yml")
        #expect(unlimited.limits.diagnosticsPerFile == .max)
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.parse(text: "limits:\n  max-diagnostics-per-file: -3\n", file: ".ingestlint.yml")
        }
    }

    @Test("Text and JSON reports say what was not listed, and the run still fails")
    func reports() async throws {
        let lines = (0..<30).map { #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "C\#($0)"}]}"# }
        let workspace = try CLIWorkspace(files: [
            "export.jsonl": lines.joined(separator: "\n") + "\n",
            ".ingestlint.yml": "limits:\n  max-diagnostics-per-file: 4\n",
        ])
        let text = try await workspace.run(["--color", "never", "export.jsonl"])
        #expect(text.status == 1, "\(text.transcript)")
        #expect(text.output.components(separatedBy: "[IL200 ").count - 1 == 4, "\(text.transcript)")
        #expect(text.output.contains("export.jsonl: …and 26 more findings not listed (limits.max-diagnostics-per-file)\n"), "\(text.transcript)")
        #expect(text.output.hasSuffix("30 errors in 1 of 1 file — 30 payloads, 30 candidates; 26 not listed (limits.max-diagnostics-per-file)\n"), "\(text.transcript)")
        let json = try await workspace.run(["--format", "json", "export.jsonl"])
        #expect(json.status == 1)
        let report = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        #expect((report?["diagnostics"] as? [Any])?.count == 4)
        #expect(summary?["omitted"] as? Int == 26)
        #expect(summary?["errors"] as? Int == 30)
    }
}
