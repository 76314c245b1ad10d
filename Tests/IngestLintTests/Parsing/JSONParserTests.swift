import Testing
@testable import IngestLint

/// A document the parser must reject: where (byte offsets) and why.
struct RejectedJSON: Sendable, CustomTestStringConvertible {
    let text: String
    let offset: Int
    /// nil: not checked.
    let endOffset: Int?
    /// The exact message, or nil to check only `fragment`.
    let message: String?
    let fragment: String?

    init(_ text: String, at offset: Int, end endOffset: Int? = nil, _ message: String) {
        self.text = text
        self.offset = offset
        self.endOffset = endOffset
        self.message = message
        self.fragment = nil
    }

    init(_ text: String, at offset: Int, end endOffset: Int? = nil, containing fragment: String) {
        self.text = text
        self.offset = offset
        self.endOffset = endOffset
        self.message = nil
        self.fragment = fragment
    }

    var testDescription: String { text.debugDescription }

    func check(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let error = ParsingTestSupport.syntaxError(text) else {
            Issue.record("\(text.debugDescription) was accepted", sourceLocation: sourceLocation)
            return
        }
        #expect(error.offset == offset, sourceLocation: sourceLocation)
        if let endOffset {
            #expect(error.endOffset == endOffset, sourceLocation: sourceLocation)
        }
        #expect(error.endOffset >= error.offset, sourceLocation: sourceLocation)
        if let message {
            #expect(error.message == message, sourceLocation: sourceLocation)
        }
        if let fragment {
            #expect(error.message.contains(fragment), "\(error.message)", sourceLocation: sourceLocation)
        }
    }
}

@Suite("JSONParser")
struct JSONParserTests {
    // MARK: Ranges

    /// Every key range and value range slices back to exactly its source text: quotes included,
    /// surrounding whitespace excluded, offsets in bytes (so after multi-byte characters too).
    @Test func rangesSliceBackToSourceText() throws {
        let text = """
              { "name" : "Zoë 李😀" ,
              "n": [1, -2.5e3, true,\tfalse, null, "a\\"b"],
              "o": {"k": {}}, "e": [] }

            """
        let bytes = Array(text.utf8)
        let root = try JSONParser.parseDocument(bytes)
        let slice = { (range: Range<Int>) in ParsingTestSupport.slice(bytes, range) }

        #expect(root.range.lowerBound == 2)
        #expect(root.range.upperBound == bytes.count - 1)
        #expect(slice(root.range).hasPrefix("{ \"name\""))
        #expect(slice(root.range).hasSuffix("\"e\": [] }"))

        let members = try #require(root.objectMembers)
        #expect(members.map(\.key) == ["name", "n", "o", "e"])
        #expect(members.map { slice($0.keyRange) } == ["\"name\"", "\"n\"", "\"o\"", "\"e\""])
        #expect(members.map { slice($0.value.range) } == [
            "\"Zoë 李😀\"",
            "[1, -2.5e3, true,\tfalse, null, \"a\\\"b\"]",
            "{\"k\": {}}",
            "[]",
        ])
        #expect(slice(members[0].range) == "\"name\" : \"Zoë 李😀\"")
        #expect(members[0].value.stringValue == "Zoë 李😀")

        let elements = try #require(members[1].value.arrayElements)
        #expect(elements.map { slice($0.range) } == ["1", "-2.5e3", "true", "false", "null", "\"a\\\"b\""])
        #expect(elements.map(\.type) == [.number, .number, .boolean, .boolean, .null, .string])
        #expect(elements[5].stringValue == "a\"b")

        let inner = try #require(members[2].value.objectMembers)
        #expect(inner.map { slice($0.keyRange) } == ["\"k\""])
        #expect(inner.map { slice($0.value.range) } == ["{}"])
    }

    /// `parseDocument(_:in:)` parses a sub-range; offsets stay offsets into the whole buffer.
    @Test func subRangeOffsetsAreBufferOffsets() throws {
        let bytes = Array("xx{\"a\":[1]}yy".utf8)
        let root = try JSONParser.parseDocument(bytes, in: 2..<11)
        #expect(root.range == 2..<11)
        let member = try #require(root.objectMembers?.first)
        #expect(member.keyRange == 3..<6)
        #expect(member.value.range == 7..<10)
        #expect(member.value.arrayElements?.first?.range == 8..<9)

        let broken = Array("xx{\"a\":}yy".utf8)
        #expect(throws: JSONSyntaxError(offset: 7, endOffset: 8, message: "expected a value, found '}'")) {
            try JSONParser.parseDocument(broken, in: 2..<8)
        }
        // The range's end is the end of input, even when the buffer goes on: `{"a":1` of `x{"a":1}`.
        #expect(throws: JSONSyntaxError(
            offset: 7, endOffset: 7, message: "expected ',' or '}' after object member, found end of input")
        ) {
            try JSONParser.parseDocument(Array("x{\"a\":1}".utf8), in: 1..<7)
        }
    }

    @Test func endOfValueStopsAfterTheFirstValue() throws {
        let bytes = Array("  {\"a\":1} {\"b\":2} {".utf8)
        #expect(JSONParser.endOfValue(bytes, from: 0) == 9)
        #expect(JSONParser.endOfValue(bytes, from: 9) == 17)
        #expect(JSONParser.endOfValue(bytes, from: 17) == nil)
    }

    // MARK: Strings

    @Test(arguments: [
        (#""\uD83D\uDE00""#, "😀"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\uD834\uDD1E clef""#, "𝄞 clef"),
        (#""\u00e9t\u00C9""#, "étÉ"),
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{8}\u{C}\n\r\t"),
        (#""a\u0000b""#, "a\u{0}b"),
        (#""\u0061\u0062""#, "ab"),
        (#""\u2028\u2029""#, "\u{2028}\u{2029}"),
        (#""\uFFFF""#, "\u{FFFF}"),
        (#""Zoë 李😀""#, "Zoë 李😀"),
        (#""é\n李""#, "é\n李"),
        (#""""#, ""),
        // DEL and C1 controls are not JSON control characters (only U+0000–U+001F are).
        ("\"\u{7F}\u{80}\"", "\u{7F}\u{80}"),
    ])
    func unescapes(_ json: String, _ expected: String) throws {
        let value = try JSONParser.parseDocument(Array(json.utf8))
        #expect(value.stringValue == expected)
        #expect(value.range == 0..<json.utf8.count)
    }

    /// Strings are scanned eight plain bytes at a time: a quote, backslash, control character
    /// or non-ASCII byte at any position of a word must still be seen where it is.
    @Test func stringsStopAtTheirFirstSpecialByteWhereverItIs() throws {
        var random = SeededGenerator(seed: 0x5CA7)
        let plain = Array("abcdefghijklmnopqrstuvwxyz0123456789 .-@".utf8)
        for _ in 0..<2_000 {
            var content = (0..<random.between(0, 40)).map { _ in random.element(of: plain) }
            let special = random.below(6)
            let at = random.between(0, content.count)
            var expectedError: Int?
            var expectedText = String(decoding: content, as: UTF8.self)
            switch special {
            case 0: // plain to the end
                break
            case 1: // a control character: the error is at it (after the opening quote)
                content.insert(UInt8(random.between(0, 0x1F)), at: at)
                expectedError = at + 1
            case 2: // a valid non-ASCII scalar
                content.insert(contentsOf: Array("é李😀".utf8), at: at)
                expectedText = String(decoding: content, as: UTF8.self)
            case 3: // an escaped quote
                content.insert(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")], at: at)
                var text = content
                text.remove(at: at)
                expectedText = String(decoding: text, as: UTF8.self)
            case 4: // a stray continuation byte
                content.insert(0x80, at: at)
                expectedError = at + 1
            default: // a quote early: the string ends there, and what follows is the error
                content.insert(UInt8(ascii: "\""), at: at)
            }
            let bytes = [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")]
            if special == 5 {
                // The first byte after the early quote and any white space.
                expectedError = bytes[(at + 2)...].firstIndex { $0 != UInt8(ascii: " ") }
            }
            do {
                let value = try JSONParser.parseDocument(bytes)
                #expect(expectedError == nil, "accepted \(bytes)")
                #expect(value.stringValue == expectedText, "\(bytes)")
            } catch {
                #expect(error.offset == expectedError, "case \(special): \(bytes): \(error)")
            }
        }
    }

    @Test func keysAreUnescaped() throws {
        let value = try JSONParser.parseDocument(Array(#"{"a":1,"\u0061":2,"n\u00e4me":3}"#.utf8))
        let members = try #require(value.objectMembers)
        #expect(members.map(\.key) == ["a", "a", "näme"])
        // Duplicate keys are kept in source order; the view over the tape reads the last value.
        let bytes = Array(#"{"a":1,"\u0061":2,"n\u00e4me":3}"#.utf8)
        var tape = JSONTape()
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        DocumentSource.with(bytes: bytes, tape: tape) { source in
            let object = ObjectView(ValueView(source: source, index: 0), location: .payload(batchIndex: nil))
            #expect(object?.member("a")?.value.numberValue?.text == "2")
            #expect(object?.member("näme")?.value.numberValue?.text == "3")
            #expect(object?.hasRepeatedKeys == true)
            #expect(object?.effectiveMembers.map(\.key) == ["a", "näme"])
        }
    }

    /// SPEC §4 IL101: keys are compared after unescaping; the second key gets the finding,
    /// with the first as related location.
    @Test func escapedDuplicateKeyIsIL101() throws {
        //            1234567890123456789
        let result = ParsingTestSupport.lint(#"{"a":1,"\u0061":2}"#)
        #expect(ParsingTestSupport.diagnostics(result, code: "IL100").isEmpty)
        let duplicates = ParsingTestSupport.diagnostics(result, code: "IL101")
        try #require(duplicates.count == 1)
        let duplicate = duplicates[0]
        #expect(duplicate.start == SourcePosition(line: 1, column: 8))
        #expect(duplicate.end == SourcePosition(line: 1, column: 16))
        #expect(duplicate.location.range == 7..<15)
        #expect(duplicate.location.pointer == "/a")
        #expect(duplicate.message == "duplicate key 'a': only the last value is kept")
        let related = try #require(duplicate.related.first)
        #expect(related.location.start == SourcePosition(line: 1, column: 2))
        #expect(related.location.range == 1..<4)
    }

    @Test(arguments: [
        RejectedJSON(#""\uD800""#, at: 1, end: 7, containing: "lone surrogate escape \\uD800"),
        RejectedJSON(#""ab\uD800cd""#, at: 3, end: 9, containing: "lone surrogate escape \\uD800"),
        RejectedJSON(#""\uDC00""#, at: 1, end: 7, containing: "lone surrogate escape \\uDC00"),
        RejectedJSON(#""x\uD800\u0041""#, at: 2, end: 8, containing: "lone surrogate escape \\uD800"),
        RejectedJSON(#""\uD83D\uD83D""#, at: 1, end: 7, containing: "lone surrogate escape \\uD83D"),
        RejectedJSON(#""\uD83D\n""#, at: 1, end: 7, containing: "lone surrogate escape \\uD83D"),
        RejectedJSON(#"["ok", "\uDE00\uD83D"]"#, at: 8, end: 14, containing: "lone surrogate escape \\uDE00"),
        RejectedJSON(#"{"k\uD800": 1}"#, at: 3, end: 9, containing: "lone surrogate escape \\uD800"),
        // é is two bytes: the backslash is byte 3.
        RejectedJSON(#""é\uD800""#, at: 3, end: 9, containing: "lone surrogate escape \\uD800"),
        // The high surrogate is fine, its partner is the lone one.
        RejectedJSON(#""\uD83D\uDE00\uDE00""#, at: 13, end: 19, containing: "lone surrogate escape \\uDE00"),
    ])
    func loneSurrogateIsRejectedAtItsBackslash(_ rejected: RejectedJSON) {
        rejected.check()
    }

    /// The same through the linter: IL100 at the backslash (SPEC §3a).
    @Test func loneSurrogateIsIL100AtItsBackslash() {
        let result = ParsingTestSupport.lint(#"{"name": "Ada\uD800 Lovelace"}"#)
        #expect(result.diagnostics.map(\.code) == ["IL100"])
        // `{"name": "Ada` is 13 scalars: the backslash is column 14.
        #expect(result.diagnostics.first?.start == SourcePosition(line: 1, column: 14))
        #expect(result.diagnostics.first?.end == SourcePosition(line: 1, column: 20))
        #expect(result.diagnostics.first?.message.hasPrefix("invalid JSON: lone surrogate escape \\uD800") == true)
    }

    @Test(arguments: [
        RejectedJSON(#""\x41""#, at: 1, end: 3, containing: "invalid escape sequence in string: '\\' followed by"),
        RejectedJSON(#""a\a""#, at: 2, end: 4, containing: "invalid escape sequence in string: '\\' followed by 'a'"),
        RejectedJSON(#""\U0041""#, at: 1, end: 3, containing: "invalid escape sequence"),
        RejectedJSON(#""\'""#, at: 1, end: 3, containing: "invalid escape sequence in string: '\\' followed by a single quote"),
        RejectedJSON(#""\ ""#, at: 1, end: 3, containing: "invalid escape sequence in string: '\\' followed by ' '"),
        RejectedJSON(#""é李\q""#, at: 6, end: 8, containing: "invalid escape sequence"),
        RejectedJSON(#""\u12G4""#, at: 1, containing: "invalid \\u escape: expected 4 hexadecimal digits"),
        RejectedJSON(#""\u12""#, at: 1, containing: "invalid \\u escape: expected 4 hexadecimal digits"),
        RejectedJSON(#""\uD83D\uDEZZ""#, at: 1, containing: "lone surrogate escape \\uD83D"),
        // A truncated escape is truncated input: at the end of the input.
        RejectedJSON(#""abc\"#, at: 5, end: 5, "unterminated escape sequence: found end of input"),
    ])
    func invalidEscapeIsRejectedAtItsBackslash(_ rejected: RejectedJSON) {
        rejected.check()
    }

    @Test(arguments: [
        RejectedJSON("\"a\tb\"", at: 2, end: 3, "unescaped control character U+0009 in string (write it as \\t)"),
        RejectedJSON("\"a\nb\"", at: 2, end: 3, "unescaped control character U+000A in string (write it as \\n)"),
        RejectedJSON("\"\r\"", at: 1, end: 2, "unescaped control character U+000D in string (write it as \\r)"),
        RejectedJSON("\"\u{1F}\"", at: 1, end: 2, "unescaped control character U+001F in string (write it as a \\u escape)"),
        RejectedJSON("\"\u{0}\"", at: 1, end: 2, "unescaped control character U+0000 in string (write it as a \\u escape)"),
        // After a multi-byte character and after an escape (the slow path).
        RejectedJSON("\"é\u{8}\"", at: 3, end: 4, containing: "unescaped control character U+0008"),
        RejectedJSON("\"\\n\u{C}\"", at: 3, end: 4, containing: "unescaped control character U+000C"),
        RejectedJSON("{\"k\u{1}\":1}", at: 3, end: 4, containing: "unescaped control character U+0001"),
    ])
    func controlCharacterInStringIsRejected(_ rejected: RejectedJSON) {
        rejected.check()
    }

    @Test(arguments: [
        ([0x22, 0x61, 0xC3, 0x28, 0x22], 2, "invalid UTF-8 byte 0xC3 in string"),
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 1, "invalid UTF-8 byte 0xED in string"),  // encoded surrogate
        ([0x22, 0xC0, 0xAF, 0x22], 1, "invalid UTF-8 byte 0xC0 in string"),  // overlong '/'
        ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, "invalid UTF-8 byte 0xF4 in string"),  // > U+10FFFF
        ([0x22, 0xE6, 0x97, 0x22], 1, "invalid UTF-8 byte 0xE6 in string"),  // truncated
        ([0x5B, 0xFF, 0x5D], 1, "expected a value, found invalid UTF-8 byte 0xFF"),
        ([0x31, 0x20, 0x80], 2, "expected end of input after the JSON value, found invalid UTF-8 byte 0x80"),
    ] as [([UInt8], Int, String)])
    func invalidUTF8IsRejectedAtTheBadByte(_ bytes: [UInt8], _ offset: Int, _ message: String) {
        let error = ParsingTestSupport.syntaxError(bytes)
        #expect(error?.offset == offset)
        #expect(error?.message == message)
    }

    // MARK: Nesting

    @Test func nestingOf256LevelsIsAccepted() throws {
        let arrays = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(ParsingTestSupport.syntaxError(arrays) == nil)
        let objects = String(repeating: #"{"a":"#, count: 256) + "1" + String(repeating: "}", count: 256)
        #expect(ParsingTestSupport.syntaxError(objects) == nil)
        let mixed = String(repeating: #"[{"a":"#, count: 128) + "1" + String(repeating: "}]", count: 128)
        #expect(ParsingTestSupport.syntaxError(mixed) == nil)
        // Scalars inside the 256th level are not a level of their own.
        let scalarsInside = String(repeating: "[", count: 256) + "1, \"x\", null" + String(repeating: "]", count: 256)
        #expect(ParsingTestSupport.syntaxError(scalarsInside) == nil)
    }

    @Test(arguments: [
        // The 257th opening bracket, whatever follows.
        (String(repeating: "[", count: 257) + String(repeating: "]", count: 257), 256),
        (String(repeating: "[", count: 100_000), 256),
        (String(repeating: #"{"a":"#, count: 257) + "1" + String(repeating: "}", count: 257), 256 * 5),
        (String(repeating: #"[{"a":"#, count: 128) + "[1]" + String(repeating: "}]", count: 128), 128 * 6),
        (String(repeating: #"[{"a":"#, count: 128) + "{}" + String(repeating: "}]", count: 128), 128 * 6),
        // Levels count from the root: `{"data":` is level 1, 255 arrays reach 256, the 256th is too deep.
        (#"{"data":"# + String(repeating: "[", count: 256) + String(repeating: "]", count: 256) + "}", 8 + 255),
    ])
    func nestingBeyond256LevelsIsRejectedAtThe257thBracket(_ text: String, _ offset: Int) {
        let error = ParsingTestSupport.syntaxError(text)
        #expect(error?.offset == offset)
        #expect(error?.endOffset == offset + 1)
        #expect(error?.message == "nesting deeper than 256 levels is not allowed")
    }

    // MARK: Numbers

    @Test(arguments: [
        ("0", true), ("-0", true), ("7", true), ("-12", true),
        ("0e1", false), ("1E-2", false), ("-12.5e+3", false), ("1.0", false), ("0.000", false),
        ("123456789012345678901234567890", true), ("1e999999", false), ("-1e-999999", false),
    ])
    func acceptsNumbers(_ text: String, _ isInteger: Bool) throws {
        let value = try JSONParser.parseDocument(Array(text.utf8))
        #expect(value.numberValue == JSONNumber(text: text, isIntegerLiteral: isInteger))
        #expect(value.range == 0..<text.utf8.count)
    }

    @Test(arguments: [
        RejectedJSON("01", at: 1, end: 2, "numbers cannot have leading zeros, found '1'"),
        RejectedJSON("-01", at: 2, end: 3, "numbers cannot have leading zeros, found '1'"),
        RejectedJSON("00", at: 1, end: 2, "numbers cannot have leading zeros, found '0'"),
        RejectedJSON("-", at: 1, end: 1, "expected a digit after '-', found end of input"),
        RejectedJSON("[-]", at: 2, end: 3, "expected a digit after '-', found ']'"),
        RejectedJSON("-a", at: 1, end: 2, "expected a digit after '-', found 'a'"),
        RejectedJSON("- 1", at: 1, end: 2, "expected a digit after '-', found ' '"),
        RejectedJSON("1.", at: 2, end: 2, "expected a digit after '.', found end of input"),
        RejectedJSON("[1.]", at: 3, end: 4, "expected a digit after '.', found ']'"),
        RejectedJSON("1.e5", at: 2, "expected a digit after '.', found 'e5'"),
        RejectedJSON("1e", at: 2, end: 2, "expected a digit in the exponent, found end of input"),
        RejectedJSON("1e+", at: 3, end: 3, "expected a digit in the exponent, found end of input"),
        RejectedJSON("1E-x", at: 3, end: 4, "expected a digit in the exponent, found 'x'"),
        RejectedJSON(".5", at: 0, end: 1, "expected a value, found '.'"),
        RejectedJSON("+1", at: 0, end: 1, "expected a value, found '+'"),
        RejectedJSON("1.5.2", at: 3, end: 4, "expected end of input after the JSON value, found '.'"),
        RejectedJSON("0x10", at: 1, "expected end of input after the JSON value, found 'x10'"),
        RejectedJSON("１", at: 0, containing: "expected a value, found '１' (U+FF11)"),
    ])
    func rejectsNumbers(_ rejected: RejectedJSON) {
        rejected.check()
    }

    // MARK: Literals

    @Test(arguments: ["true", "false", "null", "[true,false,null]", " \t\r\n null \n"])
    func acceptsLiterals(_ text: String) {
        #expect(ParsingTestSupport.syntaxError(text) == nil)
    }

    /// The range of a bad bare word is the whole word the message quotes (`NaN`, not `N`), as
    /// for `tru` — the offending token.
    @Test(arguments: [
        RejectedJSON("tru", at: 0, end: 3, "expected a value, found 'tru'"),
        RejectedJSON("nul", at: 0, end: 3, "expected a value, found 'nul'"),
        RejectedJSON("fals", at: 0, end: 4, "expected a value, found 'fals'"),
        RejectedJSON("NaN", at: 0, end: 3, "expected a value, found 'NaN'"),
        RejectedJSON("[NaN]", at: 1, end: 4, "expected a value, found 'NaN'"),
        RejectedJSON("Infinity", at: 0, end: 8, "expected a value, found 'Infinity'"),
        RejectedJSON("-Infinity", at: 1, "expected a digit after '-', found 'Infinity'"),
        RejectedJSON("True", at: 0, end: 4, "expected a value, found 'True'"),
        RejectedJSON("truex", at: 0, end: 5, "expected a value, found 'truex'"),
        RejectedJSON("nulll", at: 0, end: 5, "expected a value, found 'nulll'"),
        RejectedJSON("[true,fals]", at: 6, end: 10, "expected a value, found 'fals'"),
        RejectedJSON(#"{"a": undefined}"#, at: 6, end: 15, "expected a value, found 'undefined'"),
        RejectedJSON("true false", at: 5, "expected end of input after the JSON value, found 'false'"),
    ])
    func rejectsLiterals(_ rejected: RejectedJSON) {
        rejected.check()
    }

    // MARK: Messages name what was expected and what was found

    @Test(arguments: [
        RejectedJSON("", at: 0, end: 0, "expected a value, found end of input"),
        RejectedJSON("  \n", at: 3, end: 3, "expected a value, found end of input"),
        RejectedJSON("{", at: 1, end: 1, "expected a string key or '}', found end of input"),
        RejectedJSON("[", at: 1, end: 1, "expected a value, found end of input"),
        RejectedJSON("[1", at: 2, end: 2, "expected ',' or ']' after array element, found end of input"),
        RejectedJSON(#"{"a""#, at: 4, end: 4, "expected ':' after object key, found end of input"),
        RejectedJSON(#"{"a":"#, at: 5, end: 5, "expected a value, found end of input"),
        RejectedJSON(#"{"a" 1}"#, at: 5, end: 6, "expected ':' after object key, found '1'"),
        RejectedJSON(#"{"a":1 "b":2}"#, at: 7, end: 8, #"expected ',' or '}' after object member, found '"'"#),
        RejectedJSON(#"{"a":1;"b":2}"#, at: 6, end: 7, "expected ',' or '}' after object member, found ';'"),
        RejectedJSON("[1 2]", at: 3, end: 4, "expected ',' or ']' after array element, found '2'"),
        RejectedJSON("[1:2]", at: 2, end: 3, "expected ',' or ']' after array element, found ':'"),
        RejectedJSON("{1:2}", at: 1, end: 2, "expected a string key or '}', found '1'"),
        RejectedJSON(#"{"a":1,,}"#, at: 7, end: 8, "expected a string key after ',', found ','"),
        RejectedJSON(#"{"a":1,}"#, at: 7, end: 8, "expected a string key after ',', found '}' (trailing commas are not allowed)"),
        RejectedJSON("[1,]", at: 3, end: 4, "expected a value after ',', found ']' (trailing commas are not allowed)"),
        RejectedJSON("[1,,2]", at: 3, end: 4, "expected a value, found ','"),
        RejectedJSON("[,1]", at: 1, end: 2, "expected a value, found ','"),
        RejectedJSON("]", at: 0, end: 1, "expected a value, found ']'"),
        RejectedJSON(#"{"a":}"#, at: 5, end: 6, "expected a value, found '}'"),
        RejectedJSON(#"{"a":1}}"#, at: 7, end: 8, "expected end of input after the JSON value, found '}'"),
        RejectedJSON(#"{"a":1} {"b":2}"#, at: 8, end: 9, "expected end of input after the JSON value, found '{'"),
        RejectedJSON("{'a':1}", at: 1, end: 2, "expected a string key or '}', found a single quote (JSON strings use double quotes)"),
        RejectedJSON("['a']", at: 1, end: 2, "expected a value, found a single quote (JSON strings use double quotes)"),
        RejectedJSON("// c\n{}", at: 0, end: 1, "expected a value, found '/' (comments are not allowed in JSON)"),
        RejectedJSON("{} /* c */", at: 3, end: 4, "expected end of input after the JSON value, found '/' (comments are not allowed in JSON)"),
        RejectedJSON("[\u{C}]", at: 1, end: 2, "expected a value, found control character U+000C"),
        RejectedJSON("[\u{A0}1]", at: 1, containing: "expected a value, found '\u{A0}' (U+00A0)"),
        RejectedJSON("[1,\u{2060}2]", at: 3, containing: "expected a value, found '\u{2060}' (U+2060)"),
        RejectedJSON(#"["a"#, at: 3, end: 3, #"unterminated string: expected '"', found end of input"#),
        RejectedJSON(#"{"a":"é李😀"#, at: 15, end: 15, #"unterminated string: expected '"', found end of input"#),
    ])
    func messagesNameExpectedAndFound(_ rejected: RejectedJSON) {
        rejected.check()
    }
}
