import Foundation
@testable import IngestLint
import Testing

/// `--redact`: no candidate name or e-mail from the input reaches any report format.
@Suite("Redaction")
struct RedactionTests {
    // MARK: Masks

    @Test(arguments: [
        ("jane.doe@example.org", "j…@e…#"),
        ("  Jane.Doe@Example.ORG ", "j…@e…#"),
        ("augustus@@demorgan-logic.uk", "a…@d…#"),
        ("no-at-sign", "n…#"),
        ("@domain.only", "@d…#"),
    ])
    func emailMasks(address: String, prefix: String) {
        let mask = RedactionMask.email(address)
        #expect(mask.hasPrefix(prefix), "\(mask)")
        let digest = mask.split(separator: "#").last.map(String.init) ?? ""
        #expect(digest.count == 6 && digest.allSatisfy(\.isHexDigit))
    }

    @Test func emailMasksMatchForTheSameNormalisedAddress() {
        #expect(RedactionMask.email("Ada.Lovelace@Lovelace.dev") == RedactionMask.email(" ada.lovelace@lovelace.dev"))
        #expect(RedactionMask.email("ada.lovelace@lovelace.dev") != RedactionMask.email("ada.lovelace@lovelace.org"))
        #expect(RedactionMask.email("ada.lovelace@lovelace.dev") == "a…@l…#" + StableHash.sha256Hex("ada.lovelace@lovelace.dev").prefix(6))
    }

    @Test func displayNameFormKeepsItsShape() {
        let mask = RedactionMask.email("\"Mary Somerville\" <mary@somerville-science.org>")
        #expect(mask == "M. S. <" + RedactionMask.email("mary@somerville-science.org") + ">")
    }

    @Test(arguments: [
        ("Ada Lovelace", "A. L."),
        ("  Ken  Thompson ", "K. T."),
        ("Émilie du Châtelet", "É. d. C."),
        ("李小龍", "李."),
        ("👩🏽‍💻 Zoë", "👩🏽‍💻. Z."),
        ("", "…"),
        ("   ", "…"),
    ])
    func nameMasks(name: String, initials: String) {
        #expect(RedactionMask.name(name) == initials)
    }

    // MARK: Whole reports

    /// Candidate data in every shape the rules quote: a display-name address, a name with
    /// quotes and a backslash, stray white space (IL210's fix rewrites the name), upper-case and
    /// duplicate addresses, a candidate written as a bare string, a domain typo, and an address
    /// of 10,000 characters (quoted cut short).
    static let personalPayload: String = {
        let longLocal = String(repeating: "verylongmailbox", count: 667)
        return """
            {"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [
              {"name": "  Grace   Hopper ", "email": "Grace.Hopper@Navy.MIL"},
              {"name": "Alan Turing", "email": "Alan Turing <alan.turing@bletchley.uk>"},
              {"name": "Kathleen Booth", "email": "kathleen.booth@birkbeck.uk"},
              {"name": "Kathleen Britten", "email": "KATHLEEN.BOOTH@birkbeck.uk "},
              {"name": "Hedy \\"Lamarr\\" \\\\ Markey", "email": "hedy.markey@@lamarr-films.com"},
              {"name": "Radia Perlman", "email": "radia.perlman@gmial.com"},
              "Margaret Hamilton <margaret.hamilton@apollo-guidance.org>",
              {"name": "Frances Allen", "email": "mailto:frances.allen@ibm-research.org"},
              {"name": "Barbara Liskov", "email": "\(longLocal)@substitution.dev"},
              {"name": "grace.hopper@navy.mil", "email": "grace@cobol-lang.org"}
            ]}

            """
    }()

    /// Every string a payload holds as a candidate's name or e-mail (or as a whole candidate),
    /// with the forms reports might show: trimmed, white space collapsed, lower-cased.
    static func candidateData(in payloads: [Any]) -> Set<String> {
        var found: Set<String> = []
        func add(_ text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.count >= 3 else { return }
            let collapsed = trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            found.formUnion([trimmed, collapsed, trimmed.lowercased()])
            if trimmed.count > 40 { found.insert(String(trimmed.prefix(20))) }
        }
        func walk(_ value: Any, key: String?) {
            if let object = value as? [String: Any] {
                for (childKey, child) in object { walk(child, key: childKey) }
            } else if let array = value as? [Any] {
                for element in array {
                    if key == "data", let text = element as? String { add(text) }
                    walk(element, key: nil)
                }
            } else if let text = value as? String, key == "name" || key == "email" {
                add(text)
            }
        }
        for payload in payloads { walk(payload, key: nil) }
        return found
    }

    /// The payloads of `examples/` that parse (the others are quoted nowhere but in snippets).
    static func examplePayloads() throws -> [Any] {
        var payloads: [Any] = []
        let files = FileManager.default.enumerator(at: ReportFixtures.examples, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard ["json", "jsonl"].contains(url.pathExtension) else { continue }
            let data = try Data(contentsOf: url)
            let chunks = url.pathExtension == "jsonl" ? data.split(separator: 0x0A).map { Data($0) } : [data]
            for chunk in chunks {
                if let payload = try? JSONSerialization.jsonObject(with: chunk, options: [.fragmentsAllowed]) { payloads.append(payload) }
            }
        }
        return payloads
    }

    /// The forms a value takes once a format has escaped it.
    static func escapedForms(_ text: String) -> [String] {
        let xml = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        return [text, String(JSONStringEncoding.quoted(text).dropFirst().dropLast()), xml, TextReporter.printable(text)]
    }

    static func expectNoCandidateData(_ output: String, _ data: Set<String>, _ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for value in data {
            for form in escapedForms(value) where output.contains(form) {
                Issue.record("\(context) shows candidate data «\(form.prefix(60))»", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func noCandidateDataInTheExamplesReports(format: ReportFormat) async throws {
        let report = try await ReportFixtures.lintExamples()
        let data = Self.candidateData(in: try Self.examplePayloads())
        #expect(data.contains("Ada Lovelace") && data.contains("Mary Somerville <mary@somerville-science.org>"))
        let plain = format.reporter().render(report)
        #expect(data.contains { plain.contains($0) }, "the unredacted \(format) report quotes candidate data (else this test proves nothing)")
        Self.expectNoCandidateData(Self.findings(format.reporter().render(Redactor.redact(report)), format), data, "\(format) --redact")
    }

    /// A SARIF log starts with the rule documentation, whose examples use made-up people (Ada
    /// Lovelace); only the results come from the input.
    static func findings(_ output: String, _ format: ReportFormat) -> String {
        guard format == .sarif, let results = output.range(of: "\"results\": [") else { return output }
        return String(output[results.lowerBound...])
    }

    @Test(arguments: ReportFormat.allCases)
    func noCandidateDataInReportsOfAPersonalPayload(format: ReportFormat) async throws {
        let report = try await ReportFixtures.lint(Array(Self.personalPayload.utf8), name: "people.json")
        let codes = Set(report.diagnostics.map(\.code))
        for code in ["IL201", "IL210", "IL300", "IL301", "IL302", "IL304"] {
            #expect(codes.contains(code), "the payload should trigger \(code); got \(codes.sorted())")
        }
        let payload = try JSONSerialization.jsonObject(with: Data(Self.personalPayload.utf8))
        let data = Self.candidateData(in: [payload])
        Self.expectNoCandidateData(Self.findings(format.reporter().render(Redactor.redact(report)), format), data, "\(format) --redact")
    }

    @Test func redactionKeepsEverythingButTheData() async throws {
        let report = try await ReportFixtures.lint(Array(Self.personalPayload.utf8), name: "people.json")
        let redacted = Redactor.redact(report)
        #expect(redacted.summary == report.summary)
        #expect(redacted.diagnostics.count == report.diagnostics.count)
        for (after, before) in zip(redacted.diagnostics, report.diagnostics) {
            #expect(after.code == before.code && after.severity == before.severity && after.location == before.location)
            #expect(after.related.map(\.location) == before.related.map(\.location))
            #expect(after.fix?.edits.map(\.range) == before.fix?.edits.map(\.range))
            #expect(after.fix?.safety == before.fix?.safety)
            #expect(after.sourceLine == nil)
            #expect(after.sensitive.isEmpty)
        }
        #expect(report.diagnostics.contains { $0.sourceLine != nil })
        #expect(!TextReporter().render(redacted).contains(" | "), "no source snippet in the text report")
        #expect(JSONReporter().render(Redactor.redact(report)) == JSONReporter().render(redacted), "redaction is deterministic")
    }

    @Test func repeatsOfOneAddressGetTheSameMask() async throws {
        let report = Redactor.redact(try await ReportFixtures.lint(Array(Self.personalPayload.utf8), name: "people.json"))
        let mask = RedactionMask.email("kathleen.booth@birkbeck.uk")
        let quoting = report.diagnostics.filter { $0.message.contains(mask) }
        #expect(quoting.count >= 2, "IL301 and IL302 both quote the address: \(report.diagnostics.map(\.message))")
    }

    /// Values that are no names (numbers in a string) are left alone, so messages stay true.
    @Test func numbersAreNotMasked() async throws {
        let payload = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A B", "email": "ab@lovelace.dev", "metadata": {"sendEmailAfter": "24"}}]}"#
        let report = Redactor.redact(try await ReportFixtures.lint(Array(payload.utf8), name: "a.json"))
        let wrongType = try #require(report.diagnostics.first { $0.code == "IL201" })
        #expect(wrongType.message.contains("\"24\""))
        #expect(wrongType.fix?.edits.first?.replacement == "24")
    }
}
