import Foundation
import Testing
@testable import IngestLint

@Suite("JSON string literals written by reports and fixes")
struct JSONStringEncodingTests {
    @Test("Plain text is only quoted; what needs escaping is escaped", arguments: [
        ("ada@lovelace.dev", #""ada@lovelace.dev""#),
        ("Zoë Núñez — 日本", #""Zoë Núñez — 日本""#),
        ("", #""""#),
        ("a\"b\\c", #""a\"b\\c""#),
        ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
        ("\u{0}\u{1F}\u{7F}\u{08}\u{0C}", #""\u0000\u001f\u007f\b\f""#),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        // E2 80 A7 (U+2027) and E2 80 AA (U+202A) are not line separators: kept as they are.
        ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
    ])
    func quoting(text: String, literal: String) throws {
        #expect(JSONStringEncoding.quoted(text) == literal)
        let decoded = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }
}
