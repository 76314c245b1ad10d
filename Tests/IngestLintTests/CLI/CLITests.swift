import Foundation
import IngestLint
import Testing

/// The built `ingestlint` binary, run as a user would: exit statuses of SPEC §8, where findings
/// and errors go, colour, quiet and statistics output.
@Suite("CLI")
struct CLITests {
    // MARK: Exit 0 and 1: the gate

    @Test func cleanInputExitsZero() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let outcome = try await workspace.run(["--no-config", "clean.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 1 file — 1 payload, 1 candidate\n")
        #expect(outcome.error.isEmpty)
    }

    @Test func noPathLintsTheCurrentFolder() async throws {
        let workspace = try CLIWorkspace(files: [
            "a/clean.json": CLIFixtures.clean,
            "b/clean.jsonl": """
                {"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A B", "email": "ab@lovelace.dev"}]}

                {"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "C D", "email": "cd@lovelace.dev"}]}

                """,
            "c/notes.txt": "not a payload\n",
        ])
        let outcome = try await workspace.run(["--no-config"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 2 files — 3 payloads, 3 candidates\n", "\(outcome.transcript)")
    }

    @Test func explicitLintSubcommandIsTheDefault() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let implicit = try await workspace.run(["--no-config", "error.json"])
        let explicit = try await workspace.run(["lint", "--no-config", "error.json"])
        #expect(implicit.status == 1)
        #expect(explicit.status == 1)
        #expect(explicit.output == implicit.output)
    }

    @Test func errorsFailTheGateAndGoToStandardOutput() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "--color", "never", "error.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.error.isEmpty, "findings must not go to standard error")
        #expect(outcome.output.hasPrefix("error.json:4:12: error: the candidate has no 'email' field, which is required [IL200 missing-field]\n"))
        #expect(outcome.output.hasSuffix("1 error in 1 of 1 file — 1 payload, 1 candidate\n"))
    }

    @Test func warningsPassByDefault() async throws {
        let workspace = try CLIWorkspace(files: ["warning.json": CLIFixtures.oneWarning])
        let outcome = try await workspace.run(["--no-config", "warning.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains("[IL206 misplaced-field]"))
        #expect(outcome.output.hasSuffix("1 warning in 1 of 1 file — 1 payload, 1 candidate\n"))
    }

    @Test func failOnWarningFailsOnAWarning() async throws {
        let workspace = try CLIWorkspace(files: ["warning.json": CLIFixtures.oneWarning])
        let outcome = try await workspace.run(["--no-config", "--fail-on", "warning", "warning.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.error.isEmpty)
    }

    @Test func failOnInfoFailsOnlyWhenAnInfoIsReported() async throws {
        let workspace = try CLIWorkspace(files: [
            "clean.json": CLIFixtures.clean,
            "stringly.json": #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A B", "email": "ab@lovelace.dev", "additionalFields": {"synced": "true"}}]}"#,
        ])
        let clean = try await workspace.run(["--no-config", "--fail-on", "info", "--select", "all", "clean.json"])
        #expect(clean.status == 0, "\(clean.transcript)")
        let withInfo = try await workspace.run(["--no-config", "--fail-on", "info", "--select", "all", "stringly.json"])
        #expect(withInfo.status == 1, "\(withInfo.transcript)")
        let errorGate = try await workspace.run(["--no-config", "--select", "all", "stringly.json"])
        #expect(errorGate.status == 0, "\(errorGate.transcript)")
    }

    @Test func maxWarningsFailsWhenExceeded() async throws {
        let workspace = try CLIWorkspace(files: ["warning.json": CLIFixtures.oneWarning])
        let exceeded = try await workspace.run(["--no-config", "--max-warnings", "0", "warning.json"])
        #expect(exceeded.status == 1, "\(exceeded.transcript)")
        let within = try await workspace.run(["--no-config", "--max-warnings", "1", "warning.json"])
        #expect(within.status == 0, "\(within.transcript)")
    }

    @Test func configurationSetsTheGate() async throws {
        let workspace = try CLIWorkspace(files: [
            "warning.json": CLIFixtures.oneWarning,
            ".ingestlint.yml": "fail-on: warning\n",
        ])
        let discovered = try await workspace.run(["warning.json"])
        #expect(discovered.status == 1, "\(discovered.transcript)")
        let ignored = try await workspace.run(["--no-config", "warning.json"])
        #expect(ignored.status == 0, "\(ignored.transcript)")
        let overridden = try await workspace.run(["--fail-on", "error", "warning.json"])
        #expect(overridden.status == 0, "\(overridden.transcript)")
    }

    @Test func selectAndIgnoreAcceptCodesAndNames() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let onlyWarning = try await workspace.run(["--no-config", "--select", "misplaced-field", "mixed.json"])
        #expect(onlyWarning.status == 0, "\(onlyWarning.transcript)")
        #expect(onlyWarning.output.contains("[IL206 misplaced-field]"))
        #expect(!onlyWarning.output.contains("IL200"))
        let ignored = try await workspace.run(["--no-config", "--ignore", "IL200, null-value", "mixed.json"])
        #expect(ignored.status == 0, "\(ignored.transcript)")
        #expect(!ignored.output.contains("IL204"))
    }

    // MARK: Exit 2: usage, configuration and I/O errors

    @Test func missingPathIsAUsageError() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let outcome = try await workspace.run(["--no-config", "clean.json", "nope.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty, "nothing is linted when an argument is wrong")
        expectToolError(outcome, containing: "nope.json")
    }

    @Test(arguments: [
        ["--bogus"],
        ["-z"],
        ["--format", "xml"],
        ["--format"],
        ["--fail-on", "fatal"],
        ["--max-warnings", "-1"],
        ["--max-warnings", "many"],
        ["--jobs", "0"],
        ["--jobs", "two"],
        ["--color", "sometimes"],
        ["--visibility", "secret"],
        ["--quiet", "--statistics"],
        ["-", "-"],
        ["--config", "x.yml", "--no-config"],
        ["rules", "--format", "html"],
        ["frobnicate", "--now"],
    ])
    func badArgumentsAreUsageErrors(arguments: [String]) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let outcome = try await workspace.run(arguments + (arguments.first == "rules" ? [] : ["clean.json"]))
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty, "\(outcome.transcript)")
        let first = try #require(outcome.errorLines.first, "\(outcome.transcript)")
        #expect(first.hasPrefix("Error: ") || first.hasPrefix("ingestlint: "), "\(outcome.transcript)")
    }

    @Test(arguments: [
        (["--select", "IL999"], "unknown rule 'IL999' in --select"),
        (["--select", "IL206,misplaced-feld"], "unknown rule 'misplaced-feld' in --select"),
        (["--ignore", "nope"], "unknown rule 'nope' in --ignore"),
    ])
    func unknownRulesAreUsageErrors(arguments: [String], message: String) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        expectToolError(outcome, containing: message)
    }

    @Test(arguments: [
        ("bad.yml", "fail-on: error\nrulez:\n  select: [all]\n", "bad.yml:2"),
        ("bad.yml", "rules:\n  select: [all]\nmax-warnings: lots\n", "bad.yml:3"),
        ("bad.yml", "rules:\n  ignore: [IL999]\n", "bad.yml:2"),
        ("bad.json", "{\n  \"fail-on\": \"error\",\n  \"colour\": true\n}\n", "bad.json:3"),
    ])
    func badConfigurationFileIsAnError(name: String, contents: String, location: String) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean, "config/\(name)": contents])
        let outcome = try await workspace.run(["-c", "config/\(name)", "clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        expectToolError(outcome, containing: "config/\(location)")
    }

    @Test func discoveredBadConfigurationIsAnErrorUnlessIgnored() async throws {
        let workspace = try CLIWorkspace(files: [
            "clean.json": CLIFixtures.clean,
            ".ingestlint.yml": "# project settings\nfail_on: warning\n",
        ])
        let outcome = try await workspace.run(["clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        expectToolError(outcome, containing: ".ingestlint.yml:2")
        let ignored = try await workspace.run(["--no-config", "clean.json"])
        #expect(ignored.status == 0, "\(ignored.transcript)")
    }

    @Test func missingConfigurationFileIsAnError() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let outcome = try await workspace.run(["--config", "absent.yml", "clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        expectToolError(outcome, containing: "absent.yml")
    }

    @Test(arguments: [
        ([String: String](), ["empty"]),
        (["notes/readme.txt": "no payloads here\n", "notes/.hidden/a.json": "{}"], ["notes"]),
    ])
    func folderWithoutPayloadFilesIsAnError(files: [String: String], arguments: [String]) async throws {
        let workspace = try CLIWorkspace(files: files)
        try FileManager.default.createDirectory(at: workspace.url("empty"), withIntermediateDirectories: true)
        let outcome = try await workspace.run(["--no-config"] + arguments)
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        expectToolError(outcome, containing: "no *.json, *.jsonl or *.ndjson file found")
    }

    @Test func unwritableOutputIsAnError() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean, "error.json": CLIFixtures.oneError])
        // A regular file where a folder is needed: unwritable even for root.
        for destination in ["clean.json/report.json", "clean.json/deeper/report.json"] {
            let outcome = try await workspace.run(["--no-config", "-o", destination, "error.json"])
            #expect(outcome.status == 2, "\(outcome.transcript)")
            #expect(outcome.output.isEmpty, "the report must not fall back to standard output")
            expectToolError(outcome, containing: "cannot write the report to '\(destination)'")
        }
        let original = try String(contentsOf: workspace.url("clean.json"), encoding: .utf8)
        #expect(original == CLIFixtures.clean)
    }

    // MARK: Output destinations and formats

    @Test func outputFileReceivesTheReport() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "-f", "json", "-o", "out/new/report.json", "error.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        #expect(outcome.error.isEmpty)
        let data = try Data(contentsOf: workspace.url("out/new/report.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["IL200"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out/new").path)
        #expect(leftovers == ["report.json"], "no temporary file is left behind")
    }

    @Test func jsonFormatOnStandardOutput() async throws {
        let workspace = try CLIWorkspace(files: ["warning.json": CLIFixtures.oneWarning])
        let outcome = try await workspace.run(["--no-config", "--format", "json", "warning.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        let object = try #require(try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any])
        let tool = try #require(object["tool"] as? [String: Any])
        #expect(tool["version"] as? String == IngestLintVersion.current)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["pointer"] as? String == "/data/0/skills")
    }

    /// The CLI run from the package root writes the same bytes as the in-process reporters and
    /// as the goldens in `reports/examples/` (which `UPDATE_GOLDENS=1` may be rewriting) — but
    /// for the project root's `file://` URI in SARIF, which names this machine's folder and so
    /// is not in the golden.
    @Test(arguments: GoldenReportTests.Format.allCases)
    func reportsOfTheExamplesMatchTheGoldens(format: GoldenReportTests.Format) async throws {
        let outcome = try await ExternalProcess(
            executable: IngestLintBinary.url(),
            arguments: ["examples/", "--no-config", "--color", "never"] + format.arguments,
            environment: ["CI_PROJECT_DIR": nil, "GITHUB_WORKSPACE": nil],
            currentDirectory: ReportFixtures.packageRoot
        ).run()
        #expect(outcome.status == 1, "the examples include defective payloads on purpose")
        #expect(outcome.error.isEmpty, "\(outcome.transcript)")
        var output = outcome.output
        if format.reportFormat == .sarif {
            let root = URL(fileURLWithPath: ReportFixtures.packageRoot.standardizedFileURL.path, isDirectory: true).absoluteString
            let rootLine = "\n          \"uri\": \"\(root)\","
            #expect(output.contains("\"PROJECTROOT\": {" + rootLine), "\(output.prefix(2000))")
            output = output.replacingOccurrences(of: rootLine, with: "")
        }
        let inProcess = format.render(try await ReportFixtures.lintExamples())
        #expect(output == inProcess, "\(GoldenReportTests.firstDifference(inProcess, output))")
        guard !GoldenReportTests.isUpdating else { return }
        let golden = try Data(contentsOf: ReportFixtures.goldenFolder.appendingPathComponent(format.fileName))
        #expect(
            Data(output.utf8) == golden,
            "\(format.fileName): \(GoldenReportTests.firstDifference(String(decoding: golden, as: UTF8.self), output))")
    }

    // MARK: Standard input

    @Test func standardInputUsesTheGivenFileName() async throws {
        let workspace = try CLIWorkspace()
        let outcome = try await workspace.run(
            ["--no-config", "--color", "never", "-", "--stdin-filename", "payloads/new.json"],
            standardInput: CLIFixtures.oneError)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.output.hasPrefix("payloads/new.json:4:12: error: "))
        #expect(outcome.error.isEmpty)
    }

    @Test func standardInputWithoutANameIsCalledStdin() async throws {
        let workspace = try CLIWorkspace()
        let outcome = try await workspace.run(["--no-config", "--format", "json", "-"], standardInput: CLIFixtures.oneWarning)
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains(#""file": "<stdin>""#))
    }

    @Test func standardInputIsSniffedForJSONLines() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean])
        let lines = [
            #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A B", "email": "ab@lovelace.dev"}]}"#,
            "",
            #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "C D", "email": "cd@lovelace.dev"}]}"#,
        ].joined(separator: "\n") + "\n"
        let outcome = try await workspace.run(["--no-config", "clean.json", "-"], standardInput: lines)
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 2 files — 3 payloads, 3 candidates\n")
    }

    // MARK: Other commands

    @Test func versionPrintsTheVersion() async throws {
        let outcome = try await CLIWorkspace().run(["--version"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == IngestLintVersion.current + "\n")
        #expect(outcome.error.isEmpty)
    }

    @Test func helpExitsZero() async throws {
        let outcome = try await CLIWorkspace().run(["--help"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains("USAGE"))
        #expect(outcome.output.contains("explain"))
    }

    @Test func rulesListsEveryRule() async throws {
        let outcome = try await CLIWorkspace().run(["rules"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.outputLines.count == RuleCatalogue.builtin.rules.count)
        #expect(outcome.outputLines.contains { $0.hasPrefix("IL206  misplaced-field ") })
        #expect(outcome.outputLines.contains { $0.hasPrefix("IL100  json-syntax ") })
    }

    @Test func rulesAsJSON() async throws {
        let outcome = try await CLIWorkspace().run(["rules", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        let rules = try #require(try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [[String: Any]])
        #expect(rules.count == RuleCatalogue.builtin.rules.count)
        #expect(rules.contains { $0["code"] as? String == "IL206" && $0["name"] as? String == "misplaced-field" })
    }

    @Test func explainByCodeAndByName() async throws {
        let workspace = try CLIWorkspace()
        let byCode = try await workspace.run(["explain", "IL206"])
        #expect(byCode.status == 0, "\(byCode.transcript)")
        #expect(byCode.output.hasPrefix("IL206 misplaced-field\n"))
        for heading in ["## What it does", "## Why it matters", "## Example", "## Use instead"] {
            #expect(byCode.output.contains(heading))
        }
        let byName = try await workspace.run(["explain", "misplaced-field"])
        #expect(byName.status == 0)
        #expect(byName.output == byCode.output)
    }

    @Test func explainUnknownRuleIsAnError() async throws {
        let outcome = try await CLIWorkspace().run(["explain", "NOPE"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        expectToolError(outcome, containing: "unknown rule 'NOPE'")
    }

    // MARK: Colour, quiet, statistics

    @Test func colorAlwaysPaints() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "--color", "always", "error.json"], environment: ["NO_COLOR": nil])
        #expect(outcome.status == 1)
        #expect(outcome.hasANSIEscapes)
        #expect(outcome.output.contains("\u{1B}[31merror:\u{1B}[0m"))
    }

    @Test(arguments: [
        (["--color", "never"], [String: String?]()),
        (["--color", "auto"], ["NO_COLOR": nil]),  // auto: standard output is a file, not a terminal
        (["--color", "auto"], ["NO_COLOR": "1"]),
        ([], ["NO_COLOR": "1"]),
    ] as [([String], [String: String?])])
    func colorIsOffWhenNotWanted(arguments: [String], environment: [String: String?]) async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["error.json"], environment: environment)
        #expect(outcome.status == 1)
        #expect(!outcome.hasANSIEscapes, "\(outcome.transcript)")
    }

    static let scriptCommand = URL(fileURLWithPath: "/usr/bin/script")

    /// `--color auto` on a real terminal: a pseudo-terminal from util-linux `script`.
    @Test(.enabled(
        if: CLITests.isLinux && FileManager.default.isExecutableFile(atPath: CLITests.scriptCommand.path),
        "needs util-linux script(1) for a pseudo-terminal"))
    func colorAutoPaintsOnlyOnATerminalWithoutNoColor() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let command = "'\(try IngestLintBinary.url().path)' --no-config --color auto error.json"
        for (noColor, expectsColor) in [(nil, true), ("1", false)] as [(String?, Bool)] {
            let outcome = try await ExternalProcess(
                executable: Self.scriptCommand,
                arguments: ["-qec", command, "/dev/null"],
                environment: ["NO_COLOR": noColor, "TERM": "xterm"],
                currentDirectory: workspace.folder
            ).run()
            #expect(outcome.status == 1, "\(outcome.transcript)")
            #expect(outcome.output.contains("error.json:4:12:"), "\(outcome.transcript)")
            #expect(outcome.hasANSIEscapes == expectsColor, "NO_COLOR=\(noColor ?? "<unset>"): \(outcome.transcript)")
        }
    }

    static var isLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }

    @Test func reportFilesAreNeverPainted() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "--color", "always", "-o", "report.txt", "error.json"])
        #expect(outcome.status == 1)
        let report = try Data(contentsOf: workspace.url("report.txt"))
        #expect(!report.contains(0x1B))
    }

    @Test func quietPrintsOnlyTheSummary() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed, "clean.json": CLIFixtures.clean])
        for flag in ["-q", "--quiet"] {
            let outcome = try await workspace.run(["--no-config", flag, "mixed.json", "clean.json"])
            #expect(outcome.status == 1, "\(outcome.transcript)")
            #expect(outcome.output == "1 error, 3 warnings in 1 of 2 files — 2 payloads, 3 candidates; 2 fixable with --fix\n", "\(outcome.transcript)")
        }
    }

    @Test func statisticsPrintsCountsPerRule() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let outcome = try await workspace.run(["--no-config", "--statistics", "mixed.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.output == """
            2  IL204  null-value       [*]
            1  IL200  missing-field
            1  IL206  misplaced-field
            [*] fixable with --fix
            1 error, 3 warnings in 1 of 1 file — 1 payload, 2 candidates; 2 fixable with --fix

            """)
    }

    /// Payload values quoted in messages must not smuggle terminal escapes (window title, screen
    /// clearing, fake colours) into a CI log or a terminal, even with `--color never`.
    @Test func controlCharactersFromPayloadsNeverReachTheTerminal() async throws {
        let workspace = try CLIWorkspace(files: [
            "escape.json": #"{"interviewerId": "\u001b]0;pwned\u0007\u001b[2J", "status": "draft", "data": [{"name": "A B", "email": "ab@lovelace.dev", "x\u001b[31my": 1}]}"#,
        ])
        let outcome = try await workspace.run(["--no-config", "--color", "never", "escape.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains("[IL207 interviewer-id-format]"))
        #expect(outcome.output.contains("[IL205 unknown-field]"))
        #expect(!outcome.hasANSIEscapes, "\(outcome.transcript)")
        #expect(!outcome.standardOutput.contains(0x07))
        #expect(outcome.output.contains("\\u{1B}"), "escapes are shown, not dropped")
    }

    // MARK: Helpers

    /// A tool error: nothing on standard output is checked here, one line on standard error
    /// starting `ingestlint: `.
    func expectToolError(_ outcome: ExternalProcess.Outcome, containing text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.errorLines.count == 1, "\(outcome.transcript)", sourceLocation: sourceLocation)
        #expect(outcome.error.hasPrefix("ingestlint: "), "\(outcome.transcript)", sourceLocation: sourceLocation)
        #expect(outcome.error.contains(text), "\(outcome.transcript)", sourceLocation: sourceLocation)
    }
}
