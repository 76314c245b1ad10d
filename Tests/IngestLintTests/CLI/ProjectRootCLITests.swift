import Foundation
import IngestLint
import Testing

/// GitLab Code Quality and SARIF name files relative to the project root however the input was
/// spelt (SPEC §9, `ProjectPaths`), through the binary: a copy of `examples/` and a hostile
/// JSON Lines file in a throwaway repository, linted with every spelling, give the same report
/// byte for byte, with root-relative paths, and each report passes its published schema.
@Suite("Project-root-relative report paths (CLI)")
struct ProjectRootCLITests {
    /// A repository (`.git`) holding `examples/` and the hostile file, and a folder outside it.
    final class Project {
        let workspace: CLIWorkspace
        let root: URL
        let outside: URL

        init() throws {
            workspace = try CLIWorkspace()
            root = workspace.url("repo")
            outside = workspace.url("elsewhere")
            try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: ReportFixtures.examples, to: root.appendingPathComponent("examples"))
            let hostile = root.appendingPathComponent(ReportInput.hostileFileName)
            try FileManager.default.createDirectory(at: hostile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(JSONReportSchemaTests.hostileJSONLines).write(to: hostile)
        }

        var rootPath: String { root.standardizedFileURL.path }
    }

    /// What is linted: the folder holding it, from the root.
    enum Target: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case examples, exports
        var testDescription: String { rawValue == "exports" ? "a hostile payload" : "examples/" }
    }

    /// One way to name the target: where the command runs, the path it is given, the environment.
    enum Spelling: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case relative, dotSlash = "./", absolute, messy = "with // and ..", fromSubfolder = "from its own folder"
        case fromSibling = "from a sibling folder", gitlab = "CI_PROJECT_DIR, run from outside"
        case github = "GITHUB_WORKSPACE, run from outside"
        var testDescription: String { rawValue }

        func invocation(_ project: Project, _ target: Target) -> (directory: URL, path: String, environment: [String: String?]) {
            // CI variables of the machine running the tests must not leak into the cases that set none.
            var environment: [String: String?] = ["CI_PROJECT_DIR": nil, "GITHUB_WORKSPACE": nil]
            let folder = target.rawValue
            switch self {
            case .relative: return (project.root, folder, environment)
            case .dotSlash: return (project.root, "./\(folder)/", environment)
            case .absolute: return (project.root, project.rootPath + "/" + folder, environment)
            case .messy: return (project.root, "\(folder)//../\(folder)/.", environment)
            case .fromSubfolder: return (project.root.appendingPathComponent(folder), ".", environment)
            case .fromSibling: return (project.root.appendingPathComponent(".git"), "../" + folder, environment)
            case .gitlab:
                environment["CI_PROJECT_DIR"] = project.rootPath
                return (project.outside, project.rootPath + "/" + folder, environment)
            case .github:
                environment["GITHUB_WORKSPACE"] = project.rootPath
                return (project.outside, "../repo/" + folder, environment)
            }
        }
    }

    static func run(_ spelling: Spelling, _ target: Target, format: String, in project: Project) async throws -> ExternalProcess.Outcome {
        let (directory, path, environment) = spelling.invocation(project, target)
        return try await ExternalProcess(
            executable: IngestLintBinary.url(), arguments: ["--format", format, "--no-config", path],
            environment: environment, currentDirectory: directory
        ).run()
    }

    /// The files of the target, from the root, as the reports must name them.
    static func expectedFiles(_ target: Target, in project: Project) throws -> Set<String> {
        let folder = project.root.appendingPathComponent(target.rawValue)
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        return Set(enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
            .map { target.rawValue + "/" + $0 })
    }

    @Test(arguments: Target.allCases)
    func gitlabPathsAreRootRelativeForEverySpelling(target: Target) async throws {
        let project = try Project()
        let reference = try await Self.run(.relative, target, format: "gitlab", in: project)
        #expect(reference.status == 1, "\(reference.transcript)")
        let issues = try #require(try JSONSerialization.jsonObject(with: reference.standardOutput) as? [[String: Any]])
        let paths = Set(issues.compactMap { ($0["location"] as? [String: Any])?["path"] as? String })
        #expect(!paths.isEmpty)
        #expect(paths.isSubset(of: try Self.expectedFiles(target, in: project)), "\(paths.sorted())")
        if target == .exports { #expect(paths == [ReportInput.hostileFileName]) }
        for spelling in Spelling.allCases.dropFirst() {
            let outcome = try await Self.run(spelling, target, format: "gitlab", in: project)
            #expect(outcome.status == 1, "\(spelling.rawValue): \(outcome.transcript)")
            // Paths and fingerprints (which hash the path) alike.
            #expect(outcome.output == reference.output, "\(spelling.rawValue) differs: \(GoldenReportTests.firstDifference(reference.output, outcome.output))")
        }
    }

    @Test(arguments: Target.allCases)
    func sarifURIsAreRelativeToTheProjectRootForEverySpelling(target: Target) async throws {
        let project = try Project()
        let reference = try await Self.run(.relative, target, format: "sarif", in: project)
        #expect(reference.status == 1, "\(reference.transcript)")
        let log = try #require(try JSONSerialization.jsonObject(with: reference.standardOutput) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let baseIds = try #require(run["originalUriBaseIds"] as? [String: [String: Any]])
        let rootURI = try #require(baseIds["PROJECTROOT"]?["uri"] as? String)
        #expect(rootURI == URL(fileURLWithPath: project.rootPath, isDirectory: true).absoluteString)
        #expect(rootURI.hasPrefix("file:///") && rootURI.hasSuffix("/"))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        let expected = try Self.expectedFiles(target, in: project)
        for result in results {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = try #require(location?["artifactLocation"] as? [String: String])
            #expect(artifact["uriBaseId"] == "PROJECTROOT")
            let uri = try #require(artifact["uri"])
            // The URI resolved against the root is the file.
            let resolved = try #require(URL(string: uri, relativeTo: URL(string: rootURI)))
            #expect(expected.contains(String(resolved.path.dropFirst(project.rootPath.count + 1))), "\(uri)")
        }
        for spelling in Spelling.allCases.dropFirst() {
            let outcome = try await Self.run(spelling, target, format: "sarif", in: project)
            #expect(outcome.status == 1, "\(spelling.rawValue): \(outcome.transcript)")
            #expect(outcome.output == reference.output, "\(spelling.rawValue) differs: \(GoldenReportTests.firstDifference(reference.output, outcome.output))")
        }
    }

    /// Every spelling's report passes the published schemas (`../shared/schemas/`).
    @Test(
        .enabled(if: PythonSchemaValidator.isAvailable, PythonSchemaValidator.unavailableComment),
        .enabled(if: PackagePaths.hasShared, "../shared (the SARIF and GitLab schemas) is not beside the checkout; the schema checks are skipped"),
        arguments: Target.allCases)
    func everySpellingsReportsAreValid(target: Target) async throws {
        let project = try Project()
        let gitlabSchema = try JSONFormatSchemaTests.gitlabArraySchema()
        defer { try? FileManager.default.removeItem(at: gitlabSchema) }
        for spelling in Spelling.allCases {
            let sarif = try await Self.run(spelling, target, format: "sarif", in: project)
            let sarifVerdict = try await PythonSchemaValidator.validate(sarif.standardOutput, schema: JSONFormatSchemaTests.sarifSchema)
            #expect(sarifVerdict.isValid, "SARIF, \(spelling.rawValue): \(sarifVerdict.details)")
            let gitlab = try await Self.run(spelling, target, format: "gitlab", in: project)
            let gitlabVerdict = try await PythonSchemaValidator.validate(gitlab.standardOutput, schema: gitlabSchema)
            #expect(gitlabVerdict.isValid, "GitLab, \(spelling.rawValue): \(gitlabVerdict.details)")
        }
    }

    /// Text, JSON, JUnit, Checkstyle and GitHub keep the path as the user gave it.
    @Test func otherFormatsKeepThePathAsGiven() async throws {
        let project = try Project()
        let path = "./examples//vendor-example.json"
        for format in ["text", "json", "junit", "checkstyle", "github"] {
            let outcome = try await ExternalProcess(
                executable: IngestLintBinary.url(), arguments: ["--format", format, "--no-config", path],
                environment: ["CI_PROJECT_DIR": project.rootPath], currentDirectory: project.root
            ).run()
            #expect(outcome.output.contains(path), "\(format): \(outcome.transcript)")
        }
    }

    /// A file outside the root has no root-relative path: it stays absolute (a `file://` URI
    /// in SARIF), normalised.
    @Test func aFileOutsideTheRootStaysAbsolute() async throws {
        let project = try Project()
        try project.workspace.write("elsewhere/x.json", CLIFixtures.oneError)
        let outside = project.outside.standardizedFileURL.path
        for (format, needle) in [("gitlab", #""path": "\#(outside)/x.json""#), ("sarif", #""uri": "file://\#(outside)/x.json""#)] {
            let outcome = try await ExternalProcess(
                executable: IngestLintBinary.url(), arguments: ["--format", format, "--no-config", "../elsewhere/./x.json"],
                environment: ["CI_PROJECT_DIR": nil, "GITHUB_WORKSPACE": nil], currentDirectory: project.root
            ).run()
            #expect(outcome.status == 1)
            #expect(outcome.output.contains(needle), "\(format): \(outcome.transcript)")
        }
    }

    /// The working directory reached through a symbolic link, the root given by its real path:
    /// the link is resolved to put the file under the root.
    @Test func aLinkedWorkingDirectoryIsResolvedIntoTheRoot() async throws {
        let project = try Project()
        let link = project.workspace.url("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: project.root)
        let outcome = try await ExternalProcess(
            executable: IngestLintBinary.url(),
            arguments: ["--format", "gitlab", "--no-config", link.path + "/examples/vendor-example.json"],
            environment: ["CI_PROJECT_DIR": project.rootPath, "GITHUB_WORKSPACE": nil], currentDirectory: project.outside
        ).run()
        #expect(outcome.output.contains(#""path": "examples/vendor-example.json""#), "\(outcome.transcript)")
    }

    /// Standard input keeps the name `--stdin-filename` gives it.
    @Test func standardInputKeepsItsName() async throws {
        let project = try Project()
        let outcome = try await ExternalProcess(
            executable: IngestLintBinary.url(),
            arguments: ["--format", "gitlab", "--no-config", "--stdin-filename", "exports/../from-stdin.json"],
            standardInput: Data(CLIFixtures.oneError.utf8),
            environment: ["CI_PROJECT_DIR": nil, "GITHUB_WORKSPACE": nil], currentDirectory: project.root.appendingPathComponent("examples")
        ).run()
        #expect(outcome.output.contains(#""path": "exports/../from-stdin.json""#), "\(outcome.transcript)")
    }
}
