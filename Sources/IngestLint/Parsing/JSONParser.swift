/// A strict RFC 8259 parser over UTF-8 bytes that writes a `JSONTape`: one pass, one node per
/// value, the byte range of every key and value.
///
/// It accepts nothing that RFC 8259 rejects (comments, trailing commas, single quotes, `NaN`,
/// unescaped control characters, invalid UTF-8, lone surrogate escapes) and stops at the first
/// error with a message naming what was expected and what was found. Nesting is limited to
/// `maximumDepth` levels; the parser keeps its own stack, so depth never costs call stack.
package struct JSONParser {
    package static let maximumDepth = 256

    /// Parses `bytes[range]` as exactly one JSON document (surrounding whitespace allowed) into
    /// `tape` (emptied first). Offsets in the tape and in errors are offsets into `bytes`.
    /// `endName` is what messages call the end of the range ("end of line" for JSON Lines).
    package static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, endName: String = "end of input",
        into tape: inout JSONTape
    ) throws(JSONSyntaxError) {
        tape.removeAll()
        var scanner = Scanner(bytes: bytes, position: range.lowerBound, end: range.upperBound, endName: endName)
        scanner.skipWhitespace()
        try scanner.scanValue(into: &tape)
        scanner.skipWhitespace()
        if scanner.position < scanner.end {
            throw scanner.error("expected \(endName) after the JSON value, found \(scanner.describeFound())")
        }
    }

    /// Parses `bytes[range]` as one document and returns it as a tree of `JSONValue`s (for a
    /// `.json` configuration; linting reads the tape through views).
    package static func parseDocument(
        _ bytes: [UInt8], in range: Range<Int>? = nil, endName: String = "end of input"
    ) throws(JSONSyntaxError) -> JSONValue {
        let range = range ?? 0..<bytes.count
        return try withBuffer(bytes) { buffer throws(JSONSyntaxError) in
            var tape = JSONTape()
            try parse(buffer, in: range, endName: endName, into: &tape)
            return JSONValue(tape: tape, bytes: buffer)
        }
    }

    /// `bytes` is one JSON number (surrounding whitespace allowed), e.g. the text of `"24"`.
    package static func isNumber(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var tape = JSONTape()
            guard (try? parse(buffer, in: 0..<buffer.count, into: &tape)) != nil else { return false }
            return tape.root?.kind == .number
        }
    }

    /// The offset just past the one value starting at `start` (after optional whitespace), or
    /// nil when none parses there; only a tape is written, no tree. Used to sniff whether an
    /// input holds several top-level values.
    static func endOfValue(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(bytes: buffer, position: start, end: buffer.count)
            var tape = JSONTape()
            scanner.skipWhitespace()
            guard (try? scanner.scanValue(into: &tape)) != nil else { return nil }
            return scanner.position
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

    /// An open container while its children are scanned.
    private struct OpenContainer {
        let node: Int
        let isObject: Bool
        var isEmpty = true
    }

    /// Scans one value and everything inside it, appending its nodes to `tape`.
    mutating func scanValue(into tape: inout JSONTape) throws(JSONSyntaxError) {
        var open: [OpenContainer] = []
        // Each turn scans one value; then the enclosing containers take their `,` or closing
        // bracket until one expects another member or element.
        while true {
            if let container = try scanScalarOrOpen(depth: open.count + 1, into: &tape) {
                open.append(container)
                if try startContainer(&open, into: &tape) { continue }
            }
            while let top = open.last {
                skipWhitespace()
                let (close, what) = top.isObject ? (Byte.closeBrace, "'}' after object member") : (Byte.closeBracket, "']' after array element")
                guard position < end else {
                    throw error("expected ',' or \(what), found \(endName)", length: 0)
                }
                let byte = bytes[position]
                if byte == close {
                    position += 1
                    finish(open.removeLast(), into: &tape)
                    continue
                }
                guard byte == Byte.comma else {
                    throw error("expected ',' or \(what), found \(describeFound())")
                }
                position += 1
                skipWhitespace()
                open[open.count - 1].isEmpty = false
                if top.isObject {
                    try scanKey(afterComma: true, into: &tape)
                } else if position < end, bytes[position] == Byte.closeBracket {
                    throw error("expected a value after ',', found ']' (trailing commas are not allowed)")
                }
                break
            }
            if open.isEmpty { return }
        }
    }

    /// After an opening bracket: true when a first member or element follows (and, for an
    /// object, its key has been scanned), false when the container closed at once.
    private mutating func startContainer(_ open: inout [OpenContainer], into tape: inout JSONTape) throws(JSONSyntaxError) -> Bool {
        let top = open[open.count - 1]
        skipWhitespace()
        let close = top.isObject ? Byte.closeBrace : Byte.closeBracket
        if position < end, bytes[position] == close {
            position += 1
            finish(open.removeLast(), into: &tape)
            return false
        }
        if top.isObject { try scanKey(afterComma: false, into: &tape) }
        return true
    }

    private func finish(_ container: OpenContainer, into tape: inout JSONTape) {
        tape.nodes[container.node].end = position
        tape.nodes[container.node].next = UInt32(truncatingIfNeeded: tape.nodes.count)
    }

    /// Scans `"key":` and the whitespace after it.
    private mutating func scanKey(afterComma: Bool, into tape: inout JSONTape) throws(JSONSyntaxError) {
        guard position < end, bytes[position] == Byte.quote else {
            if afterComma, position < end, bytes[position] == Byte.closeBrace {
                throw error("expected a string key after ',', found '}' (trailing commas are not allowed)")
            }
            let what = afterComma ? "a string key after ','" : "a string key or '}'"
            throw error("expected \(what), found \(describeFound())", length: position < end ? 1 : 0)
        }
        try scanString(into: &tape)
        skipWhitespace()
        guard position < end, bytes[position] == Byte.colon else {
            throw error("expected ':' after object key, found \(describeFound())", length: position < end ? 1 : 0)
        }
        position += 1
        skipWhitespace()
    }

    /// Scans a scalar, or opens a container and returns it (its node's end comes at its close).
    private mutating func scanScalarOrOpen(depth: Int, into tape: inout JSONTape) throws(JSONSyntaxError) -> OpenContainer? {
        guard position < end else {
            throw error("expected a value, found \(endName)", length: 0)
        }
        let start = position
        switch bytes[position] {
        case Byte.openBrace, Byte.openBracket:
            guard depth <= JSONParser.maximumDepth else {
                throw error("nesting deeper than \(JSONParser.maximumDepth) levels is not allowed")
            }
            let isObject = bytes[position] == Byte.openBrace
            position += 1
            tape.nodes.append(JSONTape.Node(start: start, end: start, next: 0, kind: isObject ? .object : .array, flag: false))
            return OpenContainer(node: tape.nodes.count - 1, isObject: isObject)
        case Byte.quote:
            try scanString(into: &tape)
        case Byte.minus, Byte.zero...Byte.nine:
            let isInteger = try scanNumber()
            append(.number, from: start, flag: !isInteger, into: &tape)
        case UInt8(ascii: "t"):
            try scanLiteral("true")
            append(.true, from: start, into: &tape)
        case UInt8(ascii: "f"):
            try scanLiteral("false")
            append(.false, from: start, into: &tape)
        case UInt8(ascii: "n"):
            try scanLiteral("null")
            append(.null, from: start, into: &tape)
        default:
            var wordEnd = position
            while wordEnd < end, Self.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            throw error("expected a value, found \(describeFound())", length: max(1, wordEnd - position))
        }
        return nil
    }

    /// A scalar node from `start` to the current position.
    private func append(_ kind: JSONTape.Kind, from start: Int, flag: Bool = false, into tape: inout JSONTape) {
        tape.nodes.append(JSONTape.Node(
            start: start, end: position, next: UInt32(truncatingIfNeeded: tape.nodes.count + 1), kind: kind, flag: flag))
    }

    mutating func scanLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
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
    }

    // MARK: Numbers

    /// Scans a number; true when it has neither a fraction nor an exponent.
    mutating func scanNumber() throws(JSONSyntaxError) -> Bool {
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
        return isInteger
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= Byte.zero && byte <= Byte.nine }

    mutating func skipDigits() {
        while position < end, isDigit(bytes[position]) { position += 1 }
    }

    // MARK: Strings

    /// Scans a string from its opening quote to past its closing quote, validating escapes and
    /// UTF-8, and appends its node (flagged when it holds an escape).
    mutating func scanString(into tape: inout JSONTape) throws(JSONSyntaxError) {
        let start = position
        position += 1
        var hasEscape = false
        while position < end {
            // Eight plain bytes at a time: no quote, backslash, control character or non-ASCII.
            if position + 8 <= end {
                let word = ByteWords.load(bytes, at: position)
                if !ByteWords.hasBelow(0x20, in: word), !ByteWords.hasNonASCII(word),
                   !ByteWords.has(Byte.quote, in: word), !ByteWords.has(Byte.backslash, in: word) {
                    position += 8
                    continue
                }
            }
            let byte = bytes[position]
            switch byte {
            case Byte.quote:
                position += 1
                append(.string, from: start, flag: hasEscape, into: &tape)
                return
            case Byte.backslash:
                hasEscape = true
                try scanEscape()
            case 0x00..<0x20:
                throw error(
                    "unescaped control character \(Self.codePoint(UInt32(byte))) in string\(Self.escapeHint(byte))")
            case 0x80...:
                guard let (_, length) = decodeScalar(at: position) else {
                    throw error("invalid UTF-8 byte 0x\(Self.hex(byte)) in string")
                }
                position += length
            default:
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

    mutating func scanEscape() throws(JSONSyntaxError) {
        let backslash = position
        position += 1
        guard position < end else {
            throw error("unterminated escape sequence: found \(endName)", length: 0)
        }
        let letter = bytes[position]
        position += 1
        switch letter {
        case Byte.quote, Byte.backslash, Byte.slash, UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
             UInt8(ascii: "r"), UInt8(ascii: "t"):
            return
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
            guard Unicode.Scalar(scalarValue) != nil else {
                throw error("invalid \\u escape", at: backslash, length: 6)
            }
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
