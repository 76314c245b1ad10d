import Foundation
import Testing

@Suite("CLI: init")
struct InitCLITests {
    @Test("init writes the template, refuses to overwrite, and --force replaces")
    func writesTemplate() async throws {
        let workspace = try CLIWorkspace(files: ["bad.json": #"{"data": []}"#])
        let first = try await workspace.run(["init"])
        #expect(first.status == 0, "\(first.transcript)")
        let written = try String(contentsOf: workspace.url(".ingestlint.yml"), encoding: .utf8)
        #expect(written.contains("fail-on: error"))

        // The written file is found and keeps the default rules running.
        let lint = try await workspace.run(["bad.json"])
        #expect(lint.status == 1, "\(lint.transcript)")
        #expect(lint.output.contains("[IL200 missing-field]"))

        let again = try await workspace.run(["init"])
        #expect(again.status == 2)
        #expect(again.error.contains("already exists"))
        try workspace.write(".ingestlint.yml", "fail-on: warning\n")
        let forced = try await workspace.run(["init", "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: workspace.url(".ingestlint.yml"), encoding: .utf8) == written)
    }
}
