import Foundation
import Testing

/// Hostile input through the real binary (SPEC §2, §8, §11): every case ends in findings or in a
/// one-sentence error with the documented exit code — never a crash, a hang, a stack trace or a
/// malformed report. Large inputs are generated in a temporary folder and removed afterwards.
@Suite("Hostile input")
struct HostileInputTests {
    static let interviewer = "8f14e45f-ceea-467a-9a36-dedd4bea2543"
    /// The cases that take seconds in a release build and minutes in a debug one run in
    /// `swift test -c release` (which `.ci/run` runs), or on request with `INGESTLINT_HOSTILE_SLOW=1`.
    static let slowCasesEnabled: Bool = {
        #if DEBUG
        return ProcessInfo.processInfo.environment["INGESTLINT_HOSTILE_SLOW"] == "1"
        #else
        return true
        #endif
    }()
    static let slowCaseReason: Comment = "slow in debug builds: runs in `swift test -c release`, or with INGESTLINT_HOSTILE_SLOW=1"

    /// A payload around `candidates` (raw JSON text of the `data` elements).
    static func payload(_ candidates: String, extra: String = #""skills":["swift"],"#) -> String {
        #"{"interviewerId":"\#(interviewer)","status":"draft",\#(extra)"data":[\#(candidates)]}"#
    }

    // MARK: - Running the binary

    struct Report {
        let outcome: ExternalProcess.Outcome
        let codes: [String]
        let diagnostics: [[String: Any]]
    }

    /// Lints `bytes` as `fileName` with the JSON report and checks the outcome is clean: status
    /// 0 or 1, nothing on standard error, a report that parses.
    static func lint(
        _ bytes: [UInt8], as fileName: String = "hostile.json", arguments: [String] = [],
        timeout: Duration = .seconds(120), sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> Report {
        let workspace = try CLIWorkspace()
        try Data(bytes).write(to: workspace.url(fileName))
        var process = ExternalProcess(
            executable: try IngestLintBinary.url(),
            arguments: ["--no-config", "--format", "json"] + arguments + [fileName],
            currentDirectory: workspace.folder)
        process.timeout = timeout
        let outcome = try await process.run()
        expectNoCrash(outcome, sourceLocation: sourceLocation)
        #expect(outcome.status == 0 || outcome.status == 1, "\(outcome.transcript.prefix(2_000))", sourceLocation: sourceLocation)
        #expect(outcome.standardError.isEmpty, "\(outcome.error.prefix(2_000))", sourceLocation: sourceLocation)
        let parsed = try? JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any]
        #expect(parsed != nil, "the JSON report does not parse: \(outcome.output.prefix(500))", sourceLocation: sourceLocation)
        let diagnostics = parsed?["diagnostics"] as? [[String: Any]] ?? []
        return Report(outcome: outcome, codes: diagnostics.compactMap { $0["code"] as? String }, diagnostics: diagnostics)
    }

    /// Not a crash: no signal, no Swift runtime trap, no stack trace; standard error is at most
    /// one line.
    static func expectNoCrash(_ outcome: ExternalProcess.Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect([0, 1, 2].contains(outcome.status), "status \(outcome.status) (a signal or a trap)", sourceLocation: sourceLocation)
        for marker in ["Fatal error", "Stack dump", "Crash", "Backtrace", "SIGSEGV", "SIGILL", "0x0000"] {
            #expect(!outcome.error.contains(marker), "\(outcome.error.prefix(2_000))", sourceLocation: sourceLocation)
        }
        #expect(outcome.errorLines.count <= 1, "\(outcome.error.prefix(2_000))", sourceLocation: sourceLocation)
    }

    // MARK: - Nesting

    @Test("Nesting of 10,000 and 1,000,000 levels is IL100 at the 257th bracket", arguments: [10_000, 1_000_000])
    func deepNesting(levels: Int) async throws {
        for (open, close) in [(UInt8(ascii: "["), UInt8(ascii: "]")), (UInt8(ascii: "{"), UInt8(ascii: "}"))] {
            var bytes: [UInt8]
            if open == UInt8(ascii: "[") {
                bytes = [UInt8](repeating: open, count: levels) + [UInt8](repeating: close, count: levels)
            } else {
                // {"a":{"a":{ … }}}
                bytes = Array(String(repeating: #"{"a":"#, count: levels).utf8) + [UInt8](repeating: close, count: levels)
            }
            let report = try await Self.lint(bytes)
            #expect(report.codes == ["IL100"], "\(report.codes.prefix(5))")
            #expect(report.outcome.status == 1)
            let column = report.diagnostics.first?["column"] as? Int
            #expect(column == (open == UInt8(ascii: "[") ? 257 : 256 * 5 + 1))
        }
    }

    @Test("Nesting of 1,000,000 levels on one JSON Lines line, between good lines")
    func deepNestingInJSONLines() async throws {
        let good = Self.payload(#"{"name":"Ada Lovelace","email":"ada@lovelace.dev"}"#)
        let deep = String(repeating: "[", count: 1_000_000)
        let report = try await Self.lint(Array("\(good)\n\(deep)\n\(good)\n".utf8), as: "hostile.jsonl", arguments: ["--ignore", "IL303"])
        #expect(report.codes == ["IL100"])
        #expect(report.diagnostics.first?["line"] as? Int == 2)
    }

    // MARK: - Size

    @Test("A 100 MB string as a candidate name")
    func hugeString() async throws {
        var bytes = Array(Self.payload("").utf8.dropLast(2))  // …"data":[
        bytes += Array(#"{"email":"ada@lovelace.dev","name":""#.utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        bytes += Array(#""}]}"#.utf8)
        // About 10 s in release; a debug build's rules take minutes over 100 MB of one name.
        let report = try await Self.lint(bytes, timeout: .seconds(400))
        #expect(!report.codes.contains("IL100"))
        // The report must stay small: messages quote at most an excerpt of the value.
        #expect(report.outcome.standardOutput.count < 1 << 20, "report of \(report.outcome.standardOutput.count) bytes")
    }

    @Test("An object with 1,000,000 keys")
    func millionKeys() async throws {
        var fields = ""
        fields.reserveCapacity(16 << 20)
        for index in 0..<1_000_000 { fields += #""k\#(index)":\#(index),"# }
        fields.removeLast()
        let candidate = #"{"name":"Ada Lovelace","email":"ada@lovelace.dev","additionalFields":{\#(fields)}}"#
        let report = try await Self.lint(Array(Self.payload(candidate).utf8), timeout: .seconds(180))
        #expect(report.codes.isEmpty, "\(report.codes.prefix(5))")
        #expect(report.outcome.status == 0)
    }

    // With the per-file diagnostics limit the release build takes 8.5 s and 186 MB here (46 s
    // and 1.46 GB before, writing a 600 MB report of 999,999 findings); a debug build on a
    // loaded machine takes minutes.
    @Test("1,000,000 copies of one key: bounded memory and report", .enabled(if: slowCasesEnabled, slowCaseReason))
    func millionDuplicateKeys() async throws {
        let fields = Array(repeating: #""k":1"#, count: 1_000_000).joined(separator: ",")
        let candidate = #"{"name":"Ada Lovelace","email":"ada@lovelace.dev","additionalFields":{\#(fields)}}"#
        try await Self.expectBounded(Array(Self.payload(candidate).utf8), status: 1)
    }

    // The findings are bounded (limits.max-diagnostics-per-file); what is left is a view per
    // candidate, held for all the rules: about 850 bytes each with its tape nodes, e-mail check
    // and IL303 sighting (853 MB peak here, 2026-12-04; 1,232 MB before), until candidates are built lazily from
    // small records for a large `data` (issue 8).
    @Test("1,000,000 identical e-mails in one payload's data: bounded memory and report", .enabled(if: ProcessInfo.processInfo.environment["INGESTLINT_HOSTILE_SLOW"] == "1", "needs candidate views built lazily for a large data (issue 8); INGESTLINT_HOSTILE_SLOW=1 runs it"))
    func millionIdenticalEmails() async throws {
        let candidates = Array(repeating: #"{"name":"Ada Lovelace","email":"ada@lovelace.dev"}"#, count: 1_000_000)
            .joined(separator: ",")
        try await Self.expectBounded(Array(Self.payload(candidates).utf8), status: 1)
    }

    @Test("5,000 JSON Lines payloads each holding one e-mail 50 times: bounded memory and report", .enabled(if: slowCasesEnabled, slowCaseReason))
    func repeatedEmailsAcrossLines() async throws {
        let candidates = Array(repeating: #"{"name":"Ada Lovelace","email":"ada@lovelace.dev"}"#, count: 50).joined(separator: ",")
        let line = Self.payload(candidates) + "\n"
        try await Self.expectBounded(Array(String(repeating: line, count: 5_000).utf8), as: "hostile.jsonl", status: 1)
    }

    /// Runs the JSON report under `/usr/bin/time`: the run ends within 120 s with `status`, under
    /// 256 MB peak RSS, with a report under 16 MB.
    static func expectBounded(
        _ bytes: [UInt8], as fileName: String = "hostile.json", status: Int32, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let workspace = try CLIWorkspace()
        try Data(bytes).write(to: workspace.url(fileName))
        let rssFile = workspace.url("rss")
        let started = ContinuousClock.now
        var process = ExternalProcess(
            executable: URL(fileURLWithPath: "/usr/bin/time"),
            arguments: ["-f", "%M", "-o", rssFile.path, try IngestLintBinary.url().path, "--no-config", "--format", "json", fileName],
            currentDirectory: workspace.folder)
        process.timeout = .seconds(300)
        let outcome = try await process.run()
        let elapsed = ContinuousClock.now - started
        expectNoCrash(outcome, sourceLocation: sourceLocation)
        #expect(outcome.status == status, sourceLocation: sourceLocation)
        // A hang bound, not a speed test (speed is the benchmark's): debug builds on a loaded machine are slow.
        #expect(elapsed < .seconds(120), "\(elapsed)", sourceLocation: sourceLocation)
        #expect(outcome.standardOutput.count < 16 << 20, "report of \(outcome.standardOutput.count) bytes", sourceLocation: sourceLocation)
        let peak = try peakKilobytes(rssFile)
        #expect(peak < 256 << 10, "peak RSS \(peak) KB", sourceLocation: sourceLocation)
        #expect((try? JSONSerialization.jsonObject(with: outcome.standardOutput)) != nil, sourceLocation: sourceLocation)
    }

    /// What `/usr/bin/time -f %M -o FILE` wrote: peak resident memory in kilobytes, on the last
    /// line (a run that exits non-zero gets a "Command exited with non-zero status" line first).
    static func peakKilobytes(_ file: URL) throws -> Int {
        let lines = String(decoding: try Data(contentsOf: file), as: UTF8.self).split(separator: "\n")
        return lines.last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? Int.max
    }

    // MARK: - Numbers

    /// A number and the one rule it must trigger (nil: none), named briefly in test output.
    struct HostileNumber: Sendable, CustomTestStringConvertible {
        let text: String
        let code: String?
        init(_ text: String, _ code: String?) {
            self.text = text
            self.code = code
        }
        var testDescription: String { text.count > 24 ? "\(text.prefix(8))…\(text.suffix(4)) (\(text.count) characters)" : text }
    }

    @Test("sendEmailAfter 1e999999, -1e999999 and 10,000-digit numbers", arguments: [
        HostileNumber("1e999999", "IL400"), HostileNumber("-1e999999", "IL400"), HostileNumber("1e-999999", "IL400"),
        HostileNumber("0." + String(repeating: "3", count: 10_000), "IL400"),
        HostileNumber(String(repeating: "9", count: 10_000), "IL400"),
        // Rounds to the double 24.0, but is not whole: the digits decide.
        HostileNumber("24." + String(repeating: "0", count: 10_000) + "1", "IL401"),
        HostileNumber("2.4" + String(repeating: "0", count: 10_000) + "1e1", "IL401"),
        HostileNumber("24." + String(repeating: "0", count: 10_000), nil), HostileNumber("0.24e2", nil),
        HostileNumber("2400e-2", nil), HostileNumber("24.5e0", "IL401"),
    ])
    func hugeNumbers(hostile: HostileNumber) async throws {
        let (number, code) = (hostile.text, hostile.code)
        let candidate = #"{"name":"Ada Lovelace","email":"ada@lovelace.dev","metadata":{"sendEmailAfter":\#(number)}}"#
        let report = try await Self.lint(Array(Self.payload(candidate).utf8))
        #expect(report.codes == (code.map { [$0] } ?? []), "\(number.prefix(20))…")
        // Messages quote at most an excerpt of the number.
        for diagnostic in report.diagnostics {
            #expect(((diagnostic["message"] as? String) ?? "").utf8.count < 200)
        }
    }

    // MARK: - Bytes that are not JSON text

    @Test("NUL bytes, invalid and overlong UTF-8, UTF-8-encoded surrogates are IL100", arguments: [
        [0x00], [0xFF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0x80],
    ] as [[UInt8]])
    func invalidBytesInString(bad: [UInt8]) async throws {
        let prefix = Array(Self.payload("").utf8.dropLast(2)) + Array(#"{"email":"ada@lovelace.dev","name":"Ada "#.utf8)
        let bytes = prefix + bad + Array(#" Lovelace"}]}"#.utf8)
        let report = try await Self.lint(bytes)
        #expect(report.codes == ["IL100"], "\(bad)")
        #expect(report.outcome.status == 1)
        #expect(report.diagnostics.first?["line"] as? Int == 1)
        #expect(report.diagnostics.first?["column"] as? Int == prefix.count + 1, "\(bad)")
    }

    @Test("A NUL byte between values and a file of NUL bytes are IL100")
    func nulOutsideStrings() async throws {
        let between = try await Self.lint(Array(Self.payload("").utf8) + [0x00])
        #expect(between.codes == ["IL100"])
        let zeros = try await Self.lint([UInt8](repeating: 0, count: 1 << 20))
        #expect(zeros.codes == ["IL100"])
        let zerosLines = try await Self.lint([UInt8](repeating: 0, count: 1 << 20), as: "zeros.jsonl")
        #expect(zerosLines.codes == ["IL100"])
    }

    @Test("Lone surrogate escapes are IL100 at the backslash", arguments: [
        #"\uD800"#, #"\uDC00"#, #"\uD800\u0041"#, #"\uDBFF\uDBFF"#, #"\uD800x"#, #"\uD83D"#,
    ])
    func loneSurrogates(escape: String) async throws {
        let prefix = Self.payload("").dropLast(2) + #"{"email":"ada@lovelace.dev","name":"Ada "#
        let report = try await Self.lint(Array((prefix + escape + #""}]}"#).utf8))
        #expect(report.codes == ["IL100"])
        #expect(report.diagnostics.first?["column"] as? Int == prefix.unicodeScalars.count + 1)
    }

    @Test("U+2028 and U+2029 raw in strings are valid JSON and never raw in text reports")
    func lineSeparators() async throws {
        let name = "Ada\u{2028}Love\u{2029}lace\u{202E}"
        let bytes = Array(Self.payload(#"{"name":"\#(name)","email":"ada\#u{2028}@lovelace.dev"}"#).utf8)
        let report = try await Self.lint(bytes)
        #expect(!report.codes.contains("IL100"))
        #expect(!report.codes.isEmpty, "an e-mail holding U+2028 is not valid")
        for diagnostic in report.diagnostics {
            #expect(diagnostic["line"] as? Int == 1, "U+2028 does not end a line")
        }
        let workspace = try CLIWorkspace()
        try Data(bytes).write(to: workspace.url("separators.json"))
        for format in ["text", "github"] {
            let outcome = try await workspace.run(["--no-config", "--format", format, "separators.json"])
            Self.expectNoCrash(outcome)
            #expect(outcome.status == 1)
            for scalar in ["\u{2028}", "\u{2029}", "\u{202E}"] {
                #expect(!outcome.output.unicodeScalars.contains(scalar.unicodeScalars.first!), "\(format): raw \(scalar.debugDescription)")
            }
        }
    }

    @Test("CR-only line ends in a JSON Lines file")
    func carriageReturnOnly() async throws {
        let good = Self.payload(#"{"name":"Ada Lovelace","email":"ada@lovelace.dev"}"#)
        let bad = Self.payload(#"{"name":"Grace Hopper"}"#)
        let report = try await Self.lint(Array("\(good)\r\(bad)\r\(good)\r".utf8), as: "cr.jsonl", arguments: ["--ignore", "IL303"])
        #expect(!report.codes.isEmpty)
        // Whatever the verdict on the line structure, positions count a lone CR as a line end.
        for diagnostic in report.diagnostics where diagnostic["code"] as? String == "IL200" {
            #expect(diagnostic["line"] as? Int == 2)
        }
    }

    // MARK: - A 1 GB JSON Lines file

    /// 1 GB in a release build; a debug binary lints about ten times slower, so it gets 32 MB.
    static let defaultJSONLinesMegabytes: Int = {
        #if DEBUG
        return 32
        #else
        return 1024
        #endif
    }()

    /// Peak resident memory of `ingestlint` on a JSON Lines file of `INGESTLINT_HOSTILE_JSONL_MB`
    /// megabytes (1024 in release, 32 in debug unless set) of identical clean payloads, measured
    /// by `/usr/bin/time`.
    @Test("A 1 GB JSON Lines file streams in bounded memory", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
    func gigabyteJSONLines() async throws {
        let megabytes = ProcessInfo.processInfo.environment["INGESTLINT_HOSTILE_JSONL_MB"].flatMap(Int.init)
            ?? Self.defaultJSONLinesMegabytes
        let workspace = try CLIWorkspace()
        let url = workspace.url("export.jsonl")
        let line = Array((Self.payload(#"{"name":"Ada Lovelace","email":"ada@lovelace.dev"}"#) + "\n").utf8)
        var block: [UInt8] = []
        block.reserveCapacity((1 << 20) + line.count)
        while block.count + line.count <= 1 << 20 { block += line }
        let linesPerBlock = block.count / line.count
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        let data = Data(block)
        for _ in 0..<megabytes { try handle.write(contentsOf: data) }
        try handle.close()

        let rssFile = workspace.url("rss")
        let started = ContinuousClock.now
        var process = ExternalProcess(
            executable: URL(fileURLWithPath: "/usr/bin/time"),
            arguments: ["-f", "%M", "-o", rssFile.path, try IngestLintBinary.url().path,
                        "--no-config", "--ignore", "IL303", "--format", "json", "export.jsonl"],
            currentDirectory: workspace.folder)
        process.timeout = .seconds(600)
        let outcome = try await process.run()
        let elapsed = ContinuousClock.now - started
        Self.expectNoCrash(outcome)
        #expect(outcome.status == 0, "\(outcome.transcript.prefix(2_000))")
        let report = try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        #expect(summary?["payloads"] as? Int == linesPerBlock * megabytes)
        let kilobytes = try Self.peakKilobytes(rssFile)
        // Measured 2026-12-02: 40.7 MB for 1 GB in 54 s (release), 43 MB for 64 MB (debug); see
        // docs/fuzzing.md. The bound is far above that, and far below the file's size.
        #expect(kilobytes < 256 << 10, "peak RSS \(kilobytes) kB for \(megabytes) MB in \(elapsed)")
        print("hostile input: \(megabytes) MB JSON Lines, peak RSS \(kilobytes) kB, \(elapsed)")
    }
}
