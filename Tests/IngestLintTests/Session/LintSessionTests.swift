import Foundation
import IngestLint
import Synchronization
import Testing

/// `LintSession` as a library value: a request in, tool messages to the console it is given, an
/// exit status out (the CLI tests run the same code through the binary).
@Suite struct LintSessionTests {
    /// Line 3: an upper-case e-mail (IL301, warning, safe fix).
    static let fixable = """
        {"interviewerId": "d3d94468-02a4-4d3e-8a3b-7f5c2e1b9a60", "status": "draft",
         "data": [
          {"name": "Ada Lovelace", "email": "Ada.Lovelace@Lovelace.dev"}
         ]}

        """

    /// What the session wrote to standard error and standard output.
    final class Captured: Sendable {
        let errors = Mutex("")
        let output = Mutex("")

        var console: SessionConsole {
            SessionConsole(
                writeError: { text in self.errors.withLock { $0 += text } },
                writeOutput: { text in self.output.withLock { $0 += text } })
        }
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func diffGoesToTheConsoleAndChangesNothing() async throws {
        let folder = try Self.folder(["a.json": Self.fixable])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.json").path
        var request = LintSession.Request()
        request.paths = [file]
        request.configuration = .none
        request.diff = true
        let captured = Captured()
        let status = try await LintSession(request, console: captured.console).run()
        #expect(status == .failed, "--diff exits 1 when there is something to fix")
        #expect(captured.errors.withLock { $0 } == "ingestlint: 1 finding would be fixed in 1 file\n")
        let diff = captured.output.withLock { $0 }
        #expect(diff.contains("-  {\"name\": \"Ada Lovelace\", \"email\": \"Ada.Lovelace@Lovelace.dev\"}"))
        #expect(diff.contains("+  {\"name\": \"Ada Lovelace\", \"email\": \"ada.lovelace@lovelace.dev\"}"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.fixable)
    }

    @Test func aReportFileAndTheGate() async throws {
        let folder = try Self.folder(["a.json": Self.fixable])
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("out/report.json").path
        var request = LintSession.Request()
        request.paths = [folder.appendingPathComponent("a.json").path]
        request.configuration = .none
        request.format = .json
        request.output = report
        let captured = Captured()
        #expect(try await LintSession(request, console: captured.console).run() == .passed, "a warning passes --fail-on error")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect((document["diagnostics"] as? [[String: Any]])?.map { $0["code"] as? String } == ["IL301"])

        request.failOn = .warning
        #expect(try await LintSession(request, console: captured.console).run() == .failed)
        #expect(captured.errors.withLock { $0 }.isEmpty)
    }

    @Test func toolErrorsAreOneSentenceAndWriteNothing() async throws {
        let folder = try Self.folder(["a.json": Self.fixable])
        defer { try? FileManager.default.removeItem(at: folder) }
        var request = LintSession.Request()
        request.paths = [folder.appendingPathComponent("a.json").path]
        request.configuration = .none
        request.reports = ["xml=\(folder.appendingPathComponent("r.xml").path)"]
        let badFormat = await #expect(throws: LintError.self) { try await LintSession(request, console: Captured().console).run() }
        #expect(badFormat?.description.hasPrefix("unknown report format 'xml' in --report xml=") == true)

        request.reports = []
        request.select = ["IL999"]
        let badRule = await #expect(throws: LintError.self) { try await LintSession(request, console: Captured().console).run() }
        #expect(badRule?.description.hasPrefix("unknown rule 'IL999' in --select") == true)

        request.select = []
        request.paths = [folder.appendingPathComponent("missing.json").path]
        let missing = await #expect(throws: LintError.self) { try await LintSession(request, console: Captured().console).run() }
        #expect(missing?.description.contains("missing.json") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.json"])
    }
}
