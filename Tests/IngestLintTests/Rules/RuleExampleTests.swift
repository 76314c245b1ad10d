import Foundation
import Testing
@testable import IngestLint

/// Runs every example of every rule in rules/: non-triggering examples give no finding of the
/// rule, triggering ones give findings exactly at the `↓` markers, fixes give the expected text
/// and leave nothing fixable behind; the same holds for CRLF, minified and shifted variants.
@Suite("Rule examples from rules/")
struct RuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let example: RuleExample
        let isTriggering: Bool
        let index: Int

        var testDescription: String {
            "\(rule.code) \(isTriggering ? "triggering" : "non-triggering") #\(index + 1)"
        }
    }

    static let cases: [Case] = RuleCatalogue.builtin.rules.flatMap { rule in
        rule.triggeringExamples.enumerated().map { Case(rule: rule, example: $1, isTriggering: true, index: $0) }
            + rule.nonTriggeringExamples.enumerated().map { Case(rule: rule, example: $1, isTriggering: false, index: $0) }
    }

    /// Marked text → (bytes without markers, byte offsets of the markers).
    static func unmark(_ text: String) -> (bytes: [UInt8], markers: [Int]) {
        var bytes: [UInt8] = []
        var markers: [Int] = []
        for character in text {
            if character == RuleExample.marker {
                markers.append(bytes.count)
            } else {
                bytes.append(contentsOf: Array(String(character).utf8))
            }
        }
        return (bytes, markers)
    }

    static func lint(_ bytes: [UInt8], _ testCase: Case) throws -> [Diagnostic] {
        var configuration = Configuration()
        if let extra = testCase.example.configuration {
            configuration = try ConfigurationLoader.parse(text: extra, file: "example.yml")
        }
        configuration.select = [testCase.rule.code]
        let linter = FileLinter(linter: Linter(configuration: configuration))
        let fileName = testCase.example.fileName
        var results = [linter.lint(bytes: bytes, path: fileName, format: InputFormat(fileName: fileName))]
        if let severity = linter.linter.severities[DuplicateEmailAcrossPayloadsRule.code] {
            DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: severity)
        }
        return results[0].diagnostics.filter { $0.code == testCase.rule.code }
    }

    /// Removes whitespace outside strings (keeping line breaks in JSON Lines).
    static func minified(_ text: String, keepLineBreaks: Bool) -> String {
        var out = ""
        var inString = false
        var escaped = false
        for character in text {
            if inString {
                out.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "\"" { inString = true }
            if character == " " || character == "\t" { continue }
            if character == "\n", !keepLineBreaks { continue }
            out.append(character)
        }
        return out
    }

    /// Every fix of the example, safe and unsafe, in one pass: they must not overlap.
    static func applyFixes(_ diagnostics: [Diagnostic], to bytes: [UInt8]) -> [UInt8] {
        let (fixed, applied) = FixApplier.apply(diagnostics, to: bytes, includesUnsafe: true)
        #expect(applied == diagnostics.filter { $0.fix != nil }.count, "some fixes of one example overlap")
        return fixed
    }

    @Test("Findings exactly at the markers", arguments: cases)
    func markers(testCase: Case) throws {
        let (bytes, markers) = Self.unmark(testCase.example.input)
        if !testCase.isTriggering { #expect(markers.isEmpty, "non-triggering examples carry no marker") }
        let diagnostics = try Self.lint(bytes, testCase)
        #expect(diagnostics.map(\.location.range.lowerBound).sorted() == markers.sorted(),
                "\(diagnostics.map { "\($0.start.line):\($0.start.column) \($0.message)" })")
        for diagnostic in diagnostics {
            #expect(diagnostic.location.range.upperBound >= diagnostic.location.range.lowerBound)
            #expect(diagnostic.end >= diagnostic.start)
            #expect(diagnostic.message.firstMatch(of: /\{[a-zA-Z]+\}/) == nil, "unfilled placeholder in '\(diagnostic.message)'")
        }
    }

    @Test("Findings have the messages the example pins", arguments: cases.filter { $0.example.messages != nil })
    func messages(testCase: Case) throws {
        let (bytes, _) = Self.unmark(testCase.example.input)
        let diagnostics = try Self.lint(bytes, testCase).sorted { $0.location.range.lowerBound < $1.location.range.lowerBound }
        #expect(diagnostics.map(\.message) == testCase.example.messages)
    }

    @Test("Fixes produce the expected text and are stable", arguments: cases.filter { $0.example.fixed != nil })
    func fixes(testCase: Case) throws {
        let (bytes, _) = Self.unmark(testCase.example.input)
        let diagnostics = try Self.lint(bytes, testCase)
        let fixed = Self.applyFixes(diagnostics, to: bytes)
        #expect(String(decoding: fixed, as: UTF8.self) == testCase.example.fixed)
        let again = try Self.lint(fixed, testCase)
        #expect(again.allSatisfy { $0.fix == nil }, "a second pass still finds something to fix")
    }

    @Test("CRLF line ends keep lines and columns", arguments: cases.filter { $0.isTriggering })
    func crlf(testCase: Case) throws {
        let lf = Self.unmark(testCase.example.input)
        let crlf = Self.unmark(testCase.example.input.replacingOccurrences(of: "\n", with: "\r\n"))
        let lfDiagnostics = try Self.lint(lf.bytes, testCase)
        let crlfDiagnostics = try Self.lint(crlf.bytes, testCase)
        #expect(crlfDiagnostics.map(\.location.range.lowerBound).sorted() == crlf.markers.sorted())
        #expect(crlfDiagnostics.map(\.start) == lfDiagnostics.map(\.start))
    }

    @Test("Minified examples report at the moved markers", arguments: cases)
    func minifiedExamples(testCase: Case) throws {
        let isJSONLines = testCase.example.fileName.hasSuffix(".jsonl")
        let (bytes, markers) = Self.unmark(Self.minified(testCase.example.input, keepLineBreaks: isJSONLines))
        let diagnostics = try Self.lint(bytes, testCase)
        #expect(diagnostics.map(\.location.range.lowerBound).sorted() == markers.sorted())
    }

    // A BOM must stay first, and empty input is pinned to line 1, column 1: both are excluded.
    @Test("Leading blank lines shift findings by exactly the inserted amount",
          arguments: cases.filter { $0.isTriggering && !$0.example.input.contains("\u{FEFF}") && $0.rule.code != "IL104" })
    func shifted(testCase: Case) throws {
        let prefix = "\n  \n"
        let original = Self.unmark(testCase.example.input)
        let moved = Self.unmark(prefix + testCase.example.input)
        let before = try Self.lint(original.bytes, testCase)
        let after = try Self.lint(moved.bytes, testCase)
        #expect(after.map(\.location.range.lowerBound) == before.map { $0.location.range.lowerBound + prefix.utf8.count })
        for (old, new) in zip(before, after) {
            #expect(new.start.line == old.start.line + 2)
            #expect(new.start.column == old.start.column)
        }
    }
}
