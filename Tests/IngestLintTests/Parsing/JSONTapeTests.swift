import Testing
@testable import IngestLint

/// The flat tape the parser writes: one node per value in source order, byte ranges, `next`
/// one past each subtree, strings unescaped only on demand.
@Suite("JSON tape")
struct JSONTapeTests {
    static func tape(_ text: String) throws -> (JSONTape, [UInt8]) {
        let bytes = Array(text.utf8)
        var tape = JSONTape()
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        return (tape, bytes)
    }

    @Test("Nodes in source order with ranges, kinds, flags and subtree ends")
    func layout() throws {
        let text = #" {"a": [1, 2.5, {"b\n": null}], "c": true, "d": "x"} "#
        let (tape, bytes) = try Self.tape(text)
        let kinds = tape.nodes.map(\.kind)
        #expect(kinds == [.object, .string, .array, .number, .number, .object, .string, .null, .string, .true, .string, .string])
        #expect(tape.nodes.map(\.next) == [12, 2, 8, 4, 5, 8, 7, 8, 9, 10, 11, 12])
        #expect(tape.nodes.map { ParsingTestSupport.slice(bytes, $0.range) } == [
            #"{"a": [1, 2.5, {"b\n": null}], "c": true, "d": "x"}"#, #""a""#, #"[1, 2.5, {"b\n": null}]"#, "1", "2.5",
            #"{"b\n": null}"#, #""b\n""#, "null", #""c""#, "true", #""d""#, #""x""#,
        ])
        // The flag: a fraction or exponent on a number, an escape in a string.
        #expect(tape.nodes.map(\.flag) == [false, false, false, false, true, false, true, false, false, false, false, false])
        #expect(Array(tape.children(of: 0)) == [1, 2, 8, 9, 10, 11])
        #expect(Array(tape.children(of: 2)) == [3, 4, 5])
        bytes.withUnsafeBufferPointer { buffer in
            #expect(tape.string(at: 6, in: buffer) == "b\n")
            #expect(tape.number(at: 4, in: buffer) == JSONNumber(text: "2.5", isIntegerLiteral: false))
        }
    }

    @Test("Escapes are decoded on demand, surrogate pairs included", arguments: [
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
        (#""caf\u00e9 \u00C9""#, "café É"),
        (#""\ud83d\ude00!""#, "😀!"),
        (#""plain ünïcode""#, "plain ünïcode"),
    ])
    func unescaping(json: String, expected: String) throws {
        let (tape, bytes) = try Self.tape(json)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(tape.string(at: 0, in: buffer) == expected)
        }
    }

    @Test("256 levels parse without recursion; the 257th bracket is the error")
    func depth() throws {
        let deepest = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        let (tape, _) = try Self.tape(deepest)
        #expect(tape.nodes.count == 256)
        #expect(tape.nodes.last?.next == 256)
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        let error = try #require(ParsingTestSupport.syntaxError(tooDeep))
        #expect(error.offset == 256)
        #expect(error.message == "nesting deeper than 256 levels is not allowed")
    }

    @Test("A reused tape keeps its storage and holds only the new document")
    func reuse() throws {
        var tape = JSONTape()
        let first = Array(#"[1, 2, 3, 4, 5, 6, 7, 8]"#.utf8)
        let second = Array(#"{"a": 1}"#.utf8)
        try first.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        let capacity = tape.nodes.capacity
        try second.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        #expect(tape.nodes.count == 3)
        #expect(tape.nodes.capacity == capacity)
        #expect(tape.root?.kind == .object)
    }

    @Test("Numbers for the numeric-string checks", arguments: [
        ("24", true), (" -1.5e3 ", true), ("0", true), ("01", false), ("1.", false), ("\"1\"", false), ("[1]", false),
        ("", false), ("1 2", false),
    ])
    func isNumber(text: String, expected: Bool) {
        #expect(JSONParser.isNumber(Array(text.utf8)) == expected)
    }
}
