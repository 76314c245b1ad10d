import Foundation
import IngestLint
import Testing

/// `--write-baseline`, `--baseline` and `--show-stale` through the binary (docs/baseline.md).
@Suite("Baseline (CLI)")
struct BaselineCLITests {
    /// A repository with one payload holding two findings (IL300 at /data/0/email, IL200 at
    /// /data/1) and a JSON Lines export holding two, and its baseline written from the root.
    static let payload = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "data": [
            {"name": "Ada Lovelace", "email": "ada@@lovelace.dev"},
            {"name": "Grace Hopper"}
          ]
        }

        """#

    /// A clean record; each address once, so no IL303.
    static func good(_ index: Int) -> String {
        #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A", "email": "a\#(index)@b.dev"}]}"#
    }

    static let good = good(0)
    static let missingEmail = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "B"}]}"#
    static let broken = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": [{"name": "C""#
    /// IL200 on line 2, IL100 on line 4.
    static let export = [good(1), missingEmail, good(2), broken].joined(separator: "\n") + "\n"

    static let ci: [String: String?] = ["CI_PROJECT_DIR": nil, "GITHUB_WORKSPACE": nil]

    static func project() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace(files: ["payloads/a.json": payload, "exports/e.jsonl": export])
        try FileManager.default.createDirectory(at: workspace.url(".git"), withIntermediateDirectories: true)
        return workspace
    }

    static func run(_ workspace: CLIWorkspace, _ arguments: [String], in folder: String? = nil) async throws -> ExternalProcess.Outcome {
        try await ExternalProcess(
            executable: IngestLintBinary.url(), arguments: ["--no-config", "--color", "never"] + arguments,
            environment: ci, currentDirectory: folder.map(workspace.url) ?? workspace.folder
        ).run()
    }

    static func writeBaseline(_ workspace: CLIWorkspace) async throws {
        let outcome = try await run(workspace, ["--write-baseline", ".ingestlint-baseline.json", "payloads", "exports"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.errorLines.last == "ingestlint: recorded 4 findings in the baseline '.ingestlint-baseline.json'")
    }

    /// The count is grouped as the text report's counts are.
    @Test func aLargeCountIsGrouped() async throws {
        let lines = [String](repeating: Self.missingEmail, count: 1_234).joined(separator: "\n") + "\n"
        let workspace = try CLIWorkspace(files: ["big.jsonl": lines])
        let outcome = try await Self.run(workspace, ["--write-baseline", "b.json", "big.jsonl"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.errorLines.last == "ingestlint: recorded 1,234 findings in the baseline 'b.json'")
    }

    /// `--write-baseline` records every finding and passes; the findings are still reported.
    @Test func writingABaselineRecordsEveryFindingAndExitsZero() async throws {
        let workspace = try Self.project()
        let plain = try await Self.run(workspace, ["payloads", "exports"])
        #expect(plain.status == 1)
        try await Self.writeBaseline(workspace)
        let baseline = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: workspace.url(".ingestlint-baseline.json"))) as? [String: Any])
        #expect(baseline["tool"] as? String == "ingestlint")
        #expect(baseline["version"] as? Int == 1)
        let findings = try #require(baseline["findings"] as? [[String: String]])
        #expect(findings.map { "\($0["file"] ?? "") \($0["pointer"] ?? "") \($0["code"] ?? "")" } == [
            "exports/e.jsonl  IL100", "exports/e.jsonl /data/0 IL200", "payloads/a.json /data/0/email IL300",
            "payloads/a.json /data/1 IL200",
        ])
        #expect(findings.allSatisfy { $0["value"]?.count == 32 })
        let suppressed = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "payloads", "exports"])
        #expect(suppressed.status == 0, "\(suppressed.transcript)")
        #expect(suppressed.outputLines == [
            "No problems in 2 files — 4 payloads, 5 candidates",
            "baseline: 4 findings suppressed, 0 entries stale",
        ])
    }

    @Test func aRecordMovedToAnotherLineStaysSuppressed() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        try workspace.write("payloads/a.json", "\n\n" + Self.payload.replacingOccurrences(of: "    {\"name\": \"Grace", with: "\n\n    {\"name\": \"Grace"))
        try workspace.write("exports/e.jsonl", [Self.broken, Self.good(1), Self.good(2), "", Self.missingEmail].joined(separator: "\n") + "\n")
        let outcome = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "payloads", "exports"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.outputLines.last == "baseline: 4 findings suppressed, 0 entries stale")
    }

    @Test func aChangedValueAndANewProblemAreReportedAndTheOldEntryIsStale() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        try workspace.write("payloads/a.json", Self.payload
            .replacingOccurrences(of: "ada@@lovelace.dev", with: "ada@@lovelace.org")
            .replacingOccurrences(of: #""status": "draft""#, with: #""status": "Draft""#))
        let outcome = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "payloads", "exports"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let findings = outcome.outputLines.filter { $0.hasPrefix("payloads/a.json:") }
        #expect(findings.count == 2, "\(outcome.output)")
        #expect(findings.contains { $0.contains("ada@@lovelace.org") && $0.contains("[IL300 invalid-email]") })
        #expect(findings.contains { $0.contains("[IL600 invalid-status]") })
        #expect(outcome.outputLines.last == "baseline: 3 findings suppressed, 1 entry stale (--show-stale lists them)")
        let listed = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "--show-stale", "payloads", "exports"])
        let last = listed.outputLines.suffix(2)
        #expect(last.first == "baseline: 3 findings suppressed, 1 entry stale")
        #expect(last.last?.hasPrefix("  stale: payloads/a.json /data/0/email IL300 value ") == true, "\(listed.output)")
    }

    /// The JSON report's summary says what the baseline did, and still matches the schema.
    @Test func theJSONReportCountsSuppressedAndStale() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        try workspace.write("exports/e.jsonl", Self.good + "\n")
        for showStale in [false, true] {
            let outcome = try await Self.run(
                workspace, ["--baseline", ".ingestlint-baseline.json", "--format", "json", "payloads", "exports"] + (showStale ? ["--show-stale"] : []))
            #expect(outcome.status == 0, "\(outcome.transcript)")
            let report = try #require(try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any])
            let summary = try #require(report["summary"] as? [String: Any])
            let baseline = try #require(summary["baseline"] as? [String: Any])
            #expect(baseline["suppressed"] as? Int == 2)
            #expect(baseline["stale"] as? Int == 2)
            #expect(summary["errors"] as? Int == 0)
            let entries = baseline["staleEntries"] as? [[String: String]]
            #expect(entries?.map { $0["code"] ?? "" } == (showStale ? ["IL100", "IL200"] : nil))
            if PythonSchemaValidator.isAvailable {
                let verdict = try await PythonSchemaValidator.validate(outcome.standardOutput)
                #expect(verdict.isValid, "\(verdict.details)")
            }
        }
        // Without --baseline the summary has no such member.
        let plain = try await Self.run(workspace, ["--format", "json", "payloads"])
        #expect(!plain.output.contains("\"baseline\""))
    }

    /// Entries are root-relative: written at the root, applied from a subfolder or with
    /// absolute paths, they match the same findings.
    @Test func aBaselineWrittenInOneFolderWorksFromAnother() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        let fromSubfolder = try await Self.run(workspace, ["--baseline", "../.ingestlint-baseline.json", "a.json"], in: "payloads")
        #expect(fromSubfolder.status == 0, "\(fromSubfolder.transcript)")
        #expect(fromSubfolder.outputLines.last == "baseline: 2 findings suppressed, 0 entries stale")
        let absolute = try await Self.run(workspace, ["--baseline", workspace.url(".ingestlint-baseline.json").path, workspace.url("exports/./e.jsonl").path], in: "payloads")
        #expect(absolute.status == 0, "\(absolute.transcript)")
        #expect(absolute.outputLines.last == "baseline: 2 findings suppressed, 0 entries stale")
    }

    @Test(arguments: [
        (#"{"tool": "ingestlint", "version": 2, "findings": []}"#, "it is in baseline format version 2 and this ingestlint reads version 1 (write it again with --write-baseline FILE)."),
        (#"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": []}"#, "it is not an ingestlint baseline (write one with --write-baseline FILE)."),
        ("not json at all", "it is not an ingestlint baseline (write one with --write-baseline FILE): it is not JSON (line 1: "),
    ])
    func aBaselineOfAnotherVersionOrNoBaselineIsOneSentenceAndExitTwo(contents: String, reason: String) async throws {
        let workspace = try Self.project()
        try workspace.write("old-baseline.json", contents)
        let outcome = try await Self.run(workspace, ["--baseline", "old-baseline.json", "payloads"])
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty, "nothing is linted")
        #expect(outcome.errorLines.count == 1)
        #expect(outcome.error.hasPrefix("ingestlint: cannot use the baseline 'old-baseline.json': "), "\(outcome.error)")
        #expect(outcome.error.contains(reason), "\(outcome.error)")
    }

    @Test func aMissingBaselineIsExitTwo() async throws {
        let workspace = try Self.project()
        let outcome = try await Self.run(workspace, ["--baseline", "nowhere.json", "payloads"])
        #expect(outcome.status == 2)
        #expect(outcome.errorLines.count == 1)
        #expect(outcome.error.hasPrefix("ingestlint: cannot use the baseline 'nowhere.json': "), "\(outcome.error)")
    }

    @Test(arguments: [
        ["--show-stale", "payloads"],
        ["--baseline", "b.json", "--write-baseline", "c.json", "payloads"],
        ["--baseline", "b.json", "--diff", "payloads"],
        ["--write-baseline", "c.json", "--diff", "payloads"],
    ])
    func meaninglessCombinationsAreUsageErrors(arguments: [String]) async throws {
        let workspace = try Self.project()
        let outcome = try await Self.run(workspace, arguments)
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(!FileManager.default.fileExists(atPath: workspace.url("c.json").path))
    }

    /// `--fix` fixes every fixable finding, recorded or not; the baseline then applies to what
    /// remains, so the entries of fixed findings are stale.
    @Test func fixingUnderABaselineFixesEverythingAndReportsWhatRemains() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.mixed])
        try FileManager.default.createDirectory(at: workspace.url(".git"), withIntermediateDirectories: true)
        _ = try await Self.run(workspace, ["--write-baseline", "baseline.json", "a.json"])
        let outcome = try await Self.run(workspace, ["--baseline", "baseline.json", "--fix", "a.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        // Two IL204 fixed (their entries stale); IL206 and IL200 remain and are suppressed.
        #expect(outcome.outputLines.last == "baseline: 2 findings suppressed, 2 entries stale (--show-stale lists them)")
        #expect(outcome.error.contains("fixed 2 findings in 1 file"))
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8).contains("null") == false)
    }

    /// Identical findings are counted: a second copy of a recorded record is new.
    @Test func aCopyOfARecordedRecordIsReported() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        try workspace.write("exports/e.jsonl", Self.export + Self.missingEmail + "\n")
        let outcome = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "exports"])
        #expect(outcome.status == 1)
        #expect(outcome.outputLines.filter { $0.hasPrefix("exports/e.jsonl:") }.map { $0.prefix(18) } == ["exports/e.jsonl:5:"])
        #expect(outcome.output.contains("[IL200 missing-field]"))
    }

    /// The result does not depend on scheduling, for many files and a JSON Lines file linted
    /// in parallel: 12 files with 2 findings each, and an export of 400 records, 200 of them
    /// with an invalid address.
    @Test func jobsDoNotChangeTheResult() async throws {
        let workspace = try Self.project()
        func export(changing changed: Range<Int>) -> String {
            (0..<400).map { index in
                guard index % 2 == 0 else { return Self.good(index) }
                let address = changed.contains(index) ? "x\(index)@@b.dev" : "a\(index)@@b.dev"
                return Self.good(index).replacingOccurrences(of: "a\(index)@b.dev", with: address)
            }.joined(separator: "\n") + "\n"
        }
        func payload(_ index: Int, changed: Bool) -> String {
            Self.payload.replacingOccurrences(of: "ada@@", with: changed ? "ada\(index)@@@" : "ada\(index)@@")
        }
        for index in 0..<12 { try workspace.write("payloads/p\(index).json", payload(index, changed: false)) }
        try workspace.write("exports/e.jsonl", export(changing: 0..<0))
        try workspace.write("payloads/a.json", Self.good)
        let written = try await Self.run(workspace, ["--write-baseline", "base.json", "--jobs", "2", "payloads", "exports"])
        #expect(written.errorLines.last == "ingestlint: recorded 224 findings in the baseline 'base.json'")
        // 6 payloads' and 50 records' addresses change; a new problem is added to the export.
        for index in 0..<6 { try workspace.write("payloads/p\(index).json", payload(index, changed: true)) }
        try workspace.write("exports/e.jsonl", export(changing: 100..<200) + Self.missingEmail + "\n")
        var outputs: [String] = []
        for jobs in ["1", "2"] {
            for format in ["text", "json"] {
                let outcome = try await Self.run(
                    workspace, ["--baseline", "base.json", "--show-stale", "--jobs", jobs, "--format", format, "payloads", "exports"])
                #expect(outcome.status == 1)
                outputs.append(outcome.output)
            }
        }
        #expect(outputs[0] == outputs[2])
        #expect(outputs[1] == outputs[3])
        #expect(outputs[0].contains("baseline: 168 findings suppressed, 56 entries stale\n"), "\(outputs[0].suffix(300))")
        #expect(outputs[0].split(separator: "\n").filter { $0.contains(": error: ") }.count == 57)
    }

    /// The baseline file is not a payload: a walk that meets it does not lint it.
    @Test func theBaselineFileIsNeverLinted() async throws {
        let workspace = try Self.project()
        let first = try await Self.run(workspace, ["--write-baseline", "payloads/baseline.json", "payloads"])
        #expect(first.status == 0)
        let second = try await Self.run(workspace, ["--write-baseline", "payloads/baseline.json", "payloads"])
        #expect(second.output == first.output)
        let applied = try await Self.run(workspace, ["--baseline", "payloads/baseline.json", "payloads"])
        #expect(applied.status == 0, "\(applied.transcript)")
        #expect(applied.outputLines.first == "No problems in 1 file — 1 payload, 2 candidates")
    }

    /// The listing limit applies after the baseline: suppressed findings do not use it up.
    @Test func theListingLimitCountsOnlyReportedFindings() async throws {
        let workspace = try Self.project()
        try workspace.write("payloads/a.json", Self.payload)
        _ = try await Self.run(workspace, ["--write-baseline", "base.json", "payloads"])
        try workspace.write("payloads/a.json", Self.payload.replacingOccurrences(of: #""status": "draft""#, with: #""status": "Draft""#))
        let outcome = try await Self.run(workspace, ["--baseline", "base.json", "--max-diagnostics-per-file", "1", "payloads"])
        #expect(outcome.status == 1)
        #expect(outcome.outputLines.filter { $0.hasPrefix("payloads/a.json:") }.count == 1)
        #expect(outcome.output.contains("[IL600 invalid-status]"))
        #expect(!outcome.output.contains("not listed"))
    }

    /// A run over some files or some rules does not call the others' entries stale.
    @Test func partialRunsHaveNoFalseStaleEntries() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        let oneFile = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "payloads/a.json"])
        #expect(oneFile.outputLines.last == "baseline: 2 findings suppressed, 0 entries stale", "\(oneFile.transcript)")
        let oneRule = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "--select", "IL300", "payloads", "exports"])
        #expect(oneRule.outputLines.last == "baseline: 1 finding suppressed, 0 entries stale", "\(oneRule.transcript)")
    }

    /// A JSON Lines file over one 4 MiB chunk is reported in parts; when the baseline takes
    /// every finding of the early parts, the file has no findings in the summary either.
    @Test func aStreamedFileWhoseFindingsAreAllSuppressedHasNone() async throws {
        let workspace = try Self.project()
        let lines = [Self.missingEmail] + (1..<45_000).map(Self.good)
        try workspace.write("exports/e.jsonl", lines.joined(separator: "\n") + "\n")
        try #require(try Data(contentsOf: workspace.url("exports/e.jsonl")).count > 5 << 20)
        _ = try await Self.run(workspace, ["--write-baseline", "base.json", "exports"])
        let outcome = try await Self.run(workspace, ["--baseline", "base.json", "--format", "json", "exports"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        let report = try #require(try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Any])
        #expect(summary["filesWithFindings"] as? Int == 0)
        #expect((summary["baseline"] as? [String: Int]) == ["suppressed": 1, "stale": 0])
    }

    /// With a format that has no summary of its own, `--show-stale` lists on standard error.
    @Test func staleEntriesOfOtherFormatsGoToStandardError() async throws {
        let workspace = try Self.project()
        try await Self.writeBaseline(workspace)
        try workspace.write("exports/e.jsonl", Self.good + "\n")
        let outcome = try await Self.run(workspace, ["--baseline", ".ingestlint-baseline.json", "--show-stale", "--format", "sarif", "payloads", "exports"])
        #expect(outcome.status == 0)
        #expect(outcome.errorLines.first == "baseline: 2 findings suppressed, 2 entries stale")
        let entries = Array(outcome.errorLines.dropFirst())
        #expect(entries.count == 2)
        #expect(entries.first?.hasPrefix("  stale: exports/e.jsonl (the whole document) IL100 value ") == true)
        #expect(entries.last?.hasPrefix("  stale: exports/e.jsonl /data/0 IL200 value ") == true)
    }
}
