import Foundation
import Testing
import Yams

/// The snippets of `docs/ci.md`, read from the page: the workflow and pipeline files parse as
/// YAML and name the report files their `ingestlint` command writes, and each `ingestlint`
/// command, run as written on a folder of payloads, writes reports that their validators
/// accept (the pre-commit snippets are run by the real pre-commit in
/// `Tests/integration/pre-commit.sh`).
@Suite("docs/ci.md snippets")
struct CISnippetTests {
    static let page = ReportFixtures.packageRoot.appendingPathComponent("docs/ci.md")
    static let readme = ReportFixtures.packageRoot.appendingPathComponent("README.md")

    struct SnippetError: Error, CustomStringConvertible {
        let description: String
    }

    /// `<!-- snippet: NAME -->` followed by a fenced block: NAME → the block's lines.
    static func snippets(of page: URL = page) throws -> [String: String] {
        let lines = try String(contentsOf: page, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var snippets: [String: String] = [:]
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            guard line.hasPrefix("<!-- snippet: "), line.hasSuffix(" -->") else { continue }
            let name = String(line.dropFirst("<!-- snippet: ".count).dropLast(" -->".count))
            guard index < lines.count, lines[index].hasPrefix("```") else {
                throw SnippetError(description: "snippet \(name) is not followed by a fenced block")
            }
            index += 1
            var body: [Substring] = []
            while index < lines.count, !lines[index].hasPrefix("```") {
                body.append(lines[index])
                index += 1
            }
            guard snippets.updateValue(body.joined(separator: "\n") + "\n", forKey: name) == nil else {
                throw SnippetError(description: "snippet \(name) appears twice")
            }
        }
        return snippets
    }

    /// The `ingestlint …` command lines of a snippet (after `run:`, a list dash, or `sh '…'`).
    static func commands(in snippet: String) -> [[String]] {
        snippet.split(separator: "\n").compactMap { line in
            var text = line.trimmingCharacters(in: .whitespaces)
            for prefix in ["run: ", "- ", "sh '"] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
            if text.hasSuffix("'") { text = String(text.dropLast()) }
            guard text.hasPrefix("ingestlint ") else { return nil }
            return text.split(separator: " ").map(String.init)
        }
    }

    /// `--report FORMAT=FILE` of a command: FORMAT → FILE.
    static func reports(of command: [String]) -> [String: String] {
        var reports: [String: String] = [:]
        for (option, value) in zip(command, command.dropFirst()) where option == "--report" {
            let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { reports[parts[0]] = parts[1] }
        }
        return reports
    }

    static func yaml(_ snippet: String) throws -> [String: Any] {
        guard let document = try Yams.load(yaml: snippet) as? [String: Any] else {
            throw SnippetError(description: "not a YAML mapping:\n\(snippet)")
        }
        return document
    }

    /// The payloads every command lints: one error, one warning, a clean JSON Lines file.
    static func workspace() throws -> CLIWorkspace {
        try CLIWorkspace(files: [
            "payloads/bad.json": CLIFixtures.oneError,
            "payloads/vendor.json": CLIFixtures.oneWarning,
            "payloads/export.jsonl": CLIFixtures.clean.split(separator: "\n").joined() + "\n",
        ])
    }

    @Test func everySnippetIsThere() throws {
        #expect(Set(try Self.snippets().keys) == ["pre-commit-remote", "pre-commit-local", "github-actions", "gitlab-ci", "jenkins"])
    }

    /// The README shows the snippet that works as written, the one pre-commit.sh runs (its
    /// other snippet, library-api, is compiled and compared by IngestLintAPITests).
    @Test func readmeShowsTheTestedPreCommitSnippet() throws {
        let readme = try Self.snippets(of: Self.readme)
        #expect(readme.keys.sorted() == ["library-api", "pre-commit-local"])
        #expect(readme["pre-commit-local"] == (try Self.snippets()["pre-commit-local"]))
    }

    @Test func preCommitSnippetsUseTheShippedHook() throws {
        let snippets = try Self.snippets()
        let hooks = try #require(try Yams.load(yaml: String(contentsOf: ReportFixtures.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)) as? [[String: Any]])
        #expect(hooks.count == 1)
        let hook = try #require(hooks.first)
        #expect(hook["id"] as? String == "ingestlint")
        #expect(hook["language"] as? String == "swift")
        #expect(hook["entry"] as? String == "ingestlint")
        #expect(hook["require_serial"] as? Bool == true)
        let files = try Regex(try #require(hook["files"] as? String))
        for name in ["a.json", "dir/b.jsonl", "c.ndjson"] { #expect(name.contains(files), "\(name)") }
        for name in ["a.json.bak", "b.yml", "jsonl"] { #expect(!name.contains(files), "\(name)") }
        for name in ["pre-commit-remote", "pre-commit-local"] {
            let config = try Self.yaml(try #require(snippets[name]))
            let repos = try #require(config["repos"] as? [[String: Any]])
            let ids = repos.flatMap { ($0["hooks"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
            #expect(ids == ["ingestlint"], "\(name)")
        }
    }

    @Test(.enabled(if: PackagePaths.hasShared, "../shared (the SARIF schema) is not beside the checkout; the GitHub snippet test is skipped"),
          .enabled(if: PythonSchemaValidator.isAvailable, "python3 with jsonschema is not available; the GitHub snippet test is skipped"))
    func githubActionsSnippet() async throws {
        let snippet = try #require(try Self.snippets()["github-actions"])
        let workflow = try Self.yaml(snippet)
        let permissions = try #require(workflow["permissions"] as? [String: Any])
        #expect(permissions["security-events"] as? String == "write", "upload-sarif needs it")
        let jobs = try #require(workflow["jobs"] as? [String: [String: Any]])
        let steps = try #require(jobs.values.first?["steps"] as? [[String: Any]])
        let upload = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        #expect(upload["if"] as? String == "always()")
        let sarifFile = try #require((upload["with"] as? [String: Any])?["sarif_file"] as? String)

        let command = try #require(Self.commands(in: snippet).first)
        #expect(Self.reports(of: command)["sarif"] == sarifFile, "the workflow uploads the file the command writes")
        #expect(!command.contains("--format") && !command.contains("-f"), "annotations need the default format")
        let workspace = try Self.workspace()
        let outcome = try await workspace.run(Array(command.dropFirst()), environment: ["GITHUB_ACTIONS": "true"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let annotations = try outcome.outputLines.filter { $0.hasPrefix("::") }.map { try WorkflowCommand.parse($0) }
        #expect(annotations.map(\.name) == ["error", "warning"])
        #expect(annotations.map { $0.properties["file"] } == ["payloads/bad.json", "payloads/vendor.json"])
        let verdict = try await PythonSchemaValidator.validate(
            Data(contentsOf: workspace.url(sarifFile)), schema: JSONFormatSchemaTests.sarifSchema)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    @Test(.enabled(if: PackagePaths.hasShared, "../shared (the GitLab and JUnit schemas) is not beside the checkout; the GitLab snippet test is skipped"),
          .enabled(if: PythonSchemaValidator.isAvailable, "python3 with jsonschema is not available; the GitLab snippet test is skipped"))
    func gitlabSnippet() async throws {
        let snippet = try #require(try Self.snippets()["gitlab-ci"])
        let pipeline = try Self.yaml(snippet)
        let job = try #require(pipeline["ingestlint"] as? [String: Any])
        let artifacts = try #require(job["artifacts"] as? [String: Any])
        #expect(artifacts["when"] as? String == "always")
        let declared = try #require(artifacts["reports"] as? [String: String])
        let command = try #require(Self.commands(in: snippet).first)
        let written = Self.reports(of: command)
        #expect(declared["codequality"] == written["gitlab"])
        #expect(declared["junit"] == written["junit"])

        let workspace = try Self.workspace()
        let outcome = try await workspace.run(Array(command.dropFirst()))
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let schema = try JSONFormatSchemaTests.gitlabArraySchema()
        defer { try? FileManager.default.removeItem(at: schema) }
        let gitlab = try Data(contentsOf: workspace.url(try #require(written["gitlab"])))
        let verdict = try await PythonSchemaValidator.validate(gitlab, schema: schema)
        #expect(verdict.isValid, "\(verdict.details)")
        let issues = try #require(try JSONSerialization.jsonObject(with: gitlab) as? [[String: Any]])
        #expect(issues.count == 2)
        try Self.expectValidJUnit(workspace.url(try #require(written["junit"])))
    }

    @Test(.enabled(if: XMLSchemaValidator.isAvailable, XMLSchemaValidator.unavailableComment))
    func jenkinsSnippet() async throws {
        let snippet = try #require(try Self.snippets()["jenkins"])
        let command = try #require(Self.commands(in: snippet).first)
        let junitFile = try #require(Self.reports(of: command)["junit"])
        #expect(snippet.contains("junit '\(junitFile)'"), "the junit step reads the file the command writes")
        let workspace = try Self.workspace()
        let outcome = try await workspace.run(Array(command.dropFirst()))
        #expect(outcome.status == 1, "\(outcome.transcript)")
        try Self.expectValidJUnit(workspace.url(junitFile))
    }

    static func expectValidJUnit(_ url: URL) throws {
        let junit = try String(contentsOf: url, encoding: .utf8)
        let verdict = try XMLSchemaValidator.validate(junit, against: XMLSchemaValidator.junit)
        #expect(verdict.isValid, "\(verdict.details)")
        #expect(junit.contains("payloads/bad.json:4:12: error:"))
    }
}
