import Foundation
@testable import IngestLint
import Testing

/// GitHub workflow commands, GitLab Code Quality and JSON Lines: the details their readers rely on.
@Suite("GitHub, GitLab and JSON Lines reports")
struct CIReporterTests {
    // MARK: GitHub

    /// `@actions/core`'s `escapeData` and `escapeProperty`, case by case.
    @Test(arguments: [
        ("plain text", "plain text", "plain text"),
        ("100%", "100%25", "100%25"),
        ("%25 stays literal", "%2525 stays literal", "%2525 stays literal"),
        ("a\nb", "a%0Ab", "a%0Ab"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("key: value", "key: value", "key%3A value"),
        ("a,b", "a,b", "a%2Cb"),
        ("::error::", "::error::", "%3A%3Aerror%3A%3A"),
        ("c:\\dir,x%\n", "c:\\dir,x%25%0A", "c%3A\\dir%2Cx%25%0A"),
        ("é 👩🏽‍💻 =", "é 👩🏽‍💻 =", "é 👩🏽‍💻 ="),
    ])
    func githubEscaping(input: String, data: String, property: String) {
        #expect(GitHubEscaping.data(input) == data)
        #expect(GitHubEscaping.property(input) == property)
    }

    @Test func githubCommandsPerSeverity() throws {
        let location = SourceLocation(
            file: "dir/a,b:c.json", range: 10..<20, start: SourcePosition(line: 3, column: 5),
            end: SourcePosition(line: 4, column: 2), pointer: "/data/0/email")
        func command(_ severity: Severity, help: String? = nil) -> String {
            GitHubReporter.command(Diagnostic(
                code: "IL300", name: "invalid-email", severity: severity, message: "bad: 100% wrong", location: location,
                help: help))
        }
        #expect(command(.error) == "::error file=dir/a%2Cb%3Ac.json,line=3,col=5,endLine=4,endColumn=2,title=IL300 invalid-email::bad: 100%25 wrong")
        #expect(command(.warning).hasPrefix("::warning file="))
        #expect(command(.info).hasPrefix("::notice file="))
        #expect(command(.error, help: "try\nthis").hasSuffix("::bad: 100%25 wrong%0Ahelp: try\\u{A}this"))
    }

    @Test(arguments: ReportInput.allCases)
    func githubOutputIsOneLinePerFindingAndASummary(input: ReportInput) async throws {
        let report = try await input.report()
        let output = GitHubReporter().render(report)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")
        #expect(lines.count == report.diagnostics.count + 2, "one command per finding, the summary, the final line feed")
        for (line, diagnostic) in zip(lines, report.diagnostics) {
            let name = diagnostic.severity == .info ? "notice" : diagnostic.severity.rawValue
            #expect(line.hasPrefix("::\(name) file="))
            #expect(line.contains(",line=\(diagnostic.start.line),col=\(diagnostic.start.column),endLine=\(diagnostic.end.line),endColumn=\(diagnostic.end.column),title=\(diagnostic.code) \(diagnostic.name)::"))
        }
        #expect(lines[lines.count - 2] == Substring(TextReporter().summaryLine(report.summary)))
        // Nothing from a payload can drive the terminal, start a new command, or end the line.
        #expect(!output.unicodeScalars.contains { $0 != "\n" && TextReporter.isUnprintable($0) })
    }

    // MARK: GitLab

    @Test func gitlabSeverities() {
        #expect(GitLabReporter.severity(.error) == "major")
        #expect(GitLabReporter.severity(.warning) == "minor")
        #expect(GitLabReporter.severity(.info) == "info")
    }

    @Test(arguments: ReportInput.allCases)
    func gitlabFindings(input: ReportInput) async throws {
        let report = try await input.report()
        let output = GitLabReporter().render(report)
        #expect(!output.hasPrefix("\u{FEFF}"))
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(issues.count == report.diagnostics.count)
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        #expect(Set(fingerprints).count == issues.count, "GitLab collapses findings with equal fingerprints")
        #expect(fingerprints == DiagnosticFingerprint.fingerprints(of: report.diagnostics), "the same identities as SARIF")
        for (issue, diagnostic) in zip(issues, report.diagnostics) {
            #expect(issue["description"] as? String == diagnostic.message)
            #expect(issue["check_name"] as? String == diagnostic.code)
            #expect(issue["severity"] as? String == GitLabReporter.severity(diagnostic.severity))
            let location = try #require(issue["location"] as? [String: Any])
            #expect(location["path"] as? String == diagnostic.file)
            #expect((location["lines"] as? [String: Int])?["begin"] == diagnostic.start.line)
        }
        if input == .clean { #expect(output == "[]\n") }
    }

    // MARK: JSON Lines

    @Test(arguments: ReportInput.allCases)
    func jsonLinesStreamFileByFile(input: ReportInput) async throws {
        let report = try await input.report()
        var streamed = ""
        var summary = LintReport(files: []).summary
        for file in report.files {
            streamed += JSONLinesReporter.lines(for: file)
            summary = summary.merged(with: LintReport(files: [file]).summary)
        }
        #expect(summary == report.summary)
        streamed += JSONLinesReporter.summaryLine(summary)
        #expect(streamed == JSONLinesReporter().render(report))
        let lines = streamed.split(separator: "\n")
        #expect(lines.count == report.diagnostics.count + 1)
        #expect(lines.allSatisfy { !$0.contains("\r") && !$0.contains("\u{2028}") })
        #expect(lines.last?.hasPrefix(#"{"summary":{"files":\#(report.files.count),"#) == true)
    }

    // MARK: Hash

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1_000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(StableHash.sha256Hex(input) == digest)
    }
}
