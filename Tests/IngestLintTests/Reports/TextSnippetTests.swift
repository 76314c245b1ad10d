import Testing
@testable import IngestLint

@Suite("Text report snippets")
struct TextSnippetTests {
    @Test("The caret is counted in terminal cells: wide characters take two, marks none, tabs four")
    func caretCells() {
        // `"emial"` starts at column 9 (scalars) after `李小龍😀 é` with a combining accent.
        let line = "李小龍😀 e\u{301} \"emial\""
        let snippet = TextReporter.Snippet(line: line, startColumn: 9, endColumn: 16)
        #expect(snippet.caretOffset == 2 + 2 + 2 + 2 + 1 + 1 + 0 + 1)
        #expect(snippet.caretLength == 7)
        #expect(snippet.text == line)

        let tabbed = TextReporter.Snippet(line: "\t\"a\"", startColumn: 2, endColumn: 5)
        #expect(tabbed.text == "    \"a\"")
        #expect(tabbed.caretOffset == 4)
        #expect(tabbed.caretLength == 3)
    }

    @Test("Long lines are cut to a window around the range")
    func window() {
        let line = String(repeating: "a", count: 300) + "XYZ" + String(repeating: "b", count: 300)
        let snippet = TextReporter.Snippet(line: line, startColumn: 301, endColumn: 304)
        #expect(snippet.text.hasPrefix("…"))
        #expect(snippet.text.hasSuffix("…"))
        let scalars = Array(snippet.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[snippet.caretOffset..<(snippet.caretOffset + 3)])) == "XYZ")
    }

    @Test("Control characters never reach the terminal")
    func controls() {
        #expect(TextReporter.printable("a\u{1B}[2Jb\u{7}") == "a\\u{1B}[2Jb\\u{7}")
        #expect(TextReporter.printable("plain é 李") == "plain é 李")
        #expect(TextReporter.printable("rtl \u{202E}x") == "rtl \\u{202E}x")
    }
}
