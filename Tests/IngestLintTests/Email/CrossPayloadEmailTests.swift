import Foundation
import Testing
@testable import IngestLint
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// IL303 through `LintRun`, the way the CLI runs it: several `.json`, `.jsonl` and `.ndjson`
/// files on disk, batches, JSON Lines with blank and broken lines, Interviewer ids in another
/// case. The first occurrence (in input order) is the related location, and the report is the
/// same byte for byte whatever the number of jobs.
@Suite("IL303 duplicate e-mails across payloads")
struct CrossPayloadEmailTests {
    static let interviewer = "304c0cfb-324f-4b2c-ac89-c93725c00399"
    static let other = "9b2f6c1e-7d4a-4c1b-9a3e-2f5d8c7b6a10"

    /// The files of the scenario, in input (sorted) order. Comments on the right say what each
    /// e-mail must give.
    static let files: [(name: String, text: String)] = [
        ("a-first.json", """
            {
              "interviewerId": "\(interviewer)",
              "data": [
                {"name": "Ada", "email": "ada@lovelace.dev"},
                {"name": "Bo", "email": "bo@lovelace.dev"}
              ]
            }

            """),
        // Line 1: Ada again, Interviewer id in upper case, e-mail in mixed case → IL303 (a-first.json).
        // Line 2: Ada to another Interviewer → first sighting for that Interviewer.
        // Line 3: blank. Line 4: Cy twice in one payload → IL302, not IL303.
        // Line 5: Cy again → IL303 (line 4 of this file). Line 6: no valid interviewerId → skipped.
        // Line 7: broken JSON → IL100, the other lines still run.
        // Line 8: Ada to the other Interviewer again, after a multi-byte name → IL303 (line 2).
        ("b-second.jsonl", """
            {"interviewerId": "\(interviewer.uppercased())", "data": [{"name": "Ada", "email": "Ada@Lovelace.dev"}]}
            {"interviewerId": "\(other)", "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]}

            {"interviewerId": "\(interviewer)", "data": [{"name": "Cy", "email": "cy@lovelace.dev"}, {"name": "Cy", "email": " CY@lovelace.dev "}]}
            {"interviewerId": "\(interviewer)", "data": [{"name": "Cy", "email": "cy@lovelace.dev"}]}
            {"interviewerId": "", "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]}
            {"interviewerId": "\(interviewer)", "data": [
            {"interviewerId": " \(other.uppercased()) ", "data": [{"name": "Zoë Ünal 👩‍💻", "email": "ADA@lovelace.dev"}]}

            """),
        // A batch: Bo again → IL303 (a-first.json); Dee twice in two elements → IL303 (/0/…).
        ("c-third.json", """
            [
              {"interviewerId": "\(interviewer)", "data": [{"name": "Dee", "email": "dee@lovelace.dev"}, {"name": "Bo", "email": "bo@lovelace.dev"}]},
              {"interviewerId": "\(interviewer)", "data": [{"name": "Dee", "email": "dee@lovelace.dev"}]}
            ]

            """),
        // CRLF line endings: Dee once more → IL303 (c-third.json, the first Dee).
        ("d-fourth.ndjson", "{\"interviewerId\": \"\(interviewer)\", \"data\": [{\"name\": \"Eve\", \"email\": \"eve@lovelace.dev\"}]}\r\n"
            + "{\"interviewerId\": \"\(interviewer)\", \"data\": [{\"name\": \"Dee\", \"email\": \"dee@lovelace.dev\"}]}\r\n"),
    ]

    /// Writes `files` into a fresh folder; inputs keep the bare names as display paths.
    static func writeFiles(_ files: [(name: String, text: String)]) throws -> (folder: URL, inputs: [LintInput]) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingestlint-il303-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var inputs: [LintInput] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            try Data(file.text.utf8).write(to: url)
            inputs.append(.file(path: url.path, displayPath: file.name))
        }
        return (folder, inputs)
    }

    static func run(_ files: [(name: String, text: String)], jobs: Int, configuration: Configuration = Configuration()) async throws -> [FileResult] {
        let (folder, inputs) = try writeFiles(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await LintRun(configuration: configuration, jobs: jobs).run(inputs)
    }

    /// Where the `occurrence`-th (0-based) `needle` starts and ends in `text`: 1-based line and
    /// Unicode-scalar column, lines ending at LF, CRLF or CR, as SPEC §3 counts them.
    static func position(of needle: String, occurrence: Int = 0, in text: String) -> (start: SourcePosition, end: SourcePosition, offset: Int)? {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        var found = -1
        var seen = -1
        var index = 0
        while index + pattern.count <= bytes.count {
            if Array(bytes[index..<(index + pattern.count)]) == pattern {
                seen += 1
                if seen == occurrence { found = index; break }
            }
            index += 1
        }
        guard found >= 0 else { return nil }
        func lineColumn(_ offset: Int) -> SourcePosition {
            let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
            var line = 1
            var column = 1
            var previousWasCR = false
            for scalar in prefix.unicodeScalars {
                if scalar == "\n" {
                    if !previousWasCR { line += 1 }
                    column = 1
                    previousWasCR = false
                } else if scalar == "\r" {
                    line += 1
                    column = 1
                    previousWasCR = true
                } else {
                    column += 1
                    previousWasCR = false
                }
            }
            return SourcePosition(line: line, column: column)
        }
        return (lineColumn(found), lineColumn(found + pattern.count), found)
    }

    /// What one IL303 diagnostic must say: where it is and where its first occurrence is.
    struct Expected {
        let file: String
        let needle: String
        let occurrence: Int
        let pointer: String
        let firstFile: String
        let firstNeedle: String
        let firstOccurrence: Int
        let firstPointer: String
    }

    static let expected: [Expected] = [
        Expected(file: "b-second.jsonl", needle: "\"Ada@Lovelace.dev\"", occurrence: 0, pointer: "/data/0/email",
                 firstFile: "a-first.json", firstNeedle: "\"ada@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/data/0/email"),
        Expected(file: "b-second.jsonl", needle: "\"cy@lovelace.dev\"", occurrence: 1, pointer: "/data/0/email",
                 firstFile: "b-second.jsonl", firstNeedle: "\"cy@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/data/0/email"),
        Expected(file: "b-second.jsonl", needle: "\"ADA@lovelace.dev\"", occurrence: 0, pointer: "/data/0/email",
                 firstFile: "b-second.jsonl", firstNeedle: "\"ada@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/data/0/email"),
        Expected(file: "c-third.json", needle: "\"bo@lovelace.dev\"", occurrence: 0, pointer: "/0/data/1/email",
                 firstFile: "a-first.json", firstNeedle: "\"bo@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/data/1/email"),
        Expected(file: "c-third.json", needle: "\"dee@lovelace.dev\"", occurrence: 1, pointer: "/1/data/0/email",
                 firstFile: "c-third.json", firstNeedle: "\"dee@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/0/data/0/email"),
        Expected(file: "d-fourth.ndjson", needle: "\"dee@lovelace.dev\"", occurrence: 0, pointer: "/data/0/email",
                 firstFile: "c-third.json", firstNeedle: "\"dee@lovelace.dev\"", firstOccurrence: 0, firstPointer: "/0/data/0/email"),
    ]

    static func text(of name: String) -> String {
        files.first { $0.name == name }?.text ?? ""
    }

    @Test("Duplicates across files, JSON Lines lines and batch elements, with the first occurrence as related location")
    func duplicatesAndRelatedLocations() async throws {
        let results = try await Self.run(Self.files, jobs: 2)
        #expect(results.map(\.path) == Self.files.map(\.name))
        let found = results.flatMap(\.diagnostics).filter { $0.code == "IL303" }
        #expect(found.count == Self.expected.count, "\(found.map { "\($0.file):\($0.location.start.line) \($0.message)" })")
        for (diagnostic, expected) in zip(found, Self.expected) {
            let here = try #require(Self.position(of: expected.needle, occurrence: expected.occurrence, in: Self.text(of: expected.file)))
            let first = try #require(Self.position(of: expected.firstNeedle, occurrence: expected.firstOccurrence, in: Self.text(of: expected.firstFile)))
            #expect(diagnostic.name == "duplicate-email-across-payloads")
            #expect(diagnostic.severity == .warning)
            #expect(diagnostic.location.file == expected.file)
            #expect(diagnostic.location.start == here.start)
            #expect(diagnostic.location.end == here.end)
            #expect(diagnostic.location.range == here.offset..<(here.offset + expected.needle.utf8.count))
            #expect(diagnostic.location.pointer == expected.pointer)
            let related = try #require(diagnostic.related.first)
            #expect(diagnostic.related.count == 1)
            #expect(related.location.file == expected.firstFile)
            #expect(related.location.start == first.start)
            #expect(related.location.end == first.end)
            #expect(related.location.range == first.offset..<(first.offset + expected.firstNeedle.utf8.count))
            #expect(related.location.pointer == expected.firstPointer)
            #expect(related.message == "first payload sending this e-mail to this Interviewer")
            let place = expected.firstFile == expected.file
                ? "line \(first.start.line), \(expected.firstPointer)"
                : "\(expected.firstFile):\(first.start.line), \(expected.firstPointer)"
            #expect(diagnostic.message == "this e-mail already goes to the same Interviewer in another payload (\(place))")
        }
        // Within one payload it is IL302, not IL303; the broken line is IL100 and the rest ran.
        let second = try #require(results.first { $0.path == "b-second.jsonl" })
        #expect(second.diagnostics.filter { $0.code == "IL302" }.map(\.location.start.line) == [4])
        #expect(second.diagnostics.filter { $0.code == "IL100" }.map(\.location.start.line) == [7])
    }

    @Test("Concrete positions of the scenario (guards the position helper itself)")
    func concretePositions() throws {
        let jsonLines = Self.text(of: "b-second.jsonl")
        let ada = try #require(Self.position(of: "\"ADA@lovelace.dev\"", in: jsonLines))
        // Line 8; the name before it has multi-byte scalars and an emoji ZWJ sequence (5 scalars).
        #expect(ada.start.line == 8)
        let line8 = jsonLines.split(separator: "\n", omittingEmptySubsequences: false)[7]
        let quote = try #require(line8.range(of: "\"ADA@"))
        let prefix = line8[..<quote.lowerBound]
        #expect(ada.start.column == prefix.unicodeScalars.count + 1)
        let crlf = try #require(Self.position(of: "\"dee@lovelace.dev\"", in: Self.text(of: "d-fourth.ndjson")))
        #expect(crlf.start.line == 2)
    }

    @Test("The report is identical for 1, 2 and 4 jobs")
    func sameReportWhateverTheJobs() async throws {
        var configuration = Configuration()
        configuration.select = ["all"]
        var reports: [Int: String] = [:]
        for jobs in [1, 2, 4] {
            let results = try await Self.run(Self.files, jobs: jobs, configuration: configuration)
            reports[jobs] = JSONReporter().render(LintReport(files: results))
        }
        #expect(reports[1] == reports[2])
        #expect(reports[1] == reports[4])
        #expect(reports[1]?.contains("\"IL303\"") == true)
    }

    /// Many small files that all repeat the e-mails of the first ones, so the order in which
    /// jobs finish varies; the first occurrence must still be the first file.
    @Test("Many files: first occurrence and report independent of scheduling")
    func manyFiles() async throws {
        var files: [(name: String, text: String)] = []
        for index in 0..<40 {
            let name = "payload-\(index < 10 ? "0" : "")\(index).\(index % 3 == 0 ? "jsonl" : "json")"
            let emails = (0..<(1 + index % 5)).map { "person\($0 % 4)@lovelace.dev" }
            let payload = """
                {"interviewerId": "\(index % 2 == 0 ? Self.interviewer : Self.interviewer.uppercased())", "data": [\(emails.map { "{\"name\": \"P\", \"email\": \"\($0)\"}" }.joined(separator: ", "))]}
                """
            files.append((name, index % 3 == 0 ? payload + "\n" + payload + "\n" : payload))
        }
        var reports: [String] = []
        for jobs in [1, 2, 3, 8] {
            let results = try await Self.run(files, jobs: jobs)
            reports.append(JSONReporter().render(LintReport(files: results)))
            for diagnostic in results.flatMap(\.diagnostics) where diagnostic.code == "IL303" {
                let related = try #require(diagnostic.related.first)
                // The first occurrence is never in a later file than the duplicate.
                #expect(related.location.file <= diagnostic.location.file)
            }
        }
        #expect(Set(reports).count == 1)
    }

    @Test("The IL303 result does not depend on the JSON Lines chunk size")
    func chunkSizeDoesNotMatter() async throws {
        let (folder, inputs) = try Self.writeFiles(Self.files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try await LintRun(configuration: Configuration(), jobs: 1).run(inputs)
        for chunkSize in [1, 7, 64] {
            var linter = FileLinter(linter: Linter(configuration: Configuration()))
            linter.chunkSize = chunkSize
            var results: [FileResult] = []
            for case let .file(path, displayPath, _) in inputs {
                results.append(try linter.lintFile(at: path, displayPath: displayPath))
            }
            let severity = try #require(linter.linter.severities["IL303"])
            DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: severity)
            #expect(JSONReporter().render(LintReport(files: results)) == JSONReporter().render(LintReport(files: whole)), "chunk size \(chunkSize)")
        }
    }

    /// The index key joins the Interviewer id and the e-mail with U+0000; both can contain
    /// U+0000 (as `\u0000` in JSON), so two different pairs must not become the same key.
    @Test("Different (Interviewer, e-mail) pairs never share a key")
    func keyIsUnambiguous() async throws {
        #expect(EmailKey(interviewerId: "i\u{0}j", email: "k@lovelace.dev") != EmailKey(interviewerId: "i", email: "j\u{0}k@lovelace.dev"))
        let text = """
            {"interviewerId": "i\\u0000j", "data": [{"name": "A", "email": "k@lovelace.dev"}]}
            {"interviewerId": "i", "data": [{"name": "B", "email": "j\\u0000k@lovelace.dev"}]}

            """
        let results = try await Self.run([("nul.jsonl", text)], jobs: 1)
        #expect(results.flatMap(\.diagnostics).filter { $0.code == "IL303" }.isEmpty)
    }

    @Test("IL303 off: no findings, and nothing kept for the index")
    func ruleOff() async throws {
        var configuration = Configuration()
        configuration.ignore = ["IL303"]
        let results = try await Self.run(Self.files, jobs: 2, configuration: configuration)
        #expect(results.flatMap(\.diagnostics).allSatisfy { $0.code != "IL303" })
    }

    // MARK: - Memory of the index

    /// What the index keeps per distinct (Interviewer, e-mail) pair, measured as the growth of
    /// the resident set (large buffers are mmap'd, so this is close to exact): at most 48 bytes
    /// (recorded in docs/email-policy.md).
    @Test("The IL303 index keeps at most 48 bytes per distinct pair", arguments: [1_000_000, 7_000_000])
    func memoryPerPair(count: Int) throws {
        #expect(MemoryLayout<EmailKey>.stride == 16)
        let start = Self.residentBytes() ?? 0
        var sightings = EmailFirstSightings()
        var state: UInt64 = 0x1234_5678
        for index in 0..<count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = (state ^ (state >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            let sighting = EmailFirstSightings.Sighting(
                file: 0, offset: index * 100, length: 30, line: UInt32(index + 1), column: 40, width: 30, candidateIndex: 0,
                payloadOrdinal: UInt32(index + 1), isBatchElement: false)
            let found = sightings.firstSighting(of: EmailKey(high: state, low: mixed ^ (mixed >> 31)), orInsert: sighting)
            if found != nil { Issue.record("pair \(index) matched an earlier one") }
        }
        // Other tests run in parallel, so the resident set is only printed; the assertion is on
        // what the index allocated.
        let resident = (Self.residentBytes() ?? start) - start
        let allocated = sightings.allocatedBytes
        print("IL303 memory: \(count) distinct pairs: \(Double(allocated) / Double(count)) bytes allocated, "
            + "\(Double(resident) / Double(count)) bytes of resident-set growth per pair")
        #expect(sightings.count == count)
        #expect(allocated <= 48 * count)
        withExtendedLifetime(sightings) {}
    }

    @Test("One key per normalised pair, whichever path hashes the e-mail", arguments: [
        ("ada@lovelace.dev", "ADA@Lovelace.DEV"), ("ada@lovelace.dev", " ada@lovelace.dev\t"),
        ("zoë@lovelace.dev", "ZOË@LOVELACE.DEV"), ("zoë@lovelace.dev", "\u{A0}Zoë@lovelace.dev"),
    ])
    func keyNormalisation(plain: String, spelledOtherwise: String) {
        let upperId = Self.interviewer.uppercased()
        #expect(EmailKey(interviewerId: Self.interviewer, email: plain) == EmailKey(interviewerId: upperId, email: spelledOtherwise))
        #expect(EmailKey(interviewerId: Self.interviewer, email: plain) != EmailKey(interviewerId: Self.interviewer, email: "x" + plain))
    }

    @Test("A first sighting comes back as it was recorded, also a wide one in a batch")
    func firstSightingRoundTrip() {
        var sightings = EmailFirstSightings()
        let key = EmailKey(interviewerId: Self.interviewer, email: "ada@lovelace.dev")
        let wide = EmailFirstSightings.Sighting(
            file: 3, offset: 5_000_000_000, length: 100_002, line: 7, column: 12, width: 100_000, candidateIndex: 4, payloadOrdinal: 2, isBatchElement: true)
        #expect(sightings.firstSighting(of: key, orInsert: wide) == nil)
        let later = EmailFirstSightings.Sighting(
            file: 5, offset: 0, length: 10, line: 1, column: 1, width: 10, candidateIndex: 0, payloadOrdinal: 0, isBatchElement: false)
        #expect(sightings.firstSighting(of: key, orInsert: later) == wide)
        #expect(sightings.count == 1)
        let accented = EmailFirstSightings.Sighting(
            file: 1, offset: 4_000, length: 24, line: 2, column: 9, width: 20, candidateIndex: 70_000, payloadOrdinal: 2,
            isBatchElement: false)
        let otherKey = EmailKey(interviewerId: Self.interviewer, email: "zoë@lovelace.dev")
        #expect(sightings.firstSighting(of: otherKey, orInsert: accented) == nil)
        #expect(sightings.firstSighting(of: otherKey, orInsert: later) == accented)
        let location = wide.location(path: "a.json")
        #expect(location.pointer == "/2/data/4/email")
        #expect(location.range == 5_000_000_000..<5_000_100_002)
        #expect(location.start == SourcePosition(line: 7, column: 12))
        #expect(location.end == SourcePosition(line: 7, column: 100_012))
    }

    static let pageSize: Int? = {
        let size = sysconf(Int32(_SC_PAGESIZE))
        return size > 0 ? size : nil
    }()

    /// Resident set size from /proc/self/statm (second field, in pages).
    static func residentBytes() -> Int? {
        guard let pageSize, let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * pageSize
    }
}
