import Foundation
import Testing

/// Issue 9, defect 7: `--unsafe-fixes` renamed several unknown keys to one target, or onto a key
/// that was already there, so the later value won and new IL101 errors appeared. A fix never
/// creates a duplicate key or a finding more severe than the one it removes (SPEC §10).
@Suite("CLI: fixes never duplicate a key nor make a file worse")
struct SafeFixCLITests {
    /// Two payload keys that both rename to `interviewerId`, three candidate keys that rename to
    /// `email`, one that would rename onto the `email` already there; and one fix that is
    /// legitimate (`Draft`), so the file does change.
    static let conflicting = """
        {"interviewerID": "304c0cfb-324f-4b2c-ac89-c93725c00399", "interviewer_id": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "Draft", "data": [
          {"name": "Ada Lovelace", "e-mail": "ada@lovelace.dev", "mail": "ada@analytical-engine.org", "emails": "countess@lovelace.dev"},
          {"name": "Grace Hopper", "email": "grace@cobol-lang.org", "mail": "hopper@navy-example.mil"}
        ]}

        """

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func diagnostics(_ report: String) throws -> [[String: Any]] {
        try #require(try json(report)["diagnostics"] as? [[String: Any]])
    }

    @Test("--fix --unsafe-fixes applies no conflicting rename: no IL101 afterwards, every value where it was")
    func conflictingRenamesAreNotApplied() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.conflicting])
        let outcome = try await workspace.run(["--no-config", "--fix", "--unsafe-fixes", "--color", "never", "a.json"])
        #expect(outcome.error.contains("fixed 1 finding in 1 file"), "\(outcome.transcript)")
        let fixed = try String(contentsOf: workspace.url("a.json"), encoding: .utf8)
        #expect(fixed == Self.conflicting.replacingOccurrences(of: #""status": "Draft""#, with: #""status": "draft""#))

        let payload = try Self.json(fixed)
        #expect(payload["interviewerID"] as? String == "304c0cfb-324f-4b2c-ac89-c93725c00399")
        #expect(payload["interviewer_id"] as? String == "8f14e45f-ceea-467a-9a36-dedd4bea2543")
        let candidates = try #require(payload["data"] as? [[String: Any]])
        #expect(candidates[0]["e-mail"] as? String == "ada@lovelace.dev")
        #expect(candidates[0]["mail"] as? String == "ada@analytical-engine.org")
        #expect(candidates[0]["emails"] as? String == "countess@lovelace.dev")
        #expect(candidates[1]["email"] as? String == "grace@cobol-lang.org")
        #expect(candidates[1]["mail"] as? String == "hopper@navy-example.mil")

        // The withheld renames stay reported, and the help line says why.
        #expect(outcome.output.contains("Not renamed: 'interviewer_id' would become 'interviewerId' too"), "\(outcome.transcript)")
        #expect(outcome.output.contains("Not renamed: 'e-mail' and 'emails' would become 'email' too"))
        #expect(outcome.output.contains("Not renamed: 'email' is already there"))

        let again = try await workspace.run(["--no-config", "--format", "json", "a.json"])
        let codes = try Self.diagnostics(again.output).compactMap { $0["code"] as? String }
        #expect(!codes.contains("IL101"), "\(again.transcript)")
        #expect(codes.filter { $0 == "IL205" }.count == 6)
        #expect(try Self.diagnostics(again.output).allSatisfy { $0["fix"] == nil }, "nothing left to fix, safe or unsafe")
    }

    @Test("--diff --unsafe-fixes shows no conflicting rename")
    func diffShowsNoConflictingRename() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.conflicting])
        let outcome = try await workspace.run(["--no-config", "--diff", "--unsafe-fixes", "a.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        let added = outcome.outputLines.filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }
        #expect(added == [#"+{"interviewerID": "304c0cfb-324f-4b2c-ac89-c93725c00399", "interviewer_id": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": ["#])
        #expect(!outcome.output.contains(#"+  {"name""#))
        #expect(outcome.error.contains("1 finding would be fixed in 1 file"), "\(outcome.transcript)")
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == Self.conflicting)
    }

    /// No conflict between keys, but renaming `metdata` makes a string the candidate's
    /// `metadata`: an error (IL201) where there was a warning (IL205). The other fixes of the
    /// same pass, and the chain `Status` → `status` → `"draft"`, are still applied.
    @Test("A fix that would leave a more severe finding is withheld, the rest is applied")
    func moreSevereFindingIsWithheld() async throws {
        let input = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "Status": "Draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "metdata": "x"}]}"# + "\n"
        let workspace = try CLIWorkspace(files: ["a.json": input])
        let outcome = try await workspace.run(["--no-config", "--unsafe-fixes", "--color", "never", "a.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8)
            == input.replacingOccurrences(of: #""Status": "Draft""#, with: #""status": "draft""#))
        #expect(outcome.error.contains("fixed 2 findings in 1 file; 1 fix was not applied because it would make the file worse"), "\(outcome.transcript)")
        #expect(outcome.output.contains(
            "The unsafe fix (rename 'metdata' to 'metadata') was not applied: it would leave a finding more severe than the one it removes (error IL201 wrong-type)."),
            "\(outcome.transcript)")
        #expect(!outcome.output.contains("more with --unsafe-fixes"), "a withheld fix is not counted as fixable")

        let again = try await workspace.run(["--no-config", "--format", "json", "a.json"])
        let severities = try Self.diagnostics(again.output).compactMap { $0["severity"] as? String }
        #expect(severities == ["warning"], "\(again.transcript)")
    }
}
