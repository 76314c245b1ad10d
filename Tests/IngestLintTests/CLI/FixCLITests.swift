import Foundation
import Testing

@Suite("CLI: --fix, --diff, --unsafe-fixes")
struct FixCLITests {
    static let fixable = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "Draft", "data": [{"name": "Ada", "email": "Ada@Lovelace.dev", "emial": 1}]}"# + "\n"
    static let fixed = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "emial": 1}]}"# + "\n"

    @Test("--fix rewrites in place, keeps permissions, reports what remains")
    func fixInPlace() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "broken.json": #"{"status": "Draft",}"#])
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: workspace.url("a.json").path)
        let outcome = try await workspace.run(["--no-config", "--fix", "--color", "never", "a.json", "broken.json"])
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == Self.fixed)
        #expect(try String(contentsOf: workspace.url("broken.json"), encoding: .utf8) == #"{"status": "Draft",}"#)
        let permissions = try FileManager.default.attributesOfItem(atPath: workspace.url("a.json").path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(outcome.error.contains("fixed 2 findings in 1 file"), "\(outcome.transcript)")
        // What remains: the unknown field (unsafe fix) and the syntax error.
        #expect(outcome.output.contains("[IL205 unknown-field]"))
        #expect(outcome.output.contains("[IL100 json-syntax]"))
        #expect(!outcome.output.contains("IL600"))
        #expect(outcome.status == 1)

        let again = try await workspace.run(["--no-config", "--format", "json", "a.json"])
        #expect(again.output.contains("\"fixable\": 0"), "\(again.transcript)")
    }

    @Test("A repeat in another form is IL500 and IL501; --fix removes it and leaves neither")
    func repeatedNonCanonicalSkill() async throws {
        let payload = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "skills": ["python", "Python"], "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]}"# + "\n"
        let workspace = try CLIWorkspace(files: ["a.json": payload])
        let lint = try await workspace.run(["--no-config", "--color", "never", "a.json"])
        #expect(lint.output.contains("a.json:1:99: warning: skill 'Python' is not in canonical form; write 'python' [IL500 skill-not-normalized]"), "\(lint.transcript)")
        #expect(lint.output.contains("a.json:1:99: warning: skill 'Python' repeats skills[0] 'python': both are 'python' once normalised [IL501 duplicate-skill]"), "\(lint.transcript)")
        let fix = try await workspace.run(["--no-config", "--fix", "a.json"])
        #expect(fix.status == 0, "\(fix.transcript)")
        // One fix (the removal) settles both findings, and the count says so.
        #expect(fix.error.contains("fixed 2 findings in 1 file"), "\(fix.transcript)")
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == payload.replacingOccurrences(of: #", "Python""#, with: ""))
    }

    @Test("--unsafe-fixes implies --fix, and never renames onto an existing key")
    func unsafe() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable])
        let outcome = try await workspace.run(["--no-config", "--unsafe-fixes", "a.json"])
        // Only the IL205 warning is left: below --fail-on error.
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output.contains("[IL205 unknown-field]"))
        let text = try String(contentsOf: workspace.url("a.json"), encoding: .utf8)
        #expect(text.contains(#""status": "draft""#))
        // `email` already exists, so the rename is not offered (it would duplicate the key).
        #expect(text.contains(#""emial": 1"#))
    }

    @Test("--diff prints a diff, writes nothing, and exits 1 only when there is something to fix")
    func diff() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "clean.json": Self.fixed.replacingOccurrences(of: #", "emial": 1"#, with: "")])
        let outcome = try await workspace.run(["--no-config", "--diff", "a.json", "clean.json"])
        #expect(outcome.status == 1)
        #expect(outcome.output.hasPrefix("--- a/a.json\n+++ b/a.json\n@@ -1,1 +1,1 @@\n-"), "\(outcome.transcript)")
        #expect(!outcome.output.contains("clean.json"))
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == Self.fixable)
        let clean = try await workspace.run(["--no-config", "--diff", "clean.json"])
        #expect(clean.status == 0, "\(clean.transcript)")
        #expect(clean.output.isEmpty)
        let stdin = try await workspace.run(["--no-config", "--diff", "-", "--stdin-filename", "in.json"], standardInput: Self.fixable)
        #expect(stdin.output.hasPrefix("--- a/in.json"))
    }

    @Test("Usage errors: --fix with --diff, --fix on standard input")
    func usage() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable])
        let both = try await workspace.run(["--fix", "--diff", "a.json"])
        #expect(both.status == 2)
        let stdin = try await workspace.run(["--fix", "-"], standardInput: Self.fixable)
        #expect(stdin.status == 2)
        #expect(stdin.error.contains("standard input"))
    }

    /// Fixing runs on `--jobs` workers like linting: the files, the diff, the report and the
    /// fix summary are the same whatever the width, cross-file duplicates (IL303) included.
    @Test("--fix and --diff give the same files, diff and report with --jobs 1, 2 and 4")
    func fixIsIndependentOfJobs() async throws {
        var files: [String: String] = ["broken.json": #"{"status": "Draft",}"#]
        for index in 0..<12 {
            // Each file is fixable; e-mails repeat across files, so IL303 links them.
            files["p\(index).json"] = Self.fixable.replacingOccurrences(of: "Ada@Lovelace", with: "Ada\(index % 4)@Lovelace")
        }
        files["lines.jsonl"] = String(repeating: Self.fixable, count: 5)
        var runs: [(files: [String: String], fix: ExternalProcess.Outcome, diff: ExternalProcess.Outcome)] = []
        for jobs in [1, 2, 4] {
            let workspace = try CLIWorkspace(files: files)
            let diff = try await workspace.run(["--no-config", "--diff", "--jobs", "\(jobs)", "."])
            let fix = try await workspace.run(["--no-config", "--fix", "--color", "never", "--jobs", "\(jobs)", "."])
            var after: [String: String] = [:]
            for name in files.keys { after[name] = try String(contentsOf: workspace.url(name), encoding: .utf8) }
            runs.append((after, fix, diff))
        }
        let first = runs[0]
        #expect(first.files["p0.json"] == Self.fixed.replacingOccurrences(of: "ada@lovelace", with: "ada0@lovelace"))
        #expect(first.files["broken.json"] == files["broken.json"], "a file with a syntax error is left alone")
        #expect(first.fix.output.contains("[IL303 duplicate-email-across-payloads]"), "\(first.fix.output)")
        #expect(first.diff.status == 1)
        #expect(first.fix.error.hasPrefix("ingestlint: fixed 34 findings in 13 files"), "\(first.fix.error)")
        for run in runs.dropFirst() {
            #expect(run.files == first.files)
            #expect(run.fix.output == first.fix.output)
            #expect(run.fix.error == first.fix.error)
            #expect(run.fix.status == first.fix.status)
            #expect(run.diff.output == first.diff.output)
            #expect(run.diff.error == first.diff.error)
        }
    }

    /// The listing limit bounds the report, never what is fixed: the fixes need every finding.
    @Test("--fix fixes every finding, also those past --max-diagnostics-per-file")
    func fixIgnoresTheListingLimit() async throws {
        let payload = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": null, "skills": null, "data": [{"name": "Hedy Lamarr", "email": "hedy@frequency-hopping.io", "additionalFields": null, "metadata": {"phone": null, "sendEmailAfter": null}}]}"#
        let workspace = try CLIWorkspace(files: ["a.json": payload])
        let outcome = try await workspace.run(["--no-config", "--max-diagnostics-per-file", "1", "--fix", "a.json"])
        #expect(outcome.error == "ingestlint: fixed 4 findings in 1 file\n", "\(outcome.transcript)")
        // Four nulls removed; a null inside metadata is the vendor's own field, not a finding.
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8)
            == #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "data": [{"name": "Hedy Lamarr", "email": "hedy@frequency-hopping.io", "metadata": {"phone": null}}]}"#)
    }

    @Test("The summary's fixable counts include findings past --max-diagnostics-per-file")
    func fixableCountsIgnoreTheListingLimit() async throws {
        let payload = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": null, "skills": null, "data": [{"name": "Hedy Lamarr", "email": "hedy@frequency-hopping.io", "additionalFields": null, "metadata": {"phone": null, "sendEmailAfter": null}}]}"#
        let workspace = try CLIWorkspace(files: ["a.json": payload, "b.jsonl": payload + "\n" + payload + "\n"])
        func summary(_ limit: Int) async throws -> [String: Any] {
            let outcome = try await workspace.run(["--no-config", "--max-diagnostics-per-file", "\(limit)", "-f", "json", "a.json", "b.jsonl"])
            let report = try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any]
            return report?["summary"] as? [String: Any] ?? [:]
        }
        let whole = try await summary(0)
        let limited = try await summary(1)
        #expect(whole["fixable"] as? Int == 12, "\(whole)")
        #expect(limited["fixable"] as? Int == whole["fixable"] as? Int, "\(limited)")
        #expect(limited["unsafeFixable"] as? Int == whole["unsafeFixable"] as? Int, "\(limited)")
        #expect(limited["omitted"] as? Int ?? 0 > 0, "\(limited)")
        let text = try await workspace.run(["--no-config", "--max-diagnostics-per-file", "1", "a.json"])
        #expect(text.output.contains("; 4 fixable with --fix"), "\(text.output)")
    }
}
