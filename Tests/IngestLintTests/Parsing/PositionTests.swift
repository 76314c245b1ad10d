import Foundation
import Testing
@testable import IngestLint

/// A diagnostic reduced to what positions are about.
struct PlacedFinding: Sendable, Equatable, CustomStringConvertible {
    let code: String
    let line: Int
    let column: Int
    let pointer: String
    /// File byte offset of the first byte.
    let offset: Int

    init(_ code: String, _ line: Int, _ column: Int, _ pointer: String, offset: Int) {
        self.code = code
        self.line = line
        self.column = column
        self.pointer = pointer
        self.offset = offset
    }

    init(_ diagnostic: Diagnostic) {
        self.init(
            diagnostic.code, diagnostic.start.line, diagnostic.start.column, diagnostic.location.pointer,
            offset: diagnostic.location.range.lowerBound)
    }

    var description: String { "\(code) \(line):\(column) \(pointer.isEmpty ? "(root)" : pointer) @\(offset)" }
}

/// Builds a multi-line input from lines carrying `↓` markers, and the expected findings at those
/// markers. Lines and columns are counted here from the Swift strings, independently of
/// `LineIndex` and `LineSplitter`.
struct MarkedInput {
    private(set) var bytes: [UInt8] = []
    private(set) var expected: [PlacedFinding] = []
    private var line = 1

    init(byteOrderMark: Bool = false) {
        if byteOrderMark {
            bytes = [0xEF, 0xBB, 0xBF]
            expected.append(PlacedFinding("IL102", 1, 1, "", offset: 0))
        }
    }

    /// Appends `text` (markers removed) and `terminator`; each `↓` expects the next of `findings`.
    mutating func add(_ text: String, _ terminator: String = "\n", _ findings: [(code: String, pointer: String)] = []) {
        var plain = ""
        var markers = 0
        for character in text {
            if character == "↓" {
                precondition(markers < findings.count, "more markers than findings in \(text)")
                let column = plain.unicodeScalars.count + 1
                let offset = bytes.count + plain.utf8.count
                expected.append(PlacedFinding(findings[markers].code, line, column, findings[markers].pointer, offset: offset))
                markers += 1
            } else {
                plain.append(character)
            }
        }
        precondition(markers == findings.count, "fewer markers than findings in \(text)")
        bytes += Array(plain.utf8) + Array(terminator.utf8)
        if !terminator.isEmpty { line += 1 }
    }
}

private let uuid = ParsingTestSupport.interviewerId

/// Chunk sizes for streaming: every split position of short sequences, and whole-file reads.
private let chunkSizes = [1, 2, 3, 4, 5, 6, 7, 8, 13, 64, 1 << 20]

/// The findings of `result` with one of `codes`, in report order.
private func placed(_ result: FileResult, codes: Set<String>) -> [PlacedFinding] {
    result.diagnostics.filter { codes.contains($0.code) }.map(PlacedFinding.init)
}

private func syntaxError(_ result: FileResult) -> Diagnostic? {
    let errors = ParsingTestSupport.diagnostics(result, code: "IL100")
    #expect(errors.count <= 1)
    return errors.first
}

@Suite("Positions")
struct PositionTests {
    // MARK: LineIndex

    @Test func lineIndexCountsScalarsAndAllLineBreaks() {
        // a é CR LF 李 CR 😀 LF x
        // 0 1-2 3 4 5-7 8 9-12 13 14, end 15
        let bytes = Array("aé\r\n李\r😀\nx".utf8)
        let index = LineIndex(bytes: bytes)
        let expected: [(Int, Int, Int)] = [
            (0, 1, 1), (1, 1, 2), (3, 1, 3),
            (5, 2, 1), (8, 2, 2),
            (9, 3, 1), (13, 3, 2),
            (14, 4, 1), (15, 4, 2),
        ]
        for (offset, line, column) in expected {
            #expect(index.position(of: offset) == SourcePosition(line: line, column: column), "offset \(offset)")
        }
        #expect(index.lineBreakCount == 3)
        #expect(index.lineText(containing: 6) == "李")
        #expect(index.lineText(containing: 0) == "aé")
        #expect(index.lineText(containing: 15) == "x")
    }

    @Test func lineIndexOfADocumentInsideABuffer() {
        // A BOM before the document is outside its range: never a column.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{}\n[]".utf8)
        let index = LineIndex(bytes: bytes, range: 3..<bytes.count, firstLine: 7)
        #expect(index.position(of: 3) == SourcePosition(line: 7, column: 1))
        #expect(index.position(of: 0) == SourcePosition(line: 7, column: 1))
        #expect(index.position(of: 4) == SourcePosition(line: 7, column: 2))
        #expect(index.position(of: 6) == SourcePosition(line: 8, column: 1))
        #expect(index.position(of: bytes.count) == SourcePosition(line: 8, column: 3))
    }

    /// The line index reads eight bytes at a time; a byte-by-byte reading of the same rules
    /// (LF, CRLF, lone CR; one column per scalar and per stray byte) must agree at every offset,
    /// with breaks and multi-byte scalars at every position of a word.
    @Test func lineIndexAgreesWithAByteByByteReading() {
        var random = SeededGenerator(seed: 0x11AE)
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("abcdefgh".utf8), Array("é".utf8), Array("李".utf8), Array("😀".utf8),
            [0x0A], [0x0D], [0x0D, 0x0A], [0x80], [0xC3], [0xE6, 0x9D], [0xF0, 0x9F, 0x98, 0x80, 0x80],
        ]
        for _ in 0..<400 {
            let lead = random.between(0, 9)
            var bytes = [UInt8](repeating: UInt8(ascii: " "), count: lead)
            for _ in 0..<random.between(0, 30) { bytes += random.element(of: pieces) }
            let index = LineIndex(bytes: bytes, range: lead..<bytes.count, firstLine: 3)
            for offset in lead...bytes.count {
                #expect(index.position(of: offset) == Self.naivePosition(bytes, lead, offset, firstLine: 3), "offset \(offset) of \(bytes)")
            }
            // The cursor is asked for the starts of tokens: never inside a scalar or a CRLF.
            var cursor = index.cursor
            for offset in Self.boundaries(bytes, from: lead) {
                #expect(cursor.position(of: offset) == Self.naivePosition(bytes, lead, offset, firstLine: 3), "cursor at \(offset) of \(bytes)")
            }
        }
    }

    /// Offsets between scalars (a stray byte is one) and line breaks, in order.
    private static func boundaries(_ bytes: [UInt8], from start: Int) -> [Int] {
        var offsets: [Int] = []
        var index = start
        while index < bytes.count {
            offsets.append(index)
            let lead = bytes[index]
            if lead == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 2
                continue
            }
            let length = lead < 0xC0 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
            index += 1
            var taken = 1
            while taken < length, index < bytes.count, bytes[index] & 0xC0 == 0x80 {
                index += 1
                taken += 1
            }
        }
        offsets.append(bytes.count)
        return offsets
    }

    /// Lines are split eight bytes at a time; a byte-by-byte split (LF, CRLF, lone CR) must agree.
    @Test func lineSplitterAgreesWithAByteByByteSplit() {
        var random = SeededGenerator(seed: 0x5B11)
        let pieces: [[UInt8]] = [Array("a".utf8), Array("{\"k\": 1}".utf8), Array("0123456789".utf8), [0x0A], [0x0D], [0x0D, 0x0A], Array("é".utf8)]
        for _ in 0..<500 {
            var bytes: [UInt8] = []
            for _ in 0..<random.between(0, 25) { bytes += random.element(of: pieces) }
            let start = random.between(0, bytes.count)
            var expected: [Range<Int>] = []
            var lineStart = start, index = start
            while index < bytes.count {
                if bytes[index] == 0x0A || bytes[index] == 0x0D {
                    expected.append(lineStart..<index)
                    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    lineStart = index + 1
                }
                index += 1
            }
            if lineStart < bytes.count { expected.append(lineStart..<bytes.count) }
            let lines = LineSplitter.lines(in: bytes, from: start)
            #expect(lines.map(\.range) == expected, "\(bytes) from \(start)")
            #expect(lines.map(\.number) == Array(expected.indices))
        }
    }

    private static func naivePosition(_ bytes: [UInt8], _ start: Int, _ offset: Int, firstLine: Int) -> SourcePosition {
        var line = firstLine, lineStart = start, index = start
        while index < offset {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    if index + 1 == offset { break }
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        index = lineStart
        while index < offset {
            let lead = bytes[index]
            let length = lead < 0xC0 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
            index += 1
            var taken = 1
            while taken < length, index < offset, bytes[index] & 0xC0 == 0x80 {
                index += 1
                taken += 1
            }
            column += 1
        }
        return SourcePosition(line: line, column: column)
    }

    // MARK: Positions in a JSON file

    @Test(arguments: [
        // Multi-byte characters are one column each (é: 2 bytes, 李: 3, 😀: 4).
        (#"{"é": 'x'}"#, 1, 7),
        (#"{"李": 'x'}"#, 1, 7),
        (#"{"😀": 'x'}"#, 1, 7),
        (#"{"é李😀": 'x'}"#, 1, 9),
        // Columns are Unicode scalars, not grapheme clusters: e + U+0301 is two.
        ("{\"e\u{301}\": 'x'}", 1, 8),
        // A tab is one column.
        ("{\t\"a\":\t'x'}", 1, 8),
        // LF, CRLF and a lone CR each end a line.
        ("{\"a\":1,\n\"b\": 'x'}", 2, 6),
        ("{\"a\":1,\r\n\"b\": 'x'}", 2, 6),
        ("{\"a\":1,\r\"b\": 'x'}", 2, 6),
        ("{\r\n\r\"a\":\n\r\n 'x'}", 5, 2),
        ("\n\n   'x'", 3, 4),
        ("{\"a\":\"李\",\n  \"b\":\"😀\", 'x'}", 2, 12),
        // End of input: just past the last byte; after a final line break that is the next line.
        ("{\"a\":1", 1, 7),
        ("{\"a\":1\n", 2, 1),
        ("{\"a\":1\r\n", 2, 1),
        ("{\"a\":1\r", 2, 1),
        ("{\"a\":1\n\n", 3, 1),
        ("{\"a\": \"é李😀", 1, 11),
        ("[\n  \"a\",\n  ", 3, 3),
    ])
    func syntaxErrorPosition(_ text: String, _ line: Int, _ column: Int) {
        let result = ParsingTestSupport.lint(text)
        #expect(syntaxError(result)?.start == SourcePosition(line: line, column: column))
        ParsingTestSupport.expectWellFormed(result, fileSize: text.utf8.count)
    }

    @Test(arguments: [
        // A finding right after the BOM is at 1:1.
        ("'x'", 1, 1, 3),
        ("{\"a\":1,}", 1, 8, 10),
        ("\n 'x'", 2, 2, 5),
        ("{\"a\":1", 1, 7, 9),
        ("{\"é\":1,}", 1, 8, 11),
    ])
    func byteOrderMarkIsNotAColumn(_ text: String, _ line: Int, _ column: Int, _ fileOffset: Int) {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        let result = ParsingTestSupport.lint(bytes)
        let error = syntaxError(result)
        #expect(error?.start == SourcePosition(line: line, column: column))
        // Byte ranges are file offsets: they do count the BOM.
        #expect(error?.location.range.lowerBound == fileOffset)
        let marks = ParsingTestSupport.diagnostics(result, code: "IL102")
        #expect(marks.count == 1)
        #expect(marks.first?.start == SourcePosition(line: 1, column: 1))
        #expect(marks.first?.location.range == 0..<3)
        ParsingTestSupport.expectWellFormed(result, fileSize: bytes.count)
    }

    /// A value's range covers the whole value, and its end column counts scalars too.
    @Test func valueRangeEndCountsScalars() throws {
        let text = #"{"interviewerId":"\#(uuid)","data":"李😀é"}"#
        let result = ParsingTestSupport.lint(text)
        let wrongType = ParsingTestSupport.diagnostics(result, code: "IL201")
        try #require(wrongType.count == 1)
        // `{"interviewerId":"<36>","data":` is 1 + 15 + 1 + 38 + 1 + 6 + 1 = 63 scalars.
        #expect(wrongType[0].start == SourcePosition(line: 1, column: 64))
        // `"李😀é"`: quote, 3 scalars, quote.
        #expect(wrongType[0].end == SourcePosition(line: 1, column: 69))
        #expect(wrongType[0].location.range == 63..<(63 + 11))
        #expect(wrongType[0].location.pointer == "/data")
    }

    // MARK: Empty input

    @Test(arguments: ["", " ", "\n\n", " \t\r\n "])
    func whitespaceOnlyJSONIsEmptyInputNotSyntaxError(_ text: String) {
        let result = ParsingTestSupport.lint(text)
        #expect(result.diagnostics.map(\.code) == ["IL104"])
        #expect(result.diagnostics.first?.start == SourcePosition(line: 1, column: 1))
    }

    @Test func emptyBatchIsEmptyInput() {
        let result = ParsingTestSupport.lint("  []")
        #expect(result.diagnostics.map(\.code) == ["IL104"])
        #expect(result.diagnostics.first?.start == SourcePosition(line: 1, column: 3))
    }

    @Test(arguments: ["", "\n", "\n \t\n\r\n\r"])
    func blankJSONLinesIsEmptyInput(_ text: String) {
        let result = ParsingTestSupport.lint(text, path: "x.jsonl", format: .jsonLines)
        #expect(result.diagnostics.map(\.code) == ["IL104"])
        #expect(result.diagnostics.first?.start == SourcePosition(line: 1, column: 1))
    }

    // MARK: Pointers

    @Test func batchPointerIncludesTheElementIndex() {
        var input = MarkedInput()
        input.add("[")
        input.add(#"  {"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}]},"#)
        input.add(#"  {"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":"bo@acme.dev"}]},"#)
        input.add(
            #"  {"interviewerId":"\#(uuid)","data":[{"name":"Cy","email":"cy@acme.dev"},{"name":"Di","email":↓""}]}"#,
            "\n", [("IL202", "/2/data/1/email")])
        input.add("]")
        let result = ParsingTestSupport.lint(input.bytes)
        #expect(placed(result, codes: ["IL100", "IL202"]) == input.expected)
        #expect(result.payloadCount == 3)
    }

    @Test func jsonLinesPointerIsRelativeToTheLine() {
        var input = MarkedInput()
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}]}"#)
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, "\n", [("IL202", "/data/0/email")])
        // A root array on a line is not a batch: IL103 at its `[`, pointer to the line's root.
        input.add(#"↓[{"interviewerId":"\#(uuid)","data":[{"name":"Cy","email":""}]}]"#, "\n", [("IL103", "")])
        let result = ParsingTestSupport.lint(input.bytes, path: "x.jsonl", format: .jsonLines)
        #expect(placed(result, codes: ["IL100", "IL103", "IL202"]) == input.expected)
    }

    // MARK: JSON Lines

    @Test func jsonLinesReportFileLineNumbers() {
        var input = MarkedInput()
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}]}"#)
        input.add("")
        input.add("   \t")
        input.add("{↓'x':1}", "\n", [("IL100", "")])
        input.add("", "\r\n")
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, "\r", [("IL202", "/data/0/email")])
        input.add(#" {"interviewerId":"\#(uuid)","data":[{"name":"李😀","email":↓""}]}"#, "", [("IL202", "/data/0/email")])
        let result = ParsingTestSupport.lint(input.bytes, path: "x.jsonl", format: .jsonLines)
        #expect(placed(result, codes: ["IL100", "IL104", "IL202"]) == input.expected)
        #expect(result.payloadCount == 3)
        ParsingTestSupport.expectWellFormed(result, fileSize: input.bytes.count)
    }

    /// A broken line is reported and the lines after it are still linted; a truncated line ends
    /// at its line break (the end of that line's document).
    @Test func brokenLineDoesNotStopTheOthers() {
        var input = MarkedInput()
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":↓""}]}"#, "\n", [("IL202", "/data/0/email")])
        input.add(#"{"interviewerId": "\#(uuid)", "data": [↓"#, "\n", [("IL100", "")])
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, "\n", [("IL202", "/data/0/email")])
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Cy","email":"", ↓}]}"#, "\n", [("IL100", "")])
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Di","email":↓""}]}"#, "\n", [("IL202", "/data/0/email")])
        let result = ParsingTestSupport.lint(input.bytes, path: "x.jsonl", format: .jsonLines)
        #expect(placed(result, codes: ["IL100", "IL202"]) == input.expected)
        #expect(result.payloadCount == 3)
    }

    // MARK: Streaming

    /// A BOM, CRLF / LF / lone CR, blank and whitespace lines, multi-byte characters, a broken
    /// line and a final line without a line break.
    static let mixedInput: MarkedInput = {
        var input = MarkedInput(byteOrderMark: true)
        input.add(
            #"{"interviewerId":"\#(uuid)","data":[{"name":"Zoë 李😀","email":↓""}]}"#, "\r\n",
            [("IL202", "/data/0/email")])
        input.add("", "\r\n")
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}],↓}"#, "\n", [("IL100", "")])
        input.add("  \t ", "\r")
        input.add(
            #"{"data":[{"name":"é","email":↓""}],"interviewerId":↓""}"#, "\n",
            [("IL202", "/data/0/email"), ("IL202", "/interviewerId")])
        input.add(
            #"{"interviewerId":"\#(uuid)","data":[{"name":"😀 Bo","email":"bo@acme.dev"},{"name":"B","email":↓5}]}"#, "",
            [("IL201", "/data/1/email")])
        return input
    }()

    @Test(arguments: chunkSizes)
    func streamingGivesTheSameDiagnosticsForEveryChunkSize(_ chunkSize: Int) throws {
        let input = Self.mixedInput
        let reference = ParsingTestSupport.lint(input.bytes, path: "mixed.jsonl", format: .jsonLines)
        #expect(placed(reference, codes: ["IL100", "IL102", "IL201", "IL202"]) == input.expected)

        let streamed = try ParsingTestSupport.lintFile(input.bytes, name: "mixed.jsonl", chunkSize: chunkSize)
        #expect(placed(streamed, codes: ["IL100", "IL102", "IL201", "IL202"]) == input.expected)
        // Identical diagnostics, field by field (so a difference reads clearly).
        try #require(streamed.diagnostics.count == reference.diagnostics.count)
        for (streamed, reference) in zip(streamed.diagnostics, reference.diagnostics) {
            #expect(streamed.code == reference.code)
            #expect(streamed.message == reference.message)
            #expect(streamed.location == reference.location, "\(streamed.code)")
            #expect(streamed.fix == reference.fix, "\(streamed.code)")
            #expect(streamed.related == reference.related, "\(streamed.code)")
            // The snippet line of the text report: the whole line, not the part of it that was
            // in the first chunk.
            #expect(streamed.sourceLine == reference.sourceLine, "\(streamed.code) source line")
        }
        #expect(streamed.payloadCount == 3)
        #expect(streamed.candidateCount == 4)
        ParsingTestSupport.expectWellFormed(streamed, fileSize: input.bytes.count)
    }

    /// `"abcd"` CR LF `{'x':1}` CR LF CR LF `[1]` LF: the CR LF pairs sit at offsets 6–7, 15–16
    /// and 17–18, so chunk sizes 1, 2, 3, 7 and 8 split one of them between two chunks. A split
    /// pair is still one line break.
    @Test(arguments: chunkSizes)
    func crlfSplitAcrossChunksIsOneLineBreak(_ chunkSize: Int) throws {
        let bytes = Array("\"abcd\"\r\n{'x':1}\r\n\r\n[1]\n".utf8)
        let result = try ParsingTestSupport.lintFile(bytes, name: "split.ndjson", chunkSize: chunkSize)
        #expect(placed(result, codes: ["IL100", "IL103"]) == [
            PlacedFinding("IL103", 1, 1, "", offset: 0),
            PlacedFinding("IL100", 2, 2, "", offset: 9),
            PlacedFinding("IL103", 4, 1, "", offset: 19),
        ])
        #expect(result.diagnostics.count == 3)
    }

    /// Multi-byte characters split between chunks keep their column.
    @Test(arguments: chunkSizes)
    func multiByteCharactersSplitAcrossChunks(_ chunkSize: Int) throws {
        var input = MarkedInput(byteOrderMark: true)
        input.add("[\"é李😀\", \"😀😀\", ↓'x']", "\n", [("IL100", "")])
        input.add("{\"李\": \"😀\",↓}", "\r\n", [("IL100", "")])
        input.add("\"é\"↓\u{1}", "", [("IL100", "")])
        let result = try ParsingTestSupport.lintFile(input.bytes, name: "utf8.jsonl", chunkSize: chunkSize)
        #expect(placed(result, codes: ["IL100", "IL102"]) == input.expected)
    }

    // MARK: Sniffing standard input

    /// Values separated by LF, CRLF or a lone CR, with blank lines between them.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func severalValuesOnSeparateLinesAreJSONLines(_ lineBreak: String) {
        var input = MarkedInput()
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}]}  "#, lineBreak)
        input.add("", lineBreak)
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, lineBreak, [("IL202", "/data/0/email")])
        #expect(InputFormat.sniff(input.bytes, from: 0) == .jsonLines)
        let result = ParsingTestSupport.lint(input.bytes, path: "-", format: .sniff)
        #expect(placed(result, codes: ["IL100", "IL202"]) == input.expected)
        #expect(result.payloadCount == 2)
    }

    @Test func severalValuesAfterABOMAreJSONLines() {
        var input = MarkedInput(byteOrderMark: true)
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Ana","email":"ana@acme.dev"}]}"#, "\r\n")
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, "\r\n", [("IL202", "/data/0/email")])
        #expect(InputFormat.sniff(input.bytes, from: 3) == .jsonLines)
        let result = ParsingTestSupport.lint(input.bytes, path: "-", format: .sniff)
        #expect(placed(result, codes: ["IL100", "IL102", "IL202"]) == input.expected)
    }

    /// A broken first line does not turn the whole input into one broken JSON document when
    /// every line looks like a value of its own.
    @Test func brokenFirstLineOfJSONLinesIsStillJSONLines() {
        var input = MarkedInput()
        input.add(#"{"interviewerId":"\#(uuid)",↓}"#, "\n", [("IL100", "")])
        input.add(#"{"interviewerId":"\#(uuid)","data":[{"name":"Bo","email":↓""}]}"#, "\n", [("IL202", "/data/0/email")])
        #expect(InputFormat.sniff(input.bytes, from: 0) == .jsonLines)
        let result = ParsingTestSupport.lint(input.bytes, path: "-", format: .sniff)
        #expect(placed(result, codes: ["IL100", "IL202"]) == input.expected)
    }

    @Test func oneValueIsJSON() {
        let text = """
            {
              "interviewerId": "\(uuid)",
              "data": [{"name": "A", "email": ""}]
            }

            """
        #expect(InputFormat.sniff(Array(text.utf8), from: 0) == .json)
        let result = ParsingTestSupport.lint(text, path: "-", format: .sniff)
        #expect(placed(result, codes: ["IL100", "IL202"]) == [
            PlacedFinding("IL202", 3, 35, "/data/0/email", offset: text.utf8.count - 7)
        ])
        #expect(result.payloadCount == 1)
    }

    @Test func oneBatchIsJSON() {
        let text = "[\n{\"interviewerId\": \"\(uuid)\", \"data\": []},\n{\"interviewerId\": \"\(uuid)\", \"data\": []}\n]\n"
        #expect(InputFormat.sniff(Array(text.utf8), from: 0) == .json)
        let result = ParsingTestSupport.lint(text, path: "-", format: .sniff)
        #expect(ParsingTestSupport.diagnostics(result, code: "IL100").isEmpty)
        #expect(ParsingTestSupport.diagnostics(result, code: "IL203").map(\.location.pointer) == ["/0/data", "/1/data"])
    }

    @Test func twoValuesOnOneLineAreASyntaxError() {
        let text = #"{"a":1} {"b":2}"#
        #expect(InputFormat.sniff(Array(text.utf8), from: 0) == .json)
        let result = ParsingTestSupport.lint(text, path: "-", format: .sniff)
        #expect(result.diagnostics.map(\.code) == ["IL100"])
        #expect(result.diagnostics.first?.start == SourcePosition(line: 1, column: 9))
        #expect(result.diagnostics.first?.message == "invalid JSON: expected end of input after the JSON value, found '{'")
    }

    @Test(arguments: [
        ("payload.json", InputFormat.json), ("DIR/Payload.JSON", .json),
        ("export.jsonl", .jsonLines), ("export.ndjson", .jsonLines), ("EXPORT.NDJSON", .jsonLines),
        ("-", .sniff), ("payload.txt", .sniff), ("payload.json.bak", .sniff), ("jsonl", .sniff),
    ])
    func formatFromFileName(_ name: String, _ format: InputFormat) {
        #expect(InputFormat(fileName: name) == format)
    }
}
