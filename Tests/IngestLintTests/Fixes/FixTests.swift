import Foundation
import Testing
@testable import IngestLint

@Suite("Fixes: applying, re-linting, diffs")
struct FixTests {
    static let messy = "\u{FEFF}{\n  \"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\",\n  \"status\": \"Draft\",\r\n"
        + "  \"skills\": [\"Node.js\", \"nodejs\", \"AWS\"],\n  \"data\": [\n"
        + "    {\"name\": \"  Ada   Lovelace \", \"email\": \" Ada@Lovelace.dev\", \"metadata\": null},\n"
        + "    {\"name\": \"Bo\", \"emial\": \"bo@lovelace.dev\", \"metadata\": {\"sendEmailAfter\": \"24\"}}\n  ]\n}\n"

    static func fixer(unsafe: Bool) -> FileFixer {
        FileFixer(fileLinter: FileLinter(linter: Linter(configuration: Configuration())), includesUnsafe: unsafe)
    }

    @Test("Safe fixes run until stable, keep every other byte, and leave nothing fixable")
    func safeFixes() throws {
        let outcome = Self.fixer(unsafe: false).fix(bytes: Array(Self.messy.utf8), path: "a.json", format: .json)
        let fixed = String(decoding: outcome.fixed, as: UTF8.self)
        #expect(fixed == "{\n  \"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\",\n  \"status\": \"draft\",\r\n"
            + "  \"skills\": [\"nodejs\", \"aws\"],\n  \"data\": [\n"
            + "    {\"name\": \"Ada Lovelace\", \"email\": \"ada@lovelace.dev\"},\n"
            + "    {\"name\": \"Bo\", \"emial\": \"bo@lovelace.dev\", \"metadata\": {\"sendEmailAfter\": \"24\"}}\n  ]\n}\n")
        // BOM, status, `Node.js` and `AWS`, the repeated `nodejs`, the name, the e-mail (white
        // space, then case on the next pass), the null metadata.
        #expect(outcome.appliedCount == 9)
        #expect(outcome.result.diagnostics.allSatisfy { $0.fix == nil || $0.fix?.safety == .unsafe })
        // Fixing the fixed text changes nothing.
        let again = Self.fixer(unsafe: false).fix(bytes: outcome.fixed, path: "a.json", format: .json)
        #expect(!again.isChanged)
    }

    @Test("Unsafe fixes are applied only when asked")
    func unsafeFixes() {
        let outcome = Self.fixer(unsafe: true).fix(bytes: Array(Self.messy.utf8), path: "a.json", format: .json)
        let fixed = String(decoding: outcome.fixed, as: UTF8.self)
        #expect(fixed.contains("\"email\": \"bo@lovelace.dev\""))
        #expect(fixed.contains("\"sendEmailAfter\": 24}"))
        #expect(outcome.result.diagnostics.allSatisfy { $0.fix == nil })
    }

    @Test("A file with a syntax error is never changed")
    func syntaxErrorsAreLeftAlone() {
        let broken = Array("{\"interviewerId\": \"x\", \"status\": \"Draft\",}".utf8)
        let outcome = Self.fixer(unsafe: true).fix(bytes: broken, path: "a.json", format: .json)
        #expect(!outcome.isChanged)
        #expect(outcome.isSkippedForSyntax)
        let lines = Array("{\"status\": \"Draft\"}\n{broken\n".utf8)
        #expect(!Self.fixer(unsafe: true).fix(bytes: lines, path: "a.jsonl", format: .jsonLines).isChanged)
    }

    @Test("JSON Lines: fixes land on the right lines")
    func jsonLines() {
        let input = "{\"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\", \"status\": \"DRAFT\", \"data\": [{\"name\": \"A\", \"email\": \"A@lovelace.dev\"}]}\n"
            + "\n{\"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\", \"status\": null, \"data\": [{\"name\": \"B\", \"email\": \"b@lovelace.dev\"}]}\n"
        let outcome = Self.fixer(unsafe: false).fix(bytes: Array(input.utf8), path: "a.jsonl", format: .jsonLines)
        #expect(String(decoding: outcome.fixed, as: UTF8.self)
            == "{\"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\", \"status\": \"draft\", \"data\": [{\"name\": \"A\", \"email\": \"a@lovelace.dev\"}]}\n"
            + "\n{\"interviewerId\": \"304c0cfb-324f-4b2c-ac89-c93725c00399\", \"data\": [{\"name\": \"B\", \"email\": \"b@lovelace.dev\"}]}\n")
    }

    @Test("Overlapping fixes: the first is applied, the other waits for the next pass")
    func overlaps() {
        let location = SourceLocation(file: "a", range: 0..<1, start: .init(line: 1, column: 1), end: .init(line: 1, column: 2), pointer: "")
        func diagnostic(_ range: Range<Int>, _ text: String, _ safety: FixSafety = .safe) -> Diagnostic {
            Diagnostic(
                code: "IL999", name: "x", severity: .warning, message: "m", location: location,
                fix: Fix(description: "d", safety: safety, edits: [Edit(range: range, replacement: text)]))
        }
        let bytes = Array("abcdef".utf8)
        let (fixed, applied) = FixApplier.apply(
            [diagnostic(1..<3, "X"), diagnostic(2..<4, "Y"), diagnostic(4..<4, "+"), diagnostic(5..<6, "Z", .unsafe)],
            to: bytes, includesUnsafe: false)
        #expect(String(decoding: fixed, as: UTF8.self) == "aXd+ef")
        #expect(applied == 2)
        #expect(FixApplier.overlaps(2..<2, 2..<2))
        #expect(!FixApplier.overlaps(2..<2, 2..<4))
        #expect(FixApplier.overlaps(3..<3, 2..<4))
        #expect(!FixApplier.overlaps(0..<2, 2..<4))
    }

    static let patch: String? = ["/usr/bin/patch", "/bin/patch"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The diff is checked by an independent reader: GNU patch applies it to the original.
    @Test("Unified diffs apply with patch(1)", .enabled(if: patch != nil, "patch(1) is not installed"))
    func diffsApply() throws {
        let cases: [(String, String)] = [
            (Self.messy, String(decoding: Self.fixer(unsafe: true).fix(bytes: Array(Self.messy.utf8), path: "a.json", format: .json).fixed, as: UTF8.self)),
            ("a\nb\nc", "a\nB\nc"),  // no final newline
            ("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\n2\nX\n4\n5\n6\n7\n8\n9\n10\nY\n12\n"),  // two hunks
            ("only\n", ""),
            ("", "new\n"),
            ("a\r\nb\r\n", "a\r\nc\r\n"),
        ]
        for (old, new) in cases {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-diff-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("f.json")
            try Data(old.utf8).write(to: file)
            let diff = UnifiedDiff.make(old: Array(old.utf8), new: Array(new.utf8), oldName: "a/f.json", newName: "b/f.json")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(Self.patch))
            process.arguments = ["--quiet", "--binary", file.path]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(diff.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "patch refused:\n\(diff)")
            #expect(try Data(contentsOf: file) == Data(new.utf8), "\(diff)")
        }
        #expect(UnifiedDiff.make(old: [1, 2], new: [1, 2], oldName: "a", newName: "b").isEmpty)
    }
}

@Suite("Fixes: verification (SPEC §10)")
struct FixVerificationTests {
    static func state(_ text: String) -> FixVerification.State {
        let result = FileLinter(linter: Linter(configuration: Configuration())).lint(bytes: Array(text.utf8), path: "a.json", format: .json)
        return FixVerification.State(
            diagnostics: result.diagnostics,
            hasSyntaxError: result.diagnostics.contains { $0.code == "IL100" },
            duplicateKeys: result.diagnostics.filter { $0.code == "IL101" }.map(\.message).sorted())
    }

    static let base = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "#

    @Test("A new duplicate key is refused, even when another one goes away")
    func duplicateKeys() {
        let before = Self.state(Self.base + #""emial": "a@b.dev", "mail": "c@d.dev", "x": 1, "x": 2}]}"#)
        let after = Self.state(Self.base + #""email": "a@b.dev", "mail": "c@d.dev", "y": 1, "x": 2}]}"#)
        #expect(FixVerification.problem(before: before, after: after) == .duplicatesKey)
        let fewer = Self.state(Self.base + #""emial": "a@b.dev", "mail": "c@d.dev", "y": 1, "x": 2}]}"#)
        #expect(FixVerification.problem(before: before, after: fewer) == nil)
    }

    @Test("Broken JSON is refused")
    func syntax() {
        #expect(FixVerification.problem(before: Self.state(Self.base + "}]}"), after: Self.state(Self.base + "]}")) == .breaksSyntax)
    }

    @Test("A new finding may be as severe as the worst one removed, not more; a group may add nothing above its weakest fix")
    func severities() {
        // IL205 (warning) away, IL201 (error) in: refused.
        let unknown = Self.state(Self.base + #""metdata": "x"}]}"#)
        let wrongType = Self.state(Self.base + #""metadata": "x"}]}"#)
        #expect(FixVerification.problem(before: unknown, after: wrongType)
            == .addsMoreSevereFinding(code: "IL201", name: "wrong-type", severity: .error))
        // The same, but an error (IL600) goes away too: fine for one fix, not for a group whose
        // weakest fix removes a warning.
        let both = Self.state(#"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "Draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "metdata": "x"}]}"#)
        #expect(FixVerification.problem(before: both, after: wrongType) == nil)
        #expect(FixVerification.problem(before: both, after: wrongType, ceiling: .warning) != nil)
        // A finding another pass will fix does not count against this one.
        #expect(FixVerification.problem(before: unknown, after: wrongType, isProvisional: { $0.code == "IL201" }) == nil)
    }

    @Test("Fixes withheld in a pass keep their finding, without the fix, with the reason in the help line")
    func withheldFixesAreVisible() {
        let text = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "skills": [], "data": [{"name": "Ada", "email": "ada@lovelace.dev", "metdata": "x"}]}"#
        let outcome = FixTests.fixer(unsafe: true).fix(bytes: Array(text.utf8), path: "a.json", format: .json)
        #expect(!outcome.isChanged)
        #expect(outcome.appliedCount == 0 && outcome.withheldCount == 1)
        let unknown = outcome.result.diagnostics.first { $0.code == "IL205" }
        #expect(unknown?.fix == nil)
        #expect(unknown?.help?.hasSuffix("was not applied: it would leave a finding more severe than the one it removes (error IL201 wrong-type).") == true)
    }
}

@Suite("Fixes: many bad fixes")
struct ManyBadFixesTests {
    /// 1,000 renames that would each add an error, and one good chain: the good one is
    /// applied, the bad ones are withheld, and the cost is bounded by the split budget (a
    /// bisection down to every single fix would lint the file about 2,000 times per pass).
    @Test func manyBadFixesAreWithheldQuickly() {
        let candidate = #"{"name": "Ada", "email": "ada@lovelace.dev", "metdata": "x"}"#
        let text = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "Status": "Draft", "data": ["#
            + Array(repeating: candidate, count: 1_000).joined(separator: ",\n") + "]}\n"
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = FixTests.fixer(unsafe: true).fix(bytes: Array(text.utf8), path: "a.json", format: .json)
        let elapsed = clock.now - start
        #expect(String(decoding: outcome.fixed, as: UTF8.self) == text.replacingOccurrences(of: #""Status": "Draft""#, with: #""status": "draft""#))
        #expect(outcome.appliedCount == 2)
        #expect(outcome.withheldCount == 1_000)
        #expect(outcome.result.diagnostics.allSatisfy { $0.fix == nil })
        #expect(elapsed < .seconds(60), "\(elapsed)")
        print("1,000 bad fixes: \(elapsed)")
    }
}

@Suite("Fixes: JSON Lines verification")
struct JSONLinesFixVerificationTests {
    /// The same bad rename on two lines, and a good one on a third: each line is judged on its
    /// own, and the line numbers keep the refusals apart.
    @Test func eachLineIsJudgedOnItsOwn() {
        let bad = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "metdata": "x"}]}"#
        let good = #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "draft", "data": [{"name": "Ada", "email": "ada@lovelace.dev", "metdata": {}}]}"#
        let text = [bad, good, bad].joined(separator: "\n") + "\n"
        let outcome = FixTests.fixer(unsafe: true).fix(bytes: Array(text.utf8), path: "a.jsonl", format: .jsonLines)
        let fixedGood = good.replacingOccurrences(of: "metdata", with: "metadata")
        #expect(String(decoding: outcome.fixed, as: UTF8.self) == [bad, fixedGood, bad].joined(separator: "\n") + "\n")
        #expect(outcome.appliedCount == 1 && outcome.withheldCount == 2)
        #expect(outcome.result.diagnostics.filter { $0.help?.contains("was not applied") == true }.map(\.start.line) == [1, 3])
    }
}
