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

    /// What the runner shows for a value the reporter had to make printable: every control or
    /// format character but CR and LF (which the escaping carries) spelt `\u{X}`.
    static func shown(_ text: String, keepingLineBreaks: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            let isHidden = [.control, .format, .lineSeparator, .paragraphSeparator].contains(category)
            if isHidden, !(keepingLineBreaks && (scalar == "\r" || scalar == "\n")) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Every line of the `github` report is a workflow command (checked by a grammar written
    /// apart from the reporter): one annotation per finding, carrying its exact place, then the
    /// summary as a notice. No plain line, which GitHub's command grammar would reject.
    @Test(arguments: ReportInput.allCases)
    func githubReportHoldsOnlyWorkflowCommands(input: ReportInput) async throws {
        let report = try await input.report()
        let output = GitHubReporter().render(report)
        let commands = try WorkflowCommand.parseReport(output)
        #expect(commands.count == report.diagnostics.count + 1, "one command per finding, then the summary")
        for (command, diagnostic) in zip(commands, report.diagnostics) {
            let name = diagnostic.severity == .info ? "notice" : diagnostic.severity.rawValue
            #expect(command.name == name)
            #expect(command.properties["file"] == Self.shown(diagnostic.file, keepingLineBreaks: true))
            #expect(command.properties["line"] == String(diagnostic.start.line))
            #expect(command.properties["col"] == String(diagnostic.start.column))
            #expect(command.properties["endLine"] == String(diagnostic.end.line))
            #expect(command.properties["endColumn"] == String(diagnostic.end.column))
            #expect(command.properties["title"] == "\(diagnostic.code) \(diagnostic.name)")
            let message = command.message.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(message.first.map(String.init) == Self.shown(diagnostic.message, keepingLineBreaks: false))
            #expect(message.count == 1 + (diagnostic.help == nil ? 0 : 1) + (diagnostic.fix == nil ? 0 : 1))
        }
        let summary = try #require(commands.last)
        #expect(summary == WorkflowCommand(
            name: "notice", properties: ["title": "ingestlint"], message: TextReporter().summaryLine(report.summary)))
        // Nothing from a payload can drive the terminal, start a new command, or end the line.
        #expect(!output.unicodeScalars.contains { $0 != "\n" && TextReporter.isUnprintable($0) })
    }

    /// File names and messages holding every character GitHub escapes: the runner gets back
    /// the exact file name (so the annotation links) and the message as shown.
    @Test(arguments: [
        ("dir/a,b:c.json", "plain"),
        ("100%25 sure.json", "100% sure: 50%0A of a,b"),
        ("line\nbreak.json", "a message::with a command inside"),
        ("crlf\r\nname,x:y%.jsonl", "carriage\rreturn and\r\nCRLF, 100%"),
        ("::error file=x::y.json", "::warning::z"),
        ("c:\\dir\\x.json", "é 👩🏽‍💻 = ok"),
    ])
    func githubEscapingRoundTrips(file: String, message: String) throws {
        let location = SourceLocation(
            file: file, range: 0..<1, start: SourcePosition(line: 2, column: 3),
            end: SourcePosition(line: 2, column: 9), pointer: "/data/0/email")
        let diagnostic = Diagnostic(
            code: "IL300", name: "invalid-email", severity: .error, message: message, location: location,
            help: "help, with: 100%")
        let line = GitHubReporter.command(diagnostic)
        let command = try WorkflowCommand.parse(Substring(line))
        #expect(command.properties["file"] == file, "the runner restores the file name: \(line)")
        #expect(command.message == Self.shown(message, keepingLineBreaks: false) + "\nhelp: help, with: 100%")
        #expect(command.properties["title"] == "IL300 invalid-email")
    }

    /// The grammar check itself rejects what the runner would misread.
    @Test(arguments: [
        "19 errors in 3 files",
        "::error file=a.json,line=1::raw\rCR",
        "::error file=a:b.json::unescaped colon in a property",
        "::error file=a.json,line=x::line is not a number",
        "::error file=a.json,line=0::line 0",
        "::error file=a.json,line=3,endLine=2::ends before it starts",
        "::error file=a.json,bogus=1::unknown property",
        "::error file=a.json::100% is not escaped",
        "::error file=a.json%2::short escape",
        "::debug::not an annotation",
        "::error file=a.json no closing separator",
        "::error ::a space and no property",
    ])
    func grammarRejects(line: String) {
        #expect(throws: WorkflowCommand.Invalid.self) { try WorkflowCommand.parse(Substring(line)) }
    }

    @Test func grammarAcceptsTheDocumentedForms() throws {
        let command = try WorkflowCommand.parse("::error file=app.js,line=1,col=5,endColumn=7,title=A%2C B%3A C::Missing semicolon%0Asecond line %25")
        #expect(command == WorkflowCommand(
            name: "error", properties: ["file": "app.js", "line": "1", "col": "5", "endColumn": "7", "title": "A, B: C"],
            message: "Missing semicolon\nsecond line %"))
        #expect(try WorkflowCommand.parse("::notice::plain").message == "plain")
    }

    /// Beside a text report (GitHub Actions, no --format): the text report as it is, each file's
    /// annotations after its findings, no second summary.
    @Test(arguments: ReportInput.allCases)
    func annotatedTextIsTheTextReportPlusAnnotations(input: ReportInput) async throws {
        let report = try await input.report()
        let annotated = AnnotatedTextReporter(text: TextReporter()).render(report)
        let lines = annotated.split(separator: "\n", omittingEmptySubsequences: false)
        let commandLines = lines.filter { $0.hasPrefix("::") }
        let textOnly = lines.filter { !$0.hasPrefix("::") }.joined(separator: "\n")
        #expect(textOnly == TextReporter().render(report))
        #expect(commandLines.count == report.diagnostics.count)
        for (line, diagnostic) in zip(commandLines, report.diagnostics) {
            #expect(try WorkflowCommand.parse(line).properties["line"] == String(diagnostic.start.line))
        }
        #expect(lines.dropLast().last == Substring(TextReporter().summaryLine(report.summary)))
        // Each file's annotations come right after its own text, before the next file's.
        if let first = report.files.first(where: { !$0.diagnostics.isEmpty }),
           let second = report.files.dropFirst().first(where: { $0.path != first.path && !$0.diagnostics.isEmpty }) {
            let firstAnnotation = try #require(lines.firstIndex { $0.hasPrefix("::") })
            let secondFileText = try #require(lines.firstIndex { $0.hasPrefix(Substring(TextReporter.printable(second.path) + ":")) })
            #expect(firstAnnotation < secondFileText)
        }
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
