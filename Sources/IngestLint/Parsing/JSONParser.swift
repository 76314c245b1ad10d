/// A strict RFC 8259 parser over UTF-8 bytes that keeps the byte range of every key and value.
///
/// It accepts nothing that RFC 8259 rejects (comments, trailing commas, single quotes, `NaN`,
/// unescaped control characters, invalid UTF-8, lone surrogate escapes) and stops at the first
/// error with a message naming what was expected and what was found. Nesting is limited to
/// `maximumDepth` levels so hostile input cannot exhaust the stack.
public struct JSONParser {
    public static let maximumDepth = 256

    /// Parses `bytes[range]` as exactly one JSON document (surrounding whitespace allowed).
    /// Offsets in the result and in errors are offsets into `bytes`.
    /// `endName` is what messages call the end of the range ("end of line" for JSON Lines).
    public static func parseDocument(
        _ bytes: [UInt8], in range: Range<Int>? = nil, endName: String = "end of input"
    ) throws(JSONSyntaxError) -> JSONValue {
        let range = range ?? 0..<bytes.count
        return try withBuffer(bytes) { buffer throws(JSONSyntaxError) in
            var scanner = Scanner(bytes: buffer, position: range.lowerBound, end: range.upperBound, endName: endName)
            scanner.skipWhitespace()
            let value = try scanner.parseValue(depth: 1)
            scanner.skipWhitespace()
            if scanner.position < scanner.end {
                throw scanner.error("expected \(endName) after the JSON value, found \(scanner.describeFound())")
            }
            return value
        }
    }

    /// Parses one value starting at `start` (after optional whitespace) and returns it with the
    /// offset just past it. Used to sniff whether an input holds several top-level values.
    public static func parsePrefix(
        _ bytes: [UInt8], from start: Int, to end: Int? = nil
    ) throws(JSONSyntaxError) -> (value: JSONValue, end: Int) {
        try withBuffer(bytes) { buffer throws(JSONSyntaxError) in
            var scanner = Scanner(bytes: buffer, position: start, end: end ?? bytes.count)
            scanner.skipWhitespace()
            let value = try scanner.parseValue(depth: 1)
            return (value, scanner.position)
        }
    }

    private static func withBuffer<T>(
        _ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> T
    ) throws(JSONSyntaxError) -> T {
        let result: Result<T, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) {
                return .success(try body(buffer))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

private enum Byte {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let comma = UInt8(ascii: ",")
    static let colon = UInt8(ascii: ":")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let lowerE = UInt8(ascii: "e")
    static let upperE = UInt8(ascii: "E")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int
    let endName: String

    init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int, endName: String = "end of input") {
        self.bytes = bytes
        self.position = position
        self.end = min(end, bytes.count)
        self.endName = endName
    }

    // MARK: Errors

    func error(_ message: String, at offset: Int? = nil, length: Int = 1) -> JSONSyntaxError {
        let offset = offset ?? position
        return JSONSyntaxError(offset: offset, endOffset: min(offset + length, end), message: message)
    }

    /// Describes what stands at `offset`, for "found …" in messages.
    func describeFound(at offset: Int? = nil) -> String {
        let offset = offset ?? position
        guard offset < end else { return endName }
        let byte = bytes[offset]
        switch byte {
        case Byte.slash:
            return "'/' (comments are not allowed in JSON)"
        case UInt8(ascii: "'"):
            return "a single quote (JSON strings use double quotes)"
        case 0x00..<0x20, 0x7F:
            return "control character \(Self.codePoint(UInt32(byte)))"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            var wordEnd = offset
            while wordEnd < end, wordEnd - offset < 24, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<wordEnd]), as: UTF8.self)
            return "'\(word)'"
        case 0x20..<0x7F:
            return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            if let (scalar, _) = decodeScalar(at: offset) {
                return "'\(Character(scalar))' (\(Self.codePoint(scalar.value)))"
            }
            return "invalid UTF-8 byte 0x\(Self.hex(byte))"
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    // MARK: Structure

    mutating func skipWhitespace() {
        while position < end {
            switch bytes[position] {
            case Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn:
                position += 1
            default:
                return
            }
        }
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard position < end else {
            throw error("expected a value, found \(endName)", length: 0)
        }
        switch bytes[position] {
        case Byte.openBrace:
            return try parseObject(depth: depth)
        case Byte.openBracket:
            return try parseArray(depth: depth)
        case Byte.quote:
            let start = position
            let string = try parseString()
            return JSONValue(kind: .string(string), range: start..<position)
        case Byte.minus, Byte.zero...Byte.nine:
            return try parseNumber()
        case UInt8(ascii: "t"):
            return try parseLiteral("true", kind: .bool(true))
        case UInt8(ascii: "f"):
            return try parseLiteral("false", kind: .bool(false))
        case UInt8(ascii: "n"):
            return try parseLiteral("null", kind: .null)
        default:
            var wordEnd = position
            while wordEnd < end, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            throw error("expected a value, found \(describeFound())", length: max(1, wordEnd - position))
        }
    }

    mutating func parseLiteral(_ literal: StaticString, kind: JSONValue.Kind) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        let count = literal.utf8CodeUnitCount
        let matches = literal.withUTF8Buffer { expected in
            guard start + count <= end else { return false }
            for index in 0..<count where bytes[start + index] != expected[index] { return false }
            return true
        }
        // `truex` is not `true` followed by garbage: report the whole word.
        guard matches, start + count >= end || !Self.isWordByte(bytes[start + count]) else {
            var wordEnd = start
            while wordEnd < end, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            throw error("expected a value, found \(describeFound())", length: max(1, wordEnd - start))
        }
        position = start + count
        return JSONValue(kind: kind, range: start..<position)
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        guard depth <= JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels is not allowed")
        }
        position += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if position < end, bytes[position] == Byte.closeBrace {
            position += 1
            return JSONValue(kind: .object(members), range: start..<position)
        }
        var afterComma = false
        while true {
            guard position < end, bytes[position] == Byte.quote else {
                if afterComma, position < end, bytes[position] == Byte.closeBrace {
                    throw error("expected a string key after ',', found '}' (trailing commas are not allowed)")
                }
                let what = afterComma ? "a string key after ','" : "a string key or '}'"
                throw error("expected \(what), found \(describeFound())", length: position < end ? 1 : 0)
            }
            let keyStart = position
            let key = try parseString()
            let keyRange = keyStart..<position
            skipWhitespace()
            guard position < end, bytes[position] == Byte.colon else {
                throw error("expected ':' after object key, found \(describeFound())", length: position < end ? 1 : 0)
            }
            position += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONMember(key: key, keyRange: keyRange, value: value))
            skipWhitespace()
            guard position < end else {
                throw error("expected ',' or '}' after object member, found \(endName)", length: 0)
            }
            switch bytes[position] {
            case Byte.comma:
                position += 1
                skipWhitespace()
                afterComma = true
            case Byte.closeBrace:
                position += 1
                return JSONValue(kind: .object(members), range: start..<position)
            default:
                throw error("expected ',' or '}' after object member, found \(describeFound())")
            }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        guard depth <= JSONParser.maximumDepth else {
            throw error("nesting deeper than \(JSONParser.maximumDepth) levels is not allowed")
        }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < end, bytes[position] == Byte.closeBracket {
            position += 1
            return JSONValue(kind: .array(elements), range: start..<position)
        }
        while true {
            if position < end, bytes[position] == Byte.closeBracket, !elements.isEmpty {
                throw error("expected a value after ',', found ']' (trailing commas are not allowed)")
            }
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard position < end else {
                throw error("expected ',' or ']' after array element, found \(endName)", length: 0)
            }
            switch bytes[position] {
            case Byte.comma:
                position += 1
                skipWhitespace()
            case Byte.closeBracket:
                position += 1
                return JSONValue(kind: .array(elements), range: start..<position)
            default:
                throw error("expected ',' or ']' after array element, found \(describeFound())")
            }
        }
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        var isInteger = true
        if bytes[position] == Byte.minus {
            position += 1
        }
        guard position < end, isDigit(bytes[position]) else {
            throw error("expected a digit after '-', found \(describeFound())", length: position < end ? 1 : 0)
        }
        if bytes[position] == Byte.zero {
            position += 1
            if position < end, isDigit(bytes[position]) {
                throw error("numbers cannot have leading zeros, found \(describeFound())")
            }
        } else {
            skipDigits()
        }
        if position < end, bytes[position] == Byte.dot {
            isInteger = false
            position += 1
            guard position < end, isDigit(bytes[position]) else {
                throw error("expected a digit after '.', found \(describeFound())", length: position < end ? 1 : 0)
            }
            skipDigits()
        }
        if position < end, bytes[position] == Byte.lowerE || bytes[position] == Byte.upperE {
            isInteger = false
            position += 1
            if position < end, bytes[position] == Byte.plus || bytes[position] == Byte.minus {
                position += 1
            }
            guard position < end, isDigit(bytes[position]) else {
                throw error("expected a digit in the exponent, found \(describeFound())", length: position < end ? 1 : 0)
            }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return JSONValue(kind: .number(JSONNumber(text: text, isIntegerLiteral: isInteger)), range: start..<position)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= Byte.zero && byte <= Byte.nine }

    mutating func skipDigits() {
        while position < end, isDigit(bytes[position]) { position += 1 }
    }

    // MARK: Strings

    /// Parses a string starting at its opening quote; leaves `position` after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        position += 1
        let contentStart = position
        // Fast path: printable ASCII without escapes.
        while position < end {
            let byte = bytes[position]
            if byte == Byte.quote {
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]), as: UTF8.self)
                position += 1
                return string
            }
            if byte == Byte.backslash || byte < 0x20 || byte >= 0x80 { break }
            position += 1
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(position - contentStart + 16)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[contentStart..<position]))
        while position < end {
            let byte = bytes[position]
            switch byte {
            case Byte.quote:
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            case Byte.backslash:
                try parseEscape(into: &buffer)
            case 0x00..<0x20:
                throw error(
                    "unescaped control character \(Self.codePoint(UInt32(byte))) in string\(Self.escapeHint(byte))")
            case 0x80...:
                guard let (_, length) = decodeScalar(at: position) else {
                    throw error("invalid UTF-8 byte 0x\(Self.hex(byte)) in string")
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<(position + length)]))
                position += length
            default:
                buffer.append(byte)
                position += 1
            }
        }
        throw error("unterminated string: expected '\"', found \(endName)", length: 0)
    }

    static func escapeHint(_ byte: UInt8) -> String {
        switch byte {
        case Byte.lineFeed: " (write it as \\n)"
        case Byte.carriageReturn: " (write it as \\r)"
        case Byte.tab: " (write it as \\t)"
        default: " (write it as a \\u escape)"
        }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let backslash = position
        position += 1
        guard position < end else {
            throw error("unterminated escape sequence: found \(endName)", length: 0)
        }
        let letter = bytes[position]
        position += 1
        switch letter {
        case Byte.quote: buffer.append(Byte.quote)
        case Byte.backslash: buffer.append(Byte.backslash)
        case Byte.slash: buffer.append(Byte.slash)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(Byte.lineFeed)
        case UInt8(ascii: "r"): buffer.append(Byte.carriageReturn)
        case UInt8(ascii: "t"): buffer.append(Byte.tab)
        case UInt8(ascii: "u"):
            let first = try readHex4(escapeStart: backslash)
            var scalarValue = first
            if (0xD800...0xDBFF).contains(first) {
                let low: UInt32? = {
                    guard position + 6 <= end, bytes[position] == Byte.backslash,
                          bytes[position + 1] == UInt8(ascii: "u") else { return nil }
                    return Self.hexValue(bytes, position + 2)
                }()
                guard let low, (0xDC00...0xDFFF).contains(low) else {
                    throw error(
                        "lone surrogate escape \\u\(Self.hex4(first)): a high surrogate must be followed by a low-surrogate \\u escape",
                        at: backslash, length: 6)
                }
                position += 6
                scalarValue = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw error(
                    "lone surrogate escape \\u\(Self.hex4(first)): a low surrogate must follow a high surrogate",
                    at: backslash, length: 6)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw error("invalid \\u escape", at: backslash, length: 6)
            }
            buffer.append(contentsOf: Array(String(scalar).utf8))
        default:
            let found = describeFound(at: position - 1)
            throw error("invalid escape sequence in string: '\\' followed by \(found)", at: backslash, length: 2)
        }
    }

    mutating func readHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= end, let value = Self.hexValue(bytes, position) else {
            throw error("invalid \\u escape: expected 4 hexadecimal digits", at: escapeStart, length: 2)
        }
        position += 4
        return value
    }

    static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt32? {
        guard offset + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in offset..<(offset + 4) {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Decodes one well-formed UTF-8 scalar (no overlongs, no surrogates, ≤ U+10FFFF).
    func decodeScalar(at offset: Int) -> (Unicode.Scalar, Int)? {
        UTF8Validation.decodeScalar(bytes, at: offset, end: end)
    }
}

enum UTF8Validation {
    /// Decodes one well-formed UTF-8 scalar (no overlongs, no surrogates, ≤ U+10FFFF) and its length.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard offset < end else { return nil }
        let lead = bytes[offset]
        func continuation(_ index: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> UInt32? {
            guard offset + index < end, range.contains(bytes[offset + index]) else { return nil }
            return UInt32(bytes[offset + index] & 0x3F)
        }
        var value: UInt32
        var length: Int
        switch lead {
        case 0x00...0x7F:
            value = UInt32(lead); length = 1
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return nil }
            value = UInt32(lead & 0x1F) << 6 | c1; length = 2
        case 0xE0...0xEF:
            let secondRange: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : (lead == 0xED ? 0x80...0x9F : 0x80...0xBF)
            guard let c1 = continuation(1, secondRange), let c2 = continuation(2) else { return nil }
            value = UInt32(lead & 0x0F) << 12 | c1 << 6 | c2; length = 3
        case 0xF0...0xF4:
            let secondRange: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : (lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF)
            guard let c1 = continuation(1, secondRange), let c2 = continuation(2), let c3 = continuation(3) else {
                return nil
            }
            value = UInt32(lead & 0x07) << 18 | c1 << 12 | c2 << 6 | c3; length = 4
        default:
            return nil
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
