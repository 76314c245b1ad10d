import Foundation
import Testing

/// Issue 9, defect 9: `--redact` let custom-rule messages quote candidate data unmasked in all
/// eight formats, and `--diff --redact` printed names and e-mails.
@Suite("CLI: --redact leaves no candidate data in any format")
struct RedactionCLITests {
    /// Custom rules whose messages quote the value (`found the string "…"`), on the e-mail, the
    /// name, and a free-form field holding a phone number; one with its own message, so the
    /// reason (with the value) goes to the help line.
    static let configuration = """
        custom-rules:
          - id: email-is-a-number
            target: candidate
            field: email
            type: number
          - id: known-names
            target: candidate
            field: name
            enum: [Ada Lovelace]
            message: only Ada may apply
          - id: phone-is-a-number
            target: candidate
            field: metadata/phone
            type: integer
            severity: error

        """

    static let payload = """
        {"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [
          {"name": "Grace Hopper", "email": "grace.hopper@navy-example.mil", "metadata": {"phone": "+1 202 555 0143"}}
        ]}

        """

    /// The data, as written and in the forms the formats escape it to.
    static let secrets = ["grace.hopper@navy-example.mil", "grace.hopper", "navy-example", "Grace Hopper", "Hopper", "+1 202 555 0143", "202 555"]

    static func leaks(_ output: String) -> [String] {
        secrets.filter { output.localizedCaseInsensitiveContains($0) }
    }

    static let formats = ["text", "json", "jsonl", "junit", "sarif", "github", "gitlab", "checkstyle"]

    @Test("Custom-rule messages are masked in every format", arguments: formats)
    func customRuleMessages(format: String) async throws {
        let workspace = try CLIWorkspace(files: [".ingestlint.yml": Self.configuration, "people.json": Self.payload])
        let plain = try await workspace.run(["--format", format, "--color", "never", "people.json"])
        #expect(plain.output.contains("custom/email-is-a-number"), "\(plain.transcript)")
        #expect(Self.leaks(plain.output).count >= 3, "without --redact the data is quoted (else this test proves nothing)")

        let redacted = try await workspace.run(["--redact", "--format", format, "--color", "never", "people.json"])
        #expect(redacted.status == 1, "\(redacted.transcript)")
        #expect(redacted.output.contains("custom/email-is-a-number") && redacted.output.contains("custom/phone-is-a-number"))
        #expect(Self.leaks(redacted.output).isEmpty, "\(format): \(Self.leaks(redacted.output)) in\n\(redacted.output)")
        #expect(Self.leaks(redacted.error).isEmpty)
    }

    @Test("Report files of every format are masked too, and the masks are the documented ones")
    func reportFiles() async throws {
        let workspace = try CLIWorkspace(files: [".ingestlint.yml": Self.configuration, "people.json": Self.payload])
        let reports = Self.formats.flatMap { ["--report", "\($0)=reports/\($0).out"] }
        let outcome = try await workspace.run(["--redact", "--format", "json", "people.json"] + reports)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(Self.leaks(outcome.output).isEmpty)
        for format in Self.formats {
            let written = try String(contentsOf: workspace.url("reports/\(format).out"), encoding: .utf8)
            #expect(Self.leaks(written).isEmpty, "--report \(format): \(Self.leaks(written))")
        }
        #expect(outcome.output.contains(#"email must be a number, found the string \"g…@n…#"#), "\(outcome.output)")
        #expect(outcome.output.contains(#"name must be one of \"Ada Lovelace\", found the string \"G. H.\""#))
    }

    @Test("--diff with --redact is refused: exit 2, one sentence, nothing printed or changed")
    func diffIsRefused() async throws {
        let fixable = Self.payload.replacingOccurrences(of: #""draft""#, with: #""Draft""#)
        let workspace = try CLIWorkspace(files: ["people.json": fixable])
        for arguments in [["--diff", "--redact"], ["--diff", "--unsafe-fixes", "--redact"]] {
            let outcome = try await workspace.run(["--no-config"] + arguments + ["people.json"])
            #expect(outcome.status == 2, "\(outcome.transcript)")
            #expect(outcome.output.isEmpty)
            #expect(outcome.error.contains("--diff cannot be used with --redact"), "\(outcome.transcript)")
            #expect(Self.leaks(outcome.error).isEmpty)
        }
        #expect(try String(contentsOf: workspace.url("people.json"), encoding: .utf8) == fixable)
        // Without --redact the diff shows the lines, data and all: what --redact could not mask.
        let diff = try await workspace.run(["--no-config", "--diff", "people.json"])
        #expect(diff.status == 1 && diff.output.contains("grace.hopper@navy-example.mil"), "\(diff.transcript)")
    }

    @Test("--fix with --redact fixes the file and masks the report")
    func fixWithRedact() async throws {
        let fixable = Self.payload.replacingOccurrences(of: #""draft""#, with: #""Draft""#)
        let workspace = try CLIWorkspace(files: [".ingestlint.yml": Self.configuration, "people.json": fixable])
        let outcome = try await workspace.run(["--fix", "--redact", "--color", "never", "people.json"])
        #expect(try String(contentsOf: workspace.url("people.json"), encoding: .utf8) == Self.payload)
        #expect(outcome.error.contains("fixed 1 finding in 1 file"), "\(outcome.transcript)")
        #expect(outcome.output.contains("custom/known-names"))
        #expect(Self.leaks(outcome.output + outcome.error).isEmpty, "\(outcome.transcript)")
    }

    @Test("--help says what --redact does with --diff")
    func help() async throws {
        let outcome = try await CLIWorkspace().run(["lint", "--help"])
        let flattened = outcome.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flattened.contains("refused with --diff"), "\(outcome.transcript)")
    }
}
