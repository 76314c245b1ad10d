import Foundation
import Testing
@testable import IngestLint

/// Every format is written as the run goes; a file handed over in parts must give the same
/// bytes as the file in one piece.
@Suite("Streaming reports")
struct StreamingReportTests {
    /// Every reporter, with the options that change what it writes.
    static let reporters: [(String, any Reporter)] = [
        ("text", TextReporter()),
        ("text --statistics", TextReporter(mode: .statistics)),
        ("text --quiet", TextReporter(mode: .quiet)),
        ("json", JSONReporter()),
        ("jsonl", JSONLinesReporter()),
        ("junit", JUnitReporter()),
        ("junit --fail-on info", JUnitReporter(failOn: .info)),
        ("sarif", SARIFReporter()),
        ("github", GitHubReporter()),
        ("gitlab", GitLabReporter()),
        ("checkstyle", CheckstyleReporter()),
    ]

    /// JSON Lines files with findings, with syntax errors and without findings (each large
    /// enough for many 4 KiB parts and for the JUnit and SARIF spills to reach the disk), and a
    /// JSON file.
    static func workspace() throws -> (URL, [LintInput]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-streaming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var findings = ""
        var broken = ""
        var clean = ""
        var otherClean = ""
        for index in 0..<1500 {
            findings += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "Draft", "data": [{"name": "A\#(index)", "email": "a\#(index % 50)@lovelace.dev", "skills": ["python", "Python"]}]}"# + "\n"
            broken += index % 3 == 0 ? "{broken\n" : #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "B", "email": "b\#(index)@lovelace.dev"}]}"# + "\n"
            clean += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "C", "email": "c\#(index)@lovelace.dev"}]}"# + "\n"
            otherClean += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "D", "email": "d\#(index)@lovelace.dev"}]}"# + "\n"
        }
        let files = [
            ("clean-first.jsonl", clean), ("a.jsonl", findings), ("clean.jsonl", otherClean), ("b.jsonl", broken),
            ("c.json", #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "data": [{"name": "C", "email": "a1@lovelace.dev"}]}"#),
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let inputs = files.map { LintInput.file(path: folder.appendingPathComponent($0.0).path, displayPath: $0.0) }
        return (folder, inputs)
    }

    static func run(streamsParts: Bool, _ inputs: [LintInput]) async throws -> [FileResult] {
        var run = LintRun(configuration: Configuration(), jobs: 2)
        run.fileLinterChunkSize = 4096
        var results: [FileResult] = []
        try await run.run(inputs, streamsParts: streamsParts) { results.append($0) }
        return results
    }

    @Test("A run handed over in parts gives the bytes of the whole run, in every format")
    func partsGiveTheSameBytes() async throws {
        let (folder, inputs) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try await Self.run(streamsParts: false, inputs)
        let parts = try await Self.run(streamsParts: true, inputs)
        #expect(parts.count > whole.count + 20, "the JSON Lines files should come in many parts")
        #expect(parts.contains { !$0.isComplete && $0.diagnostics.isEmpty && $0.path == "clean.jsonl" })
        #expect(LintReport(files: parts).summary == LintReport(files: whole).summary)
        for (name, reporter) in Self.reporters {
            let expected = reporter.render(LintReport(files: whole))
            let actual = reporter.render(LintReport(files: parts))
            #expect(actual == expected, "\(name): \(GoldenReportTests.firstDifference(expected, actual))")
        }
    }

    /// Results cut by hand: a part may hold no finding, and codes outside the catalogue (custom
    /// rules) first appear in a later part, in an order that is not their sorted order.
    @Test("Hand-cut parts with custom codes give the bytes of the whole files")
    func handCutPartsGiveTheSameBytes() throws {
        func diagnostic(_ code: String, _ file: String, line: Int, pointer: String = "/data/0/email") -> Diagnostic {
            let location = SourceLocation(
                file: file, range: 0..<1, start: SourcePosition(line: line, column: 1),
                end: SourcePosition(line: line, column: 2), pointer: pointer)
            return Diagnostic(
                code: code, name: code.hasPrefix("custom/") ? String(code.dropFirst(7)) : "invalid-email",
                severity: line % 2 == 0 ? .warning : .error, message: "finding \(code) at \(line)", location: location)
        }
        let first = (1...40).map { diagnostic($0 % 7 == 0 ? "custom/zeta" : "IL300", "a.jsonl", line: $0) }
        let second = (1...30).map { diagnostic($0 % 5 == 0 ? "custom/alpha" : ($0 % 3 == 0 ? "custom/zeta" : "IL300"), "b.jsonl", line: $0) }
        let whole = [
            FileResult(path: "a.jsonl", diagnostics: first, payloadCount: 40, candidateCount: 40),
            FileResult(path: "clean.json", payloadCount: 1, candidateCount: 2),
            FileResult(path: "b.jsonl", diagnostics: second, payloadCount: 30, candidateCount: 30),
        ]
        var parts: [FileResult] = []
        for file in whole {
            let cuts = [0, 0, file.diagnostics.count / 3, file.diagnostics.count / 2, file.diagnostics.count]
            var hadFindings = false
            for (index, (low, high)) in zip(cuts, cuts.dropFirst()).enumerated() {
                var part = FileResult(path: file.path, diagnostics: Array(file.diagnostics[low..<high]))
                part.payloadCount = index == 0 ? file.payloadCount : 0
                part.candidateCount = index == 0 ? file.candidateCount : 0
                part.isComplete = high == file.diagnostics.count && index == cuts.count - 2
                part.hadEarlierFindings = part.isComplete && hadFindings
                hadFindings = hadFindings || !part.diagnostics.isEmpty
                parts.append(part)
            }
        }
        #expect(LintReport(files: parts).summary == LintReport(files: whole).summary)
        for (name, reporter) in Self.reporters {
            let expected = reporter.render(LintReport(files: whole))
            let actual = reporter.render(LintReport(files: parts))
            #expect(actual == expected, "\(name): \(GoldenReportTests.firstDifference(expected, actual))")
        }
        let sarif = SARIFReporter().render(LintReport(files: parts))
        #expect(!sarif.contains(#""ruleIndex": -"#), "every placeholder is replaced")
        let builtinCount = RuleCatalogue.builtin.rules.count
        #expect(sarif.contains(#""ruleIndex": \#(builtinCount),"#) && sarif.contains(#""ruleIndex": \#(builtinCount + 1),"#))
    }

    @Test("An empty run is a complete document in every format")
    func emptyRun() {
        for (name, reporter) in Self.reporters {
            let output = ReportOutput.memory()
            let stream = reporter.stream(to: output)
            stream.begin()
            stream.end(LintReport(files: []).summary)
            #expect(String(decoding: output.bytes, as: UTF8.self) == reporter.render(LintReport(files: [])), "\(name)")
            #expect(!output.bytes.isEmpty, "\(name)")
        }
    }
}
