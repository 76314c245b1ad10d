import Foundation
import Testing

/// The built `ingestlint` executable, found next to the test bundle.
enum IngestLintBinary {
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the ingestlint executable was not found next to the test bundle (build it with `swift build`, "
                + "or set INGESTLINT_BINARY); looked in: \(searched.joined(separator: ", "))"
        }
    }

    static let lookup: Result<URL, NotFound> = {
        var folders: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["INGESTLINT_BINARY"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            if isExecutableFile(url) { return .success(url) }
        }
        // Linux: the test runner is `.build/debug/<Package>PackageTests.xctest`, an executable
        // in the build folder. macOS: a bundle `.build/debug/<Package>PackageTests.xctest`.
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let argument = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("ingestlint")
            if isExecutableFile(candidate) { return .success(candidate.standardizedFileURL) }
        }
        return .failure(NotFound(searched: folders.map(\.path)))
    }()

    static func url() throws -> URL { try lookup.get() }

    static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// A temporary folder holding payload and configuration files, where the CLI is run.
final class CLIWorkspace {
    let folder: URL

    init(files: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingestlint-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, contents) in files { try write(path, contents) }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func write(_ path: String, _ contents: String) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    /// Runs `ingestlint arguments` in this folder.
    func run(
        _ arguments: [String], standardInput: String? = nil, environment: [String: String?] = [:]
    ) async throws -> ExternalProcess.Outcome {
        try await ExternalProcess(
            executable: IngestLintBinary.url(),
            arguments: arguments,
            standardInput: standardInput.map { Data($0.utf8) },
            environment: environment,
            currentDirectory: folder
        ).run()
    }
}

/// Small payloads with known findings, for the CLI tests.
enum CLIFixtures {
    static let clean = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]
        }

        """#

    /// One error: IL200, the candidate has no email.
    static let oneError = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "data": [{"name": "Margaret Hamilton"}]
        }

        """#

    /// One warning: IL206, skills on a candidate (the vendor's own mistake).
    static let oneWarning = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "shortlisted",
          "data": [{"name": "John Doe", "email": "john.doe@acme-corp.io", "skills": ["nodejs", "aws"]}]
        }

        """#

    /// Two IL204 (safe fix), one IL206, one IL200.
    static let mixed = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "skills": null,
          "data": [
            {"name": "John Doe", "email": "john.doe@acme-corp.io", "skills": ["nodejs"], "additionalFields": null},
            {"name": "Jane Roe"}
          ]
        }

        """#
}

extension ExternalProcess.Outcome {
    var outputLines: [Substring] { Self.lines(output) }
    var errorLines: [Substring] { Self.lines(error) }

    static func lines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// Whether the output holds an ANSI escape sequence.
    var hasANSIEscapes: Bool { standardOutput.contains(0x1B) }

    /// For failure messages.
    var transcript: String { "status \(status)\n--- stdout ---\n\(output)--- stderr ---\n\(error)" }
}
