/// A message template from `rules/` or a custom rule: text with `{name}` placeholders.
///
/// Only `{` + an ASCII letter + ASCII letters or digits + `}` is a placeholder; any other brace
/// is text, so a help message may quote JSON (`{"interviewerId": "…"}`).
struct MessageTemplate: Sendable, Equatable {
    enum Segment: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    let segments: [Segment]

    init(_ template: String) {
        let utf8 = Array(template.utf8)
        var segments: [Segment] = []
        var text: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "{"), let close = Self.endOfPlaceholder(utf8, openingAt: index) {
                if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
                text = []
                segments.append(.placeholder(String(decoding: utf8[(index + 1)..<close], as: UTF8.self)))
                index = close + 1
            } else {
                text.append(utf8[index])
                index += 1
            }
        }
        if !text.isEmpty { segments.append(.text(String(decoding: text, as: UTF8.self))) }
        self.segments = segments
    }

    /// The placeholders' names, each once, in order of first use.
    var placeholders: [String] {
        var names: [String] = []
        for case .placeholder(let name) in segments where !names.contains(name) { names.append(name) }
        return names
    }

    /// The index of the `}` closing a placeholder opened at `open`, if it is one.
    private static func endOfPlaceholder(_ utf8: [UInt8], openingAt open: Int) -> Int? {
        var index = open + 1
        guard index < utf8.count, isLetter(utf8[index]) else { return nil }
        while index < utf8.count, isLetter(utf8[index]) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) {
            index += 1
        }
        return index < utf8.count && utf8[index] == UInt8(ascii: "}") ? index : nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }
}
