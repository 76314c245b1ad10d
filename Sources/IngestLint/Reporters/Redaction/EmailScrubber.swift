/// The last line of defence of `--redact`: masks any e-mail address left in a text once the
/// values a finding marks have been masked, so a rule that quotes an address without marking
/// it (a custom rule's message, a related location's note) still leaks nothing.
///
/// A token is a run of characters between white space, quotes, brackets and the punctuation
/// that delimits values in messages and JSON; one with a character before and after an `@` is
/// taken for an address, unless it is a mask already (`j…@e…#3f9a1c`). A sentence's final
/// `.`, `,`, `:`, `!` or `?` and a cut-off mark `…` stay outside the mask.
package enum EmailScrubber {
    package static func scrub(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "@")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard !isDelimiter(bytes[index]) else {
                out.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
            out += masked(bytes[index..<end])
            index = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let ellipsis: [UInt8] = Array("…".utf8)

    /// The token, or its mask when it holds an address.
    static func masked(_ token: ArraySlice<UInt8>) -> [UInt8] {
        var core = token
        var suffix: [UInt8] = []
        while true {
            if core.count >= ellipsis.count, core.suffix(ellipsis.count).elementsEqual(ellipsis) {
                suffix = ellipsis + suffix
                core = core.dropLast(ellipsis.count)
            } else if let last = core.last, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(last) {
                suffix.insert(last, at: 0)
                core = core.dropLast()
            } else {
                break
            }
        }
        guard let at = core.firstIndex(of: UInt8(ascii: "@")), at > core.startIndex, at < core.index(before: core.endIndex),
              !isMask(core)
        else { return Array(token) }
        return Array(RedactionMask.email(String(decoding: core, as: UTF8.self)).utf8) + suffix
    }

    /// `j…@e…#3f9a1c`: a cut-off mark somewhere, then `#` and six hexadecimal digits.
    static func isMask(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count > 7 else { return false }
        let digest = token.suffix(6)
        guard token[token.endIndex - 7] == UInt8(ascii: "#"),
              digest.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else { return false }
        let body = Array(token.dropLast(7))
        return body.indices.contains { body[$0...].starts(with: ellipsis) }
    }

    /// White space, quotes, brackets, `,`, `;`, `=`, `|`, `\` and the back-tick: never part of
    /// an address as messages and reports quote them.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F: true
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "|"),
             UInt8(ascii: "\\"):
            true
        default: false
        }
    }
}
