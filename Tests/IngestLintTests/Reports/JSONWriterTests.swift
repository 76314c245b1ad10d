import Testing

@testable import IngestLint

/// `JSONWriter` writes the bytes `JSONOutput` rendered before it (the golden reports hold the
/// whole documents); these pin the layout and the escaping on their own.
@Suite("JSON writer")
struct JSONWriterTests {
    static let value = JSONOutput.object([
        ("code", .string("IL300")),
        ("line", .int(12)),
        ("offset", .int(-7)),
        ("empty", .object([])),
        ("none", .array([])),
        ("flags", .array([.bool(true), .bool(false), .null])),
        ("edits", .array([.object([("offset", .int(0)), ("replacement", .string("\"x\""))])])),
    ])

    @Test func prettyLayout() {
        #expect(Self.value.rendered(pretty: true) == """
            {
              "code": "IL300",
              "line": 12,
              "offset": -7,
              "empty": {},
              "none": [],
              "flags": [
                true,
                false,
                null
              ],
              "edits": [
                {
                  "offset": 0,
                  "replacement": "\\"x\\""
                }
              ]
            }
            """)
    }

    @Test func compactLayout() {
        #expect(Self.value.rendered(pretty: false)
            == #"{"code":"IL300","line":12,"offset":-7,"empty":{},"none":[],"flags":[true,false,null],"edits":[{"offset":0,"replacement":"\"x\""}]}"#)
    }

    /// Nested `indent` levels deep: the first line as it is, the following ones indented.
    @Test func nestedIndent() {
        let nested = JSONOutput.object([("a", .array([.int(1)]))]).rendered(pretty: true, indent: 2)
        #expect(nested == "{\n      \"a\": [\n        1\n      ]\n    }")
    }

    /// Escapes exactly as `JSONStringEncoding.quoted`, which fixes use to write values.
    @Test(arguments: [
        "", "plain", "quote \" and backslash \\", "line\nfeed\rreturn\ttab", "\u{08}\u{0C}", "\u{00}\u{01}\u{1B}\u{1F}\u{7F}",
        "line\u{2028}separator\u{2029}paragraph", "\u{2027}\u{202A} near them", "é ünïcödé 日本 🙂", "ends with \u{2028}",
        "\u{E2}", "/slash/ is kept", String(repeating: "long ", count: 200) + "\"",
    ])
    func stringsEscapeAsFixesDo(text: String) {
        var writer = JSONWriter(pretty: false)
        writer.string(text)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONStringEncoding.quoted(text))
    }

    @Test func everyControlAndASCIICharacter() {
        for value in UInt8(0)...UInt8(0x7F) {
            let text = "a" + String(UnicodeScalar(value)) + "b"
            var writer = JSONWriter(pretty: true)
            writer.string(text)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONStringEncoding.quoted(text), "byte \(value)")
        }
    }

    @Test func extremeIntegers() {
        #expect(JSONOutput.array([.int(.min), .int(.max), .int(0)]).rendered(pretty: false) == "[\(Int.min),\(Int.max),0]")
    }
}
