/// Writes a Swift string as a JSON string literal, for fixes that replace a value.
package enum JSONStringEncoding {
    /// `text` quoted and escaped; non-ASCII characters are kept as they are.
    package static func quoted(_ text: String) -> String {
        // Most report strings (codes, paths, messages) need no escape: one pass over the bytes.
        if !needsEscaping(text) { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let digits = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether `text` holds a byte `quoted` escapes: a control character, DEL, `"`, `\`, or
    /// U+2028 / U+2029 (E2 80 A8 / A9).
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                    return true
                }
            }
            return false
        }
    }
}

extension JSONStringEncoding {
    /// The text of a JSON string literal (`"a\"b"` → `a"b`), or nil when `literal` is not one.
    /// For reading back what a fix writes, without going through the parser.
    package static func unquoted(_ literal: String) -> String? {
        var scalars = Array(literal.unicodeScalars)
        guard scalars.count >= 2, scalars.first == "\"", scalars.last == "\"" else { return nil }
        scalars = Array(scalars.dropFirst().dropLast())
        var out = String.UnicodeScalarView()
        var index = 0
        func hex(at start: Int) -> UInt32? {
            guard start + 4 <= scalars.count else { return nil }
            var value: UInt32 = 0
            for scalar in scalars[start..<(start + 4)] {
                guard let digit = Character(scalar).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" { return nil }
            guard scalar == "\\" else {
                out.append(scalar)
                index += 1
                continue
            }
            guard index + 1 < scalars.count else { return nil }
            let escape = scalars[index + 1]
            index += 2
            switch escape {
            case "\"", "\\", "/": out.append(escape)
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "u":
                guard let high = hex(at: index) else { return nil }
                index += 4
                var value = high
                if (0xD800..<0xDC00).contains(high), index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u",
                   let low = hex(at: index + 2), (0xDC00..<0xE000).contains(low) {
                    value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                // A lone surrogate cannot be a character: the replacement character stands in.
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            default:
                return nil
            }
        }
        return String(out)
    }
}
