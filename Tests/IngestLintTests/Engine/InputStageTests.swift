import Testing
@testable import IngestLint

/// IL102 and IL104 are input-stage rules: the engine runs them once per input, at its start and
/// its end, whatever the format and however the input is read.
@Suite("Input stage")
struct InputStageTests {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func placed(_ result: FileResult) -> [String] {
        result.diagnostics.map {
            "\($0.code) \($0.start.line):\($0.start.column)-\($0.end.line):\($0.end.column) \($0.location.range) \($0.message)"
        }
    }

    @Test("A BOM-only JSON Lines input: one IL102 and one IL104, at 1:1, whatever the chunk size")
    func bomOnlyJSONLines() {
        let expected = [
            "IL102 1:1-1:1 0..<3 file starts with a UTF-8 byte-order mark (U+FEFF)",
            "IL104 1:1-1:1 3..<3 the JSON Lines input holds no payload, only blank lines",
        ]
        for chunkSize in [1, 2, 3, 4, 1 << 20] {
            var fileLinter = FileLinter(linter: Linter(configuration: Configuration()))
            fileLinter.chunkSize = chunkSize
            var stream = JSONLinesStream(linter: fileLinter.linter, path: "bom.jsonl")
            var rest = Self.bom[...]
            while !rest.isEmpty {
                let chunk = Array(rest.prefix(chunkSize))
                rest = rest.dropFirst(chunkSize)
                stream.consume(chunk, isLast: rest.isEmpty)
            }
            #expect(Self.placed(stream.result) == expected, "chunk size \(chunkSize)")
            #expect(stream.result.diagnostics.first?.fix?.edits.map(\.range) == [0..<3])
        }
        let whole = FileLinter(linter: Linter(configuration: Configuration())).lint(bytes: Self.bom, path: "bom.jsonl", format: .jsonLines)
        #expect(Self.placed(whole) == expected)
    }

    @Test("A BOM and nothing else, or a BOM and blanks, in a .json file: one IL102 and one IL104")
    func bomAndEmptyJSON() {
        let linter = FileLinter(linter: Linter(configuration: Configuration()))
        for bytes in [Self.bom, Self.bom + Array("  \n".utf8)] {
            let result = linter.lint(bytes: bytes, path: "bom.json", format: .json)
            #expect(Self.placed(result) == [
                "IL102 1:1-1:1 0..<3 file starts with a UTF-8 byte-order mark (U+FEFF)",
                "IL104 1:1-1:1 3..<3 the file holds no payload",
            ])
        }
    }

    @Test("A BOM before a payload line: IL102 once, with that line as its snippet; no IL104")
    func bomBeforeALine() {
        let line = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": []}"#
        let bytes = Self.bom + Array((line + "\n").utf8)
        let linter = FileLinter(linter: Linter(configuration: Configuration()))
        let result = linter.lint(bytes: bytes, path: "bom.jsonl", format: .jsonLines)
        #expect(result.diagnostics.filter { $0.code == "IL102" }.count == 1)
        #expect(result.diagnostics.first?.code == "IL102")
        #expect(result.diagnostics.first?.sourceLine?.text == line)
        #expect(!result.diagnostics.contains { $0.code == "IL104" })
    }

    @Test("Disabled input-stage rules report nothing")
    func disabled() {
        var configuration = Configuration()
        configuration.ignore = ["IL102", "IL104"]
        let linter = FileLinter(linter: Linter(configuration: configuration))
        #expect(linter.lint(bytes: Self.bom, path: "bom.jsonl", format: .jsonLines).diagnostics.isEmpty)
        #expect(linter.lint(bytes: Self.bom, path: "bom.json", format: .json).diagnostics.isEmpty)
    }
}
