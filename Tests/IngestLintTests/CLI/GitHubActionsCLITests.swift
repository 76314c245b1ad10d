import Foundation
import Testing

/// `ingestlint` inside a GitHub Actions job: the text report with annotations when no format
/// was chosen, and a `github` report that the workflow-command grammar accepts line by line,
/// however the input path is spelt.
@Suite("GitHub Actions")
struct GitHubActionsCLITests {
    static let actions: [String: String?] = ["GITHUB_ACTIONS": "true"]

    @Test func textReportComesWithAnnotations() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError, "warning.json": CLIFixtures.oneWarning])
        let outcome = try await workspace.run(["--no-config", "error.json", "warning.json"], environment: Self.actions)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let lines = outcome.outputLines
        let commands = try lines.filter { $0.hasPrefix("::") }.map { try WorkflowCommand.parse($0) }
        #expect(commands.map(\.name) == ["error", "warning"])
        #expect(commands.first?.properties == [
            "file": "error.json", "line": "4", "col": "12", "endLine": "4", "endColumn": "13", "title": "IL200 missing-field",
        ])
        // The text report is all there, as without GitHub Actions.
        let plain = try await workspace.run(["--no-config", "error.json", "warning.json"])
        #expect(lines.filter { !$0.hasPrefix("::") } == plain.outputLines)
        #expect(lines.last == "1 error, 1 warning in 2 of 2 files — 2 payloads, 2 candidates")
    }

    @Test(arguments: [
        ["--format", "text"],
        ["--format", "json"],
        ["-o", "report.txt"],
    ])
    func aChosenFormatOrFileHasNoAnnotations(arguments: [String]) async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["error.json"], environment: Self.actions)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(!outcome.output.contains("::error"))
        if arguments.first == "-o" {
            let report = try String(contentsOf: workspace.url("report.txt"), encoding: .utf8)
            #expect(report.hasPrefix("error.json:4:12: error:"))
            #expect(!report.contains("::error"))
        }
    }

    @Test func outsideGitHubActionsThereAreNoAnnotations() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        for value in [nil, "false", ""] as [String?] {
            let outcome = try await workspace.run(["--no-config", "error.json"], environment: ["GITHUB_ACTIONS": value])
            #expect(!outcome.output.contains("::"), "GITHUB_ACTIONS=\(value ?? "unset")")
        }
    }

    @Test func annotationsFollowTheFixedReport() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let outcome = try await workspace.run(["--no-config", "--fix", "mixed.json"], environment: Self.actions)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let commands = try outcome.outputLines.filter { $0.hasPrefix("::") }.map { try WorkflowCommand.parse($0) }
        #expect(commands.map { $0.properties["title"] } == ["IL206 misplaced-field", "IL200 missing-field"])
    }

    /// `examples/` by a relative, a `./` and an absolute path, and hostile file names: every
    /// line of every report is a workflow command, the last one the summary notice.
    @Test func githubReportOfExamplesPassesTheGrammarHoweverSpelt() async throws {
        let root = ReportFixtures.packageRoot.standardizedFileURL
        for spelling in ["examples", "./examples/", root.appendingPathComponent("examples").path, "examples/../examples/defective"] {
            let outcome = try await ExternalProcess(
                executable: IngestLintBinary.url(), arguments: ["--no-config", "--format", "github", spelling],
                currentDirectory: root
            ).run()
            #expect(outcome.status == 1, "\(spelling): \(outcome.transcript)")
            let commands = try WorkflowCommand.parseReport(outcome.output)
            #expect(commands.count > 10, "\(spelling)")
            #expect(commands.last?.name == "notice")
            #expect(commands.last?.properties == ["title": "ingestlint"])
            #expect(commands.dropLast().allSatisfy { $0.properties["file"].map { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) || FileManager.default.fileExists(atPath: $0) } == true })
        }
    }

    @Test func hostileFileNamesRoundTripThroughTheRunner() async throws {
        let names = ["a,b:c 100%.json", "line\nbreak.json", "crlf\r\nname.json", "::error file=x::y.json"]
        var files: [String: String] = [:]
        for name in names { files[name] = CLIFixtures.oneError }
        let workspace = try CLIWorkspace(files: files)
        for name in names {
            for spelling in [name, "./" + name, workspace.url(name).path] {
                let outcome = try await workspace.run(["--no-config", "--format", "github", spelling])
                #expect(outcome.status == 1, "\(outcome.transcript)")
                let commands = try WorkflowCommand.parseReport(outcome.output)
                #expect(commands.count == 2)
                let file = try #require(commands.first?.properties["file"])
                #expect(file.hasSuffix(name), "the runner gets the real name back: \(file.debugDescription)")
            }
        }
    }
}
