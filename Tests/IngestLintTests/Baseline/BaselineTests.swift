import Foundation
@testable import IngestLint
import Testing

/// The baseline in the library: what identifies a finding, the file format, and matching.
@Suite("Baseline")
struct BaselineTests {
    static let paths = ProjectPaths(root: "/project", currentDirectory: "/project")

    /// Lints `text` as the file `name` with value hashes, as a run with a baseline does.
    static func lint(_ text: String, name: String = "a.json") -> FileResult {
        var linter = FileLinter(linter: Linter(configuration: Configuration()))
        linter.includesValueHashes = true
        return linter.lint(bytes: Array(text.utf8), path: name, format: InputFormat(fileName: name))
    }

    static func baseline(_ results: FileResult...) -> Baseline {
        Baseline(entries: results.flatMap { result in result.diagnostics.map { FindingIdentity($0, paths: paths) } })
    }

    /// What remains of `result` under `baseline`, and the matcher's counts.
    static func apply(_ baseline: Baseline, to results: FileResult...) -> (remaining: [Diagnostic], summary: BaselineSummary) {
        var matcher = BaselineMatcher(baseline, paths: paths)
        var remaining: [Diagnostic] = []
        for var result in results {
            matcher.apply(to: &result)
            remaining += result.diagnostics
        }
        return (remaining, matcher.summary(listsStale: true))
    }

    static let payload = #"""
        {
          "interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543",
          "status": "draft",
          "data": [
            {"name": "Ada Lovelace", "email": "ada@@lovelace.dev"},
            {"name": "Grace Hopper"}
          ]
        }
        """#

    @Test func theExamplePayloadHasTheFindingsTheTestsNeed() {
        let codes = Self.lint(Self.payload).diagnostics.map(\.code)
        #expect(codes == ["IL300", "IL200"])
        #expect(Self.lint(Self.payload).diagnostics.allSatisfy { $0.valueHash?.count == 32 })
    }

    @Test func aRecordMovedToAnotherLineStaysSuppressed() {
        let baseline = Self.baseline(Self.lint(Self.payload))
        // Lines added above, the record re-indented and split over lines.
        let moved = "\n\n\n" + Self.payload
            .replacingOccurrences(of: #"{"name": "Ada Lovelace", "email": "ada@@lovelace.dev"}"#, with: "{\n        \"name\": \"Ada Lovelace\",\n        \"email\": \"ada@@lovelace.dev\"\n      }")
        let result = Self.lint(moved)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics[0].start.line != Self.lint(Self.payload).diagnostics[0].start.line)
        let (remaining, summary) = Self.apply(baseline, to: result)
        #expect(remaining.isEmpty)
        #expect(summary == BaselineSummary(suppressed: 2, stale: 0, staleEntries: []))
    }

    @Test func aChangedValueIsReportedAndItsEntryIsStale() {
        let baseline = Self.baseline(Self.lint(Self.payload))
        let changed = Self.lint(Self.payload.replacingOccurrences(of: "ada@@lovelace.dev", with: "ada@@lovelace.org"))
        let (remaining, summary) = Self.apply(baseline, to: changed)
        #expect(remaining.map(\.code) == ["IL300"])
        #expect(remaining.first?.message.contains("ada@@lovelace.org") == true)
        #expect(summary.suppressed == 1)
        #expect(summary.stale == 1)
        #expect(summary.staleEntries?.map(\.code) == ["IL300"])
        #expect(summary.staleEntries?.map(\.pointer) == ["/data/0/email"])
    }

    @Test func aNewProblemIsReported() {
        let baseline = Self.baseline(Self.lint(Self.payload))
        let worse = Self.lint(Self.payload.replacingOccurrences(of: #""status": "draft""#, with: #""status": "Draft""#))
        let (remaining, summary) = Self.apply(baseline, to: worse)
        #expect(remaining.map(\.code) == ["IL600"])
        #expect(summary == BaselineSummary(suppressed: 2, stale: 0, staleEntries: []))
    }

    /// Matching is a multiset: two identical findings recorded once suppress one; recorded
    /// twice, two; and the one reported is the later one.
    @Test func identicalFindingsAreCountedNotCollapsed() {
        let line = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A", "email": "a@@b.dev"}]}"#
        let once = Self.lint(line + "\n", name: "x.jsonl")
        let twice = Self.lint(line + "\n" + line + "\n", name: "x.jsonl")
        #expect(twice.diagnostics.filter { $0.code == "IL300" }.count == 2)
        let fromOnce = Self.apply(Self.baseline(once), to: twice)
        #expect(fromOnce.remaining.filter { $0.code == "IL300" }.map(\.start.line) == [2])
        #expect(fromOnce.summary.suppressed == once.diagnostics.count)
        let fromTwice = Self.apply(Self.baseline(twice), to: twice)
        #expect(fromTwice.remaining.isEmpty)
        #expect(fromTwice.summary.stale == 0)
        let recordedTwiceSeenOnce = Self.apply(Self.baseline(twice), to: once)
        #expect(recordedTwiceSeenOnce.remaining.isEmpty)
        #expect(recordedTwiceSeenOnce.summary.stale == once.diagnostics.count)
    }

    /// JSON Lines: a record moved to another line keeps its identity (the pointer is the
    /// line's own document's); the line number is not part of it.
    @Test func jsonLinesRecordsMoveFreely() {
        let good = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A", "email": "a@b.dev"}]}"#
        let bad = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "B"}]}"#
        let before = Self.lint(bad + "\n" + good + "\n", name: "x.jsonl")
        let after = Self.lint(good + "\n" + good + "\n\n" + bad + "\n", name: "x.jsonl")
        #expect(before.diagnostics.map(\.start.line) == [1])
        #expect(after.diagnostics.map(\.start.line) == [4])
        let (remaining, summary) = Self.apply(Self.baseline(before), to: after)
        #expect(remaining.isEmpty)
        #expect(summary.suppressed == 1)
    }

    /// A syntax error has no value: its message and its line's text identify it, so the broken
    /// line can move, but an edited one is new.
    @Test func syntaxErrorsAreKnownByTheirLine() {
        let good = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A", "email": "a@b.dev"}]}"#
        let broken = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": [{"name": "B""#
        let before = Self.lint(broken + "\n" + good + "\n", name: "x.jsonl")
        #expect(before.diagnostics.map(\.code) == ["IL100"])
        let moved = Self.lint(good + "\n  " + broken + "  \n", name: "x.jsonl")
        #expect(Self.apply(Self.baseline(before), to: moved).remaining.isEmpty)
        let edited = Self.lint(good + "\n" + broken.replacingOccurrences(of: "\"B\"", with: "\"C\"") + "\n", name: "x.jsonl")
        #expect(Self.apply(Self.baseline(before), to: edited).remaining.map(\.code) == ["IL100"])
        // Another error on the same text is another finding.
        let other = Self.lint(good + "\n" + broken + ",\n", name: "x.jsonl")
        #expect(other.diagnostics.map(\.code) == ["IL100"])
        #expect(other.diagnostics.first?.message != before.diagnostics.first?.message)
        #expect(Self.apply(Self.baseline(before), to: other).remaining.map(\.code) == ["IL100"])
    }

    @Test func aFindingIsKnownByItsRootRelativePathHoweverSpelt() {
        let diagnostic = Self.lint(Self.payload, name: "x.json").diagnostics[0]
        func identity(file: String, currentDirectory: String) -> FindingIdentity {
            let location = diagnostic.location
            var moved = Diagnostic(
                code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity, message: diagnostic.message,
                location: IngestLint.SourceLocation(file: file, range: location.range, start: location.start, end: location.end, pointer: location.pointer))
            moved.valueHash = diagnostic.valueHash
            return FindingIdentity(moved, paths: ProjectPaths(root: "/project", currentDirectory: currentDirectory))
        }
        let identities = Set([
            identity(file: "/project/exports/x.json", currentDirectory: "/project"),
            identity(file: "./exports/x.json", currentDirectory: "/project"),
            identity(file: "x.json", currentDirectory: "/project/exports"),
            identity(file: "../exports//x.json", currentDirectory: "/project/docs"),
        ])
        #expect(identities.count == 1)
        #expect(identities.first?.file == "exports/x.json")
    }

    /// Redaction masks messages but not the hash, so a redacted run matches the same baseline.
    @Test func redactionKeepsTheIdentity() {
        let result = Self.lint(Self.payload)
        let redacted = Redactor.redact(result)
        #expect(redacted.diagnostics.map { FindingIdentity($0, paths: Self.paths) } == result.diagnostics.map { FindingIdentity($0, paths: Self.paths) })
        #expect(redacted.diagnostics[0].message != result.diagnostics[0].message)
    }

    /// IL303 is known by the Interviewer and the normalised address, not by where the first one was.
    @Test func crossPayloadDuplicatesHaveAnIdentity() {
        let payload = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "A", "email": "a@b.dev"}]}"#
        var results = [Self.lint(payload, name: "one.json"), Self.lint(payload, name: "two.json")]
        DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: .warning, includesValueHashes: true)
        let duplicate = results[1].diagnostics.filter { $0.code == "IL303" }
        #expect(duplicate.count == 1)
        #expect(duplicate.first?.valueHash?.count == 32)
        var moved = [Self.lint(payload, name: "one.json"), Self.lint("\n\n" + payload, name: "two.json")]
        DuplicateEmailAcrossPayloadsRule.apply(to: &moved, severity: .warning, includesValueHashes: true)
        #expect(Self.apply(Self.baseline(results[1]), to: moved[1]).remaining.isEmpty)
        var otherAddress = [Self.lint(payload.replacingOccurrences(of: "a@b.dev", with: "c@b.dev"), name: "one.json"),
                            Self.lint(payload.replacingOccurrences(of: "a@b.dev", with: "c@b.dev"), name: "two.json")]
        DuplicateEmailAcrossPayloadsRule.apply(to: &otherAddress, severity: .warning, includesValueHashes: true)
        #expect(Self.apply(Self.baseline(results[1]), to: otherAddress[1]).remaining.map(\.code) == ["IL303"])
    }

    /// Entries of files this run did not lint are neither used nor stale.
    @Test func onlyLintedFilesHaveStaleEntries() {
        let baseline = Self.baseline(Self.lint(Self.payload, name: "a.json"), Self.lint(Self.payload, name: "b.json"))
        let fixed = Self.lint(Self.payload.replacingOccurrences(of: "ada@@", with: "ada@"), name: "a.json")
        let (remaining, summary) = Self.apply(baseline, to: fixed)
        #expect(remaining.isEmpty)
        #expect(summary.suppressed == 1)
        #expect(summary.staleEntries?.map { "\($0.file) \($0.code)" } == ["a.json IL300"])
    }

    /// Entries of rules this run does not check (`--select`) are not stale either.
    @Test func onlyRulesThatRanHaveStaleEntries() {
        let baseline = Self.baseline(Self.lint(Self.payload))
        let onlyEmails = Self.lint(Self.payload).diagnostics.filter { $0.code == "IL300" }
        var matcher = BaselineMatcher(baseline, paths: Self.paths, rulesRun: ["IL300", "IL301"])
        var result = FileResult(path: "a.json", diagnostics: onlyEmails)
        matcher.apply(to: &result)
        #expect(result.diagnostics.isEmpty)
        #expect(matcher.staleEntries.isEmpty)
        var everything = BaselineMatcher(baseline, paths: Self.paths)
        var same = FileResult(path: "a.json", diagnostics: onlyEmails)
        everything.apply(to: &same)
        #expect(everything.staleEntries.map(\.code) == ["IL200"])
    }

    /// Identities compare as bytes: NFC and NFD spellings of a name are two files, and the
    /// order does not depend on Unicode's collation.
    @Test func identitiesCompareAsBytes() {
        let nfc = FindingIdentity(file: "caf\u{E9}.json", pointer: "", code: "IL100", valueHash: "0")
        let nfd = FindingIdentity(file: "cafe\u{301}.json", pointer: "", code: "IL100", valueHash: "0")
        #expect(nfc != nfd)
        #expect(Set([nfc, nfd]).count == 2)
        // "e" (0x65) then U+0301 sorts before U+00E9 (0xC3 0xA9) as bytes.
        #expect(nfd < nfc && !(nfc < nfd))
        let a = FindingIdentity(file: "a", pointer: "/b", code: "IL1", valueHash: "1")
        #expect(a < FindingIdentity(file: "a", pointer: "/b", code: "IL1", valueHash: "2"))
        #expect(a < FindingIdentity(file: "a", pointer: "/b/0", code: "IL0", valueHash: "0"))
        #expect(a < FindingIdentity(file: "b", pointer: "", code: "IL0", valueHash: "0"))
        #expect(!(a < a))
    }

    // MARK: The file format

    @Test func theFileRoundTripsSortedOneFindingPerLine() throws {
        let baseline = Self.baseline(Self.lint(Self.payload, name: "z.json"), Self.lint(Self.payload, name: "a b/\u{1}\"é.json"))
        let text = String(decoding: baseline.encoded, as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.prefix(4) == ["{", #"  "tool": "ingestlint","#, #"  "version": 1,"#, #"  "findings": ["#])
        #expect(lines.count == 4 + 4 + 2)
        #expect(lines[4].hasPrefix(#"    {"file":"a b/\u0001\"é.json","pointer":"/data/0/email","code":"IL300","value":""#))
        #expect(try Baseline(parsing: baseline.encoded, path: "b.json") == baseline)
        #expect(baseline.entries == baseline.entries.sorted())
        // Python reads it as the same data.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(baseline.encoded)) as? [String: Any])
        #expect((object["findings"] as? [Any])?.count == 4)
        // An empty baseline is a valid one.
        let empty = Baseline(entries: [])
        #expect(String(decoding: empty.encoded, as: UTF8.self) == "{\n  \"tool\": \"ingestlint\",\n  \"version\": 1,\n  \"findings\": []\n}\n")
        #expect(try Baseline(parsing: empty.encoded, path: "b.json") == empty)
    }

    @Test(arguments: [
        ("{\"tool\": \"ingestlint\", \"version\": 1, \"findings\": [}", "it is not an ingestlint baseline (write one with --write-baseline FILE): it is not JSON (line 1: "),
        ("[]", "it is not an ingestlint baseline (write one with --write-baseline FILE)."),
        (#"{"interviewerId": "x", "data": []}"#, "it is not an ingestlint baseline (write one with --write-baseline FILE)."),
        (#"{"tool": "eslint", "version": 1, "findings": []}"#, "it is not an ingestlint baseline"),
        (#"{"tool": "ingestlint", "findings": []}"#, "it has no integer \"version\""),
        (#"{"tool": "ingestlint", "version": "1", "findings": []}"#, "it has no integer \"version\""),
        (#"{"tool": "ingestlint", "version": 2, "findings": []}"#, "it is in baseline format version 2 and this ingestlint reads version 1 (write it again with --write-baseline FILE)."),
        (#"{"tool": "ingestlint", "version": 0, "findings": []}"#, "it is in baseline format version 0"),
        (#"{"tool": "ingestlint", "version": 1}"#, "it has no \"findings\" array."),
        (#"{"tool": "ingestlint", "version": 1, "findings": [{"file": "a", "pointer": "", "code": "IL100"}]}"#, "finding 1 has no string \"value\"."),
        (#"{"tool": "ingestlint", "version": 1, "findings": [{"file": "a", "pointer": "", "code": "IL100", "value": "0"}, 3]}"#, "finding 2 has no string \"file\"."),
    ])
    func aFileThatIsNotABaselineOfThisVersionIsOneSentence(text: String, reason: String) {
        #expect(throws: BaselineError.self) { try Baseline(parsing: Array(text.utf8), path: "old.json") }
        do {
            _ = try Baseline(parsing: Array(text.utf8), path: "old.json")
        } catch {
            #expect(error.description.hasPrefix("cannot use the baseline 'old.json': "))
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(error.description.hasSuffix("."))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func anUnreadableBaselineIsAnError() {
        #expect(throws: BaselineError.self) { try Baseline.read("/nonexistent/ingestlint-baseline.json", limit: 1 << 20) }
    }
}
