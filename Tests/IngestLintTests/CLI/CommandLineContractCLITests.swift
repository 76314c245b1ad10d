import Foundation
import Testing
@testable import IngestLint

/// Issue 11, items 5–14: inputs and outputs, configuration, messages — each through the binary.
@Suite("Command line and configuration do what they say")
struct CommandLineContractCLITests {
    static let clean = CLIFixtures.clean

    // MARK: 5. --stdin-filename alone reads standard input

    @Test func stdinFilenameWithoutAPathLintsStandardInput() async throws {
        // The folder holds a file with an error: linting the folder would exit 1.
        let workspace = try CLIWorkspace(files: ["broken.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "--stdin-filename", "in.json"], standardInput: CLIFixtures.oneWarning)
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains("in.json:4:"), "\(outcome.transcript)")
        #expect(!outcome.output.contains("broken.json"), "\(outcome.transcript)")
        #expect(outcome.output.contains("in 1 of 1 file"), "\(outcome.transcript)")
    }

    @Test func stdinFilenameWithPathsButNoDashIsAUsageError() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean])
        let outcome = try await workspace.run(["--no-config", "--stdin-filename", "in.json", "clean.json"], standardInput: Self.clean)
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.error.contains("--stdin-filename names standard input"), "\(outcome.transcript)")
    }

    /// A negative number is read as the option's value (not as an unknown flag) and refused with
    /// what the option accepts; a flag where the number should be is named as the bad value.
    @Test(arguments: [
        (["--jobs", "-2"], "--jobs must be at least 1."),
        (["--jobs", "0"], "--jobs must be at least 1."),
        (["--max-warnings", "-1"], "--max-warnings must be 0 or more."),
        (["--max-diagnostics-per-file", "-1"], "--max-diagnostics-per-file must be 0 or more."),
        (["--jobs", "--fix"], "The value '--fix' is invalid for '--jobs <jobs>'"),
    ])
    func numericOptionsRefuseBadValuesByName(arguments: [String], message: String) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty, "\(outcome.transcript)")
        #expect(outcome.error.contains(message), "\(outcome.transcript)")
        #expect(!outcome.error.contains("Missing value"), "\(outcome.transcript)")
    }

    // MARK: 6. --report FORMAT=DIR/ creates nothing

    @Test(arguments: [["--report", "json=out/"], ["-o", "out/"], ["--report", "sarif=reports/new/"]])
    func aReportPathEndingInASlashCreatesNothing(arguments: [String]) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty, "refused before anything is linted: \(outcome.transcript)")
        #expect(outcome.error.contains("it ends with '/', so it names a folder, not a file"), "\(outcome.transcript)")
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
        #expect(left == ["clean.json"], "\(left)")
    }

    @Test func fixDoesNotTouchAFileWhenItsReportCannotBeWritten() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let outcome = try await workspace.run(["--no-config", "--fix", "--report", "json=out/", "mixed.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(try String(contentsOf: workspace.url("mixed.json"), encoding: .utf8) == CLIFixtures.mixed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path) == ["mixed.json"])
    }

    // MARK: 7. The gate line and the [*] legend

    @Test func aFailedMaxWarningsGateIsNamedInTheSummary() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let failed = try await workspace.run(["--no-config", "--select", "IL204,IL206", "--max-warnings", "2", "mixed.json"])
        #expect(failed.status == 1, "\(failed.transcript)")
        #expect(failed.outputLines.last == "gate failed: 3 warnings > 2 (max-warnings)", "\(failed.transcript)")
        let quiet = try await workspace.run(["--no-config", "-q", "--select", "IL204,IL206", "--max-warnings", "2", "mixed.json"])
        #expect(quiet.outputLines == ["3 warnings in 1 of 1 file — 1 payload, 2 candidates; 2 fixable with --fix", "gate failed: 3 warnings > 2 (max-warnings)"], "\(quiet.transcript)")
        let passed = try await workspace.run(["--no-config", "--select", "IL204,IL206", "--max-warnings", "3", "mixed.json"])
        #expect(passed.status == 0, "\(passed.transcript)")
        #expect(!passed.output.contains("gate failed"), "\(passed.transcript)")
        let configured = try await CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed, "c.yml": "max-warnings: 0\n"])
            .run(["-c", "c.yml", "--select", "IL206", "mixed.json"])
        #expect(configured.outputLines.last == "gate failed: 1 warning > 0 (max-warnings)", "\(configured.transcript)")
    }

    @Test func statisticsLegendAppearsOnlyWithFixableRules() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let fixable = try await workspace.run(["--no-config", "--statistics", "mixed.json"])
        #expect(fixable.outputLines.contains("[*] fixable with --fix"), "\(fixable.transcript)")
        let none = try await workspace.run(["--no-config", "--statistics", "--select", "IL206", "mixed.json"])
        #expect(!none.output.contains("[*]"), "\(none.transcript)")
    }

    // MARK: 8. --diff applies with patch -p1 and git apply, names with spaces included

    /// `name` on the `PATH`; `.ci/run` installs patch and git where they are missing.
    static func tool(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static let patchCommand = tool("patch") ?? URL(fileURLWithPath: "/usr/bin/patch")
    static let gitCommand = tool("git") ?? URL(fileURLWithPath: "/usr/bin/git")

    @Test(.enabled(if: tool("patch") != nil && tool("git") != nil, "needs patch(1) and git on the PATH (.ci/run installs them)"))
    func diffAppliesWithPatchAndGitApply() async throws {
        let files = ["my file.json": CLIFixtures.mixed, "sub dir/other one.json": CLIFixtures.mixed, "plain.json": CLIFixtures.mixed]
        for tool in ["patch", "git"] {
            let workspace = try CLIWorkspace(files: files)
            let diff = try await workspace.run(["--no-config", "--diff", "."])
            #expect(diff.status == 1, "\(diff.transcript)")
            #expect(diff.output.contains("--- a/my file.json\t\n+++ b/my file.json\t\n"), "\(diff.transcript)")
            #expect(diff.output.contains("--- a/plain.json\n+++ b/plain.json\n"), "no tab without a space: \(diff.transcript)")
            try workspace.write("fixes.diff", diff.output)
            let expected = try await fixedByIngestlint(files)
            let applied: ExternalProcess.Outcome
            if tool == "patch" {
                applied = try await ExternalProcess(
                    executable: Self.patchCommand, arguments: ["-p1", "-i", "fixes.diff"], currentDirectory: workspace.folder).run()
            } else {
                _ = try await ExternalProcess(executable: Self.gitCommand, arguments: ["init", "-q", "."], currentDirectory: workspace.folder).run()
                applied = try await ExternalProcess(
                    executable: Self.gitCommand, arguments: ["apply", "fixes.diff"], currentDirectory: workspace.folder).run()
            }
            #expect(applied.status == 0, "\(tool): \(applied.transcript)")
            for name in files.keys {
                let text = try String(contentsOf: workspace.url(name), encoding: .utf8)
                #expect(text == expected[name], "\(tool) applied \(name) differently from --fix")
            }
        }
    }

    /// What `--fix` makes of the files, to compare the applied diff with.
    func fixedByIngestlint(_ files: [String: String]) async throws -> [String: String] {
        let workspace = try CLIWorkspace(files: files)
        let fix = try await workspace.run(["--no-config", "--fix", "."])
        #expect(fix.status == 1, "\(fix.transcript)")
        var result: [String: String] = [:]
        for name in files.keys {
            let text = try String(contentsOf: workspace.url(name), encoding: .utf8)
            #expect(text != files[name], "--fix changes \(name)")
            result[name] = text
        }
        return result
    }

    // MARK: 9. A .json configuration is strict JSON

    @Test func aJSONConfigurationIsParsedAsStrictJSON() async throws {
        let workspace = try CLIWorkspace(files: [
            "mixed.json": CLIFixtures.mixed,
            "good.json": #"{"rules": {"select": ["IL206"]}, "max-warnings": 0}"#,
            "comma.json": "{\n  \"rules\": {\"select\": [\"IL206\"]},\n}\n",
            "yamlish.json": "rules:\n  select: [IL206]\n",
        ])
        let good = try await workspace.run(["-c", "good.json", "mixed.json"])
        #expect(good.status == 1, "\(good.transcript)")
        #expect(good.output.contains("[IL206 misplaced-field]") && !good.output.contains("IL204"), "\(good.transcript)")
        let comma = try await workspace.run(["-c", "comma.json", "mixed.json"])
        #expect(comma.status == 2, "\(comma.transcript)")
        #expect(comma.error == "ingestlint: comma.json:3: the configuration is not valid JSON at column 1: expected a string key after ',', found '}' (trailing commas are not allowed)\n", "\(comma.transcript)")
        let yaml = try await workspace.run(["-c", "yamlish.json", "mixed.json"])
        #expect(yaml.status == 2, "YAML in a .json file is not accepted: \(yaml.transcript)")
        #expect(yaml.error.hasPrefix("ingestlint: yamlish.json:1: the configuration is not valid JSON at column 1:"), "\(yaml.transcript)")
    }

    // MARK: 10. Custom rules that check nothing or cannot pass, malformed globs

    @Test(arguments: [
        ("custom-rules:\n  - id: empty\n    target: candidate\n    field: name\n", "c.yml:2: 'custom-rules.empty' checks nothing"),
        ("custom-rules:\n  - id: range\n    target: candidate\n    field: metadata/score\n    min: 10\n    max: 1\n",
         "c.yml:5: 'custom-rules.range.min' (10) is greater than its max (1), so no value passes"),
        ("custom-rules:\n  - id: length\n    target: candidate\n    field: name\n    min-length: 9\n    max-length: 2\n",
         "c.yml:5: 'custom-rules.length.min-length' (9) is greater than its max-length (2), so no value passes"),
        ("include:\n  - '**/*.json'\n  - 'exports/[a-'\n", "c.yml:3: 'exports/[a-' in 'include' is not a valid glob: the '[' of '[a-' is never closed"),
        ("exclude: ['[!x']\n", "c.yml:1: '[!x' in 'exclude' is not a valid glob"),
    ])
    func impossibleCustomRulesAndMalformedGlobsAreErrors(configuration: String, message: String) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean, "c.yml": configuration])
        let outcome = try await workspace.run(["-c", "c.yml", "clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        #expect(outcome.error.hasPrefix("ingestlint: \(message)"), "\(outcome.transcript)")
    }

    @Test func anEscapedBracketInAGlobIsFine() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean, "c.yml": "exclude: ['x/\\[a-']\n"])
        let outcome = try await workspace.run(["-c", "c.yml", "clean.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
    }

    // MARK: 11. The list hint is valid YAML

    @Test func theListHintForAStringIsValidYAMLThatWorks() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": Self.clean, "c.yml": "include: \"*.json\"\n"])
        let outcome = try await workspace.run(["-c", "c.yml", "clean.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        let hint = try #require(outcome.error.firstMatch(of: /write it as a list: (\[.*\])\)/)?.1, "\(outcome.transcript)")
        #expect(hint == #"["*.json"]"#)
        try workspace.write("c.yml", "include: \(hint)\n")
        let fixed = try await workspace.run(["-c", "c.yml", "clean.json"])
        #expect(fixed.status == 0, "the suggested YAML loads: \(fixed.transcript)")
    }

    // MARK: 12. README snippets agree with each other and with examples/

    /// The YAML blocks of the README that are ingestlint configurations (the pre-commit one,
    /// whose first line names its file, is CISnippetTests' and pre-commit.sh's).
    static func readmeSnippets() throws -> [String] {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        return readme.components(separatedBy: "```yaml\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
            .filter { !$0.hasPrefix("# .pre-commit-config.yaml\n") }
            .map { snippet in
                // The limits block is indented inside a list item.
                snippet.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("  ") && snippet.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }
                    .joined(separator: "\n")
            }
    }

    @Test func everyReadmeSnippetIsAValidConfiguration() throws {
        let snippets = try Self.readmeSnippets()
        #expect(snippets.count >= 4, "\(snippets)")
        for snippet in snippets {
            #expect(throws: Never.self, "\(snippet)") { try ConfigurationLoader.parse(text: snippet, file: ".ingestlint.yml") }
        }
    }

    @Test func theReadmeConfigurationLeavesTheCleanExamplesClean() async throws {
        let snippets = try Self.readmeSnippets()
        let data = try #require(snippets.first { $0.contains("typo-domains") })
        let workspace = try CLIWorkspace(files: ["readme.yml": data])
        let examples = PackagePaths.root.appendingPathComponent("examples/clean").path
        let outcome = try await workspace.run(["-c", "readme.yml", "--select", "IL304,IL305", examples])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.hasPrefix("No problems"), "the README's typo-domains make a clean example's domain a typo: \(outcome.transcript)")
        // Its own typo target catches the typo it is there for.
        try workspace.write("typo.json", CLIFixtures.clean.replacingOccurrences(of: "ada@lovelace.dev", with: "ada@acme-corp.co"))
        let typo = try await workspace.run(["-c", "readme.yml", "--select", "IL304", "typo.json"])
        #expect(typo.output.contains("looks like a typo of 'acme-corp.io'"), "\(typo.transcript)")
    }

    @Test func theReadmeRulesSnippetSaysWhatWins() throws {
        let snippet = try #require(try Self.readmeSnippets().first { $0.contains("ignore: [IL209]") })
        #expect(snippet.contains("ignore wins"), "\(snippet)")
        let configuration = try ConfigurationLoader.parse(text: snippet, file: ".ingestlint.yml")
        let enabled = configuration.enabledRules()
        #expect(enabled["IL209"] == nil, "ignore wins over severity")
        #expect(enabled["IL205"] == .error)
        #expect(enabled["IL207"] == nil)
        #expect(enabled["IL503"] == .info, "select: [all] runs off-by-default rules")
    }

    // MARK: 13. A misspelt sendEmailAfter

    @Test func aMisspeltSendEmailAfterIsCaughtWithAnUnsafeRename() async throws {
        let payload = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev", "metadata": {"send_email_after": 24}}]}"# + "\n"
        let workspace = try CLIWorkspace(files: ["a.json": payload])
        let lint = try await workspace.run(["--no-config", "--color", "never", "a.json"])
        #expect(lint.status == 0, "a warning: \(lint.transcript)")
        #expect(lint.output.contains("a.json:1:154: warning: metadata key 'send_email_after' is not 'sendEmailAfter': the API ignores it, so the invitation is not delayed [IL402 send-email-after-typo]"), "\(lint.transcript)")
        #expect(lint.output.contains("= help: did you mean 'sendEmailAfter'?"), "\(lint.transcript)")
        #expect(lint.output.contains("1 more with --unsafe-fixes"), "\(lint.transcript)")
        let safe = try await workspace.run(["--no-config", "--diff", "a.json"])
        #expect(safe.status == 0 && safe.output.isEmpty, "the rename is not safe: \(safe.transcript)")
        let fix = try await workspace.run(["--no-config", "--unsafe-fixes", "a.json"])
        #expect(fix.status == 0, "\(fix.transcript)")
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == payload.replacingOccurrences(of: "send_email_after", with: "sendEmailAfter"))
        let explain = try await workspace.run(["explain", "send-email-after-typo"])
        #expect(explain.output.contains("rule of its own rather than part of `unknown-field`"), "\(explain.transcript)")
    }

    // MARK: 14. Messages

    @Test func customFindingsAreTaggedOnceAndQuoteNumbersAsWritten() async throws {
        let workspace = try CLIWorkspace(files: [
            "a.json": #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev", "metadata": {"score": 101, "big": 1E2}}]}"# + "\n",
            "c.yml": "custom-rules:\n  - {id: score, target: candidate, field: metadata/score, max: 100}\n  - {id: big, target: candidate, field: metadata/big, max: 10}\n",
        ])
        let outcome = try await workspace.run(["-c", "c.yml", "--color", "never", "a.json"])
        #expect(outcome.output.contains("warning: metadata/score must be at most 100, found 101 [custom/score]\n"), "\(outcome.transcript)")
        #expect(outcome.output.contains("warning: metadata/big must be at most 10, found 1E2 [custom/big]\n"), "\(outcome.transcript)")
    }

    @Test func unknownInterviewerNamesTheConfigurationThatWasLoaded() async throws {
        let workspace = try CLIWorkspace(files: [
            "clean.json": Self.clean,
            "m.yml": "interviewers:\n  \"304c0cfb-324f-4b2c-ac89-c93725c00399\": {visibility: public}\n",
        ])
        let outcome = try await workspace.run(["-c", "m.yml", "--color", "never", "clean.json"])
        #expect(outcome.output.contains("warning: Interviewer '8f14e45f-ceea-467a-9a36-dedd4bea2543' is not in the registry (1 Interviewer in m.yml) [IL603 unknown-interviewer]"), "\(outcome.transcript)")
        try workspace.write(".ingestlint.yml", "interviewers:\n  \"304c0cfb-324f-4b2c-ac89-c93725c00399\": {}\n  \"45c48cce-2e2d-4fbd-b1f8-c7f0b3e5a9d4\": {}\n")
        let discovered = try await workspace.run(["--color", "never", "clean.json"])
        #expect(discovered.output.contains("(2 Interviewers in .ingestlint.yml)"), "\(discovered.transcript)")
    }

    @Test(arguments: [
        ("\"just a string\"", "standard input holds a string, not a payload object", "the file holds a string, not a payload object"),
        ("[]", "the batch array is empty: standard input holds no payload", "the batch array is empty: the file holds no payload"),
        (#"[{"name": "Ada", "email": "ada@lovelace.dev"}]"#, "standard input is a list of 1 candidate, not payloads", "the file is a list of 1 candidate, not payloads"),
        ("  \n", "standard input holds no payload", "the file holds no payload"),
    ])
    func standardInputIsCalledStandardInput(input: String, stdinMessage: String, fileMessage: String) async throws {
        let workspace = try CLIWorkspace(files: ["a.json": input])
        let stdin = try await workspace.run(["--no-config", "-"], standardInput: input)
        #expect(stdin.output.contains(stdinMessage), "\(stdin.transcript)")
        #expect(!stdin.output.contains("the file"), "\(stdin.transcript)")
        let named = try await workspace.run(["--no-config", "--stdin-filename", "x.json"], standardInput: input)
        #expect(named.output.contains(stdinMessage), "\(named.transcript)")
        let file = try await workspace.run(["--no-config", "a.json"])
        #expect(file.output.contains(fileMessage), "\(file.transcript)")
    }

    @Test func aControlByteInInvalidJSONIsShownEscapedInTheSnippet() async throws {
        let workspace = try CLIWorkspace(files: ["bell.json": "{\"interviewerId\": \"a\u{7}b\"}\n"])
        let outcome = try await workspace.run(["--no-config", "--color", "never", "bell.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(!outcome.standardOutput.contains(0x07))
        let lines = outcome.outputLines
        let snippet = try #require(lines.first { $0.hasPrefix(" 1 | ") }, "\(outcome.transcript)")
        #expect(snippet == #" 1 | {"interviewerId": "a\u{7}b"}"#, "\(outcome.transcript)")
        let caret = try #require(lines.first { $0.hasPrefix("   | ") }, "\(outcome.transcript)")
        #expect(caret == "   | " + String(repeating: " ", count: 20) + "^^^^^", "the caret spans the escape shown: \(outcome.transcript)")
    }
}
