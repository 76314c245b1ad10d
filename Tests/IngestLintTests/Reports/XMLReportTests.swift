import Foundation
@testable import IngestLint
import Testing

/// JUnit and Checkstyle reports: well-formed and valid against the XSDs in
/// `../shared/schemas/` (checked by libxml2's schema validator), whatever the input holds.
@Suite("XML reports (JUnit, Checkstyle)", .enabled(if: XMLSchemaValidator.isAvailable, XMLSchemaValidator.unavailableComment))
struct XMLReportTests {
    enum XMLFormat: String, CaseIterable, Sendable {
        case junit, checkstyle

        var schema: URL { self == .junit ? XMLSchemaValidator.junit : XMLSchemaValidator.checkstyle }
        var reporter: any Reporter { self == .junit ? JUnitReporter() : CheckstyleReporter() }
        var golden: String { self == .junit ? "report.junit.xml" : "report.checkstyle.xml" }
    }

    @Test(arguments: XMLFormat.allCases, ReportInput.allCases)
    func reportIsSchemaValid(format: XMLFormat, input: ReportInput) async throws {
        let report = try await input.report()
        for redacted in [false, true] {
            let xml = format.reporter.render(redacted ? Redactor.redact(report) : report)
            let verdict = try XMLSchemaValidator.validate(xml, against: format.schema)
            #expect(verdict.isWellFormed, "\(format) for \(input) (redacted: \(redacted)) is not well-formed: \(verdict.details)")
            #expect(verdict.isValid, "\(format) for \(input) (redacted: \(redacted)) is not valid: \(verdict.details)")
        }
    }

    @Test(arguments: XMLFormat.allCases)
    func goldenIsSchemaValid(format: XMLFormat) throws {
        let golden = try String(contentsOf: ReportFixtures.goldenFolder.appendingPathComponent(format.golden), encoding: .utf8)
        let verdict = try XMLSchemaValidator.validate(golden, against: format.schema)
        #expect(verdict.isValid, "\(verdict.details)")
    }

    /// The validator is not a rubber stamp: a document that breaks the schema is rejected.
    @Test func validatorRejectsWhatTheSchemaForbids() throws {
        let junit = #"<?xml version="1.0"?><testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase name="x" file="a.json" line="3"/></testsuite></testsuites>"#
        let junitVerdict = try XMLSchemaValidator.validate(junit, against: XMLSchemaValidator.junit)
        #expect(junitVerdict.isWellFormed)
        #expect(!junitVerdict.isValid, "junit-10.xsd has no file/line on testcase")
        let checkstyle = #"<?xml version="1.0"?><checkstyle version="4.3"><file name="a"><error line="0" severity="fatal"/></file></checkstyle>"#
        #expect(try !XMLSchemaValidator.validate(checkstyle, against: XMLSchemaValidator.checkstyle).isValid)
        let broken = "<?xml version=\"1.0\"?><checkstyle>\u{1}</checkstyle>"
        #expect(try !XMLSchemaValidator.validate(broken, against: XMLSchemaValidator.checkstyle).isWellFormed)
    }
}

/// The JUnit structure of SPEC §9 and the sanitising of text, read back through libxml2's parser;
/// needs no schema, so it runs everywhere.
@Suite("JUnit structure and XML text")
struct XMLContentTests {
    // MARK: JUnit structure (SPEC §9)

    @Test(arguments: ReportInput.allCases)
    func junitCountsNamesAndTexts(input: ReportInput) async throws {
        let report = try await input.report()
        let root = try #require(ParsedXMLElement.parse(JUnitReporter().render(report)))
        #expect(root.name == "testsuites")
        let suites = root.elements("testsuite")
        #expect(suites.count == report.files.count)
        var totalTests = 0
        var totalFailures = 0
        for (suite, file) in zip(suites, report.files) {
            #expect(suite.attribute("name") == XMLWriter.sanitized(file.path))
            #expect(suite.attribute("file") == XMLWriter.sanitized(file.path))
            let cases = suite.elements("testcase")
            #expect(suite.attribute("tests") == String(cases.count))
            let failures = cases.filter { !$0.elements("failure").isEmpty }.count
            #expect(suite.attribute("failures") == String(failures))
            #expect(suite.attribute("errors") == "0")
            totalTests += cases.count
            totalFailures += failures
            let names = cases.compactMap { $0.attribute("name") }
            #expect(Set(names).count == cases.count, "test case names repeat in \(file.path): \(names)")
            #expect(cases.allSatisfy { $0.attribute("classname") == XMLWriter.sanitized(file.path) })
            if file.diagnostics.isEmpty {
                #expect(names == [JUnitReporter.cleanTestCaseName])
                #expect(cases.first?.children.isEmpty == true, "a clean file is one passing test case")
                continue
            }
            #expect(cases.count == file.diagnostics.count)
            for (testCase, diagnostic) in zip(cases, file.diagnostics) {
                let name = try #require(testCase.attribute("name"))
                #expect(name.hasPrefix(XMLWriter.sanitized("\(diagnostic.code) \(diagnostic.name) \(diagnostic.start.line):\(diagnostic.start.column)")))
                let prefix = XMLWriter.sanitized(
                    "\(diagnostic.file):\(diagnostic.start.line):\(diagnostic.start.column): \(diagnostic.severity.rawValue): \(diagnostic.message)")
                if diagnostic.severity == .error {
                    let failure = try #require(testCase.elements("failure").first)
                    #expect(failure.attribute("type") == diagnostic.code)
                    #expect(failure.attribute("message") == XMLWriter.sanitized(diagnostic.message))
                    #expect(failure.text.hasPrefix(prefix), "\(failure.text.prefix(200))")
                } else {
                    #expect(testCase.elements("failure").isEmpty, "a \(diagnostic.severity) is below --fail-on error")
                    let output = try #require(testCase.elements("system-out").first)
                    #expect(output.text.hasPrefix(prefix))
                }
            }
        }
        #expect(root.attribute("tests") == String(totalTests))
        #expect(root.attribute("failures") == String(totalFailures))
    }

    @Test func failOnDecidesWhatFails() async throws {
        let report = try await ReportFixtures.lintExamples()
        let warnings = report.diagnostics.filter { $0.severity == .warning }.count
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        try #require(warnings > 0 && errors > 0)
        for (failOn, expected) in [(Severity.error, errors), (.warning, errors + warnings), (.info, report.diagnostics.count)] {
            let root = try #require(ParsedXMLElement.parse(JUnitReporter(failOn: failOn).render(report)))
            #expect(root.attribute("failures") == String(expected), "--fail-on \(failOn)")
        }
    }

    /// Two findings of one rule at one place still get distinct test case names.
    @Test func repeatedFindingsGetDistinctNames() throws {
        let location = SourceLocation(
            file: "a.json", range: 0..<1, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2), pointer: "")
        let diagnostic = Diagnostic(code: "IL100", name: "json-syntax", severity: .error, message: "m", location: location)
        let report = LintReport(files: [FileResult(path: "a.json", diagnostics: [diagnostic, diagnostic, diagnostic])])
        let root = try #require(ParsedXMLElement.parse(JUnitReporter().render(report)))
        let names = root.elements("testsuite").first?.elements("testcase").compactMap { $0.attribute("name") }
        #expect(names == ["IL100 json-syntax 1:1", "IL100 json-syntax 1:1 (2)", "IL100 json-syntax 1:1 (3)"])
    }

    // MARK: Hostile text

    /// What the XML holds reads back as the original text, with forbidden characters shown as
    /// `\uXXXX` and everything else (`]]>`, quotes, RTL marks, emoji) unchanged.
    @Test(arguments: XMLReportTests.XMLFormat.allCases)
    func hostileTextReadsBack(format: XMLReportTests.XMLFormat) async throws {
        let report = try await ReportInput.hostile.report()
        let xml = (format == .junit ? JUnitReporter().render(report) : CheckstyleReporter().render(report))
        #expect(!xml.unicodeScalars.contains { XMLWriter.isForbidden($0) }, "a forbidden character reached the document")
        #expect(!xml.contains("<![CDATA["))
        let root = try #require(ParsedXMLElement.parse(xml))
        let fileElement = try #require(format == .junit ? root.elements("testsuite").first : root.elements("file").first)
        #expect(fileElement.attribute("name") == "exports/hostile \\u0001\"<&'>\u{202E}\t]]> 100% ok,1:2 👩🏽‍💻.jsonl")
        let messages = fileElement.children.flatMap { child in
            [child.attribute("message")] + child.children.map { $0.attribute("message") }
        }.compactMap { $0 }
        #expect(messages.contains { $0.contains("\\u0001\\u0007\\u001B[31m\\u001F\u{7F} ]]> \"<&'> \u{202E}\u{200F} evil \u{200E} 👩🏽‍💻🇺🇦 \\uFFFF 😀") })
        // The 10,000-character name is quoted (cut short) and the 10,000-character key in full.
        let texts = messages + fileElement.children.map(\.text)
        #expect(texts.contains { $0.contains(String(repeating: "k", count: 10_000)) })
    }

    @Test func sanitizingReplacesOnlyWhatXMLForbids() {
        let cases: [(String, String)] = [
            ("plain", "plain"),
            ("\u{0}", "\\u0000"),
            ("a\u{1}b\u{8}c", "a\\u0001b\\u0008c"),
            ("\t\n\r", "\t\n\r"),
            ("\u{B}\u{C}", "\\u000B\\u000C"),
            ("\u{E}\u{1F}", "\\u000E\\u001F"),
            ("\u{7F}\u{80}\u{9F}", "\u{7F}\u{80}\u{9F}"),
            ("\u{FFFE}\u{FFFF}", "\\uFFFE\\uFFFF"),
            ("\u{FFFD}\u{10FFFF}\u{1FFFE}", "\u{FFFD}\u{10FFFF}\u{1FFFE}"),
            ("]]> \"<&'>", "]]> \"<&'>"),
            ("\u{202E}👩🏽‍💻", "\u{202E}👩🏽‍💻"),
        ]
        for (input, expected) in cases {
            #expect(XMLWriter.sanitized(input) == expected, "\(input.debugDescription)")
        }
    }

    /// Every code point below U+0100 and the noncharacters survive a write and a strict parse.
    @Test func everyControlCharacterGivesAWellFormedDocument() throws {
        var text = ""
        for value in UInt32(0)..<0x100 { text.unicodeScalars.append(Unicode.Scalar(value)!) }
        text += "\u{FFFE}\u{FFFF}]]>"
        let xml = XMLWriter.document { writer in
            writer.startElement("checkstyle")
            writer.startElement("file")
            writer.attribute("name", text)
            writer.text(text)
            writer.endElement()
            writer.endElement()
        }
        let file = try #require(ParsedXMLElement.parse(xml)?.elements("file").first, "not well-formed: \(xml.prefix(300))")
        #expect(file.attribute("name") == XMLWriter.sanitized(text))
        #expect(file.text == XMLWriter.sanitized(text))
    }
}
