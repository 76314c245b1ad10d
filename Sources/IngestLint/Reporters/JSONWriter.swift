/// Writes JSON straight into bytes, member by member, with the layout `JSONOutput` renders:
/// pretty output indents by two spaces per level and puts `: ` after keys, compact output has
/// no whitespace. Reporters with many findings write through it instead of building a
/// `JSONOutput` tree per finding (an allocation per member and a `String` per level).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    /// Per open container: whether it is an array, and whether it has a member yet.
    private var open: [(isArray: Bool, hasMember: Bool)] = []
    /// The nesting of the document this output continues (see `JSONOutput.rendered(pretty:indent:)`).
    private let baseIndent: Int

    init(pretty: Bool, indent: Int = 0) {
        self.pretty = pretty
        self.baseIndent = indent
    }

    /// Empties the bytes (keeping their capacity) to write the next value.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
    }

    mutating func openObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        open.append((false, false))
    }

    mutating func openArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        open.append((true, false))
    }

    /// Closes the innermost object or array (`{}` / `[]` when it has no member).
    mutating func close() {
        guard let container = open.popLast() else { return }
        if container.hasMember, pretty { newline(baseIndent + open.count) }
        bytes.append(UInt8(ascii: container.isArray ? "]" : "}"))
    }

    /// An object member's key; its value is written next.
    mutating func key(_ name: String) {
        separate()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    mutating func string(_ text: String) {
        beforeValue()
        quoted(text)
    }

    mutating func int(_ number: Int) {
        beforeValue()
        // A small string: no allocation.
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func bool(_ flag: Bool) {
        beforeValue()
        append(flag ? "true" : "false")
    }

    mutating func null() {
        beforeValue()
        append("null")
    }

    /// A value inside an array is preceded by its separator; inside an object, its key was.
    private mutating func beforeValue() {
        if let container = open.last, container.isArray { separate() }
    }

    private mutating func separate() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].hasMember { bytes.append(UInt8(ascii: ",")) }
        open[open.count - 1].hasMember = true
        if pretty { newline(baseIndent + open.count) }
    }

    /// Bytes written as they are, outside the member bookkeeping (a stream's separators).
    mutating func appendRaw(_ ascii: StaticString) {
        append(ascii)
    }

    /// A line break and `indent` levels of indentation.
    mutating func newline(_ indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<indent {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func append(_ ascii: StaticString) {
        ascii.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `text` as a JSON string literal, escaped exactly as `JSONStringEncoding.quoted` does:
    /// `"` `\` and the named controls by their short escapes, other controls, DEL, U+2028 and
    /// U+2029 as `\u` and four lowercase hex digits; everything else as it is.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80 && utf8[index + 2] & 0xFE == 0xA8
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || isLineSeparator else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: append("\\\"")
                case 0x5C: append("\\\\")
                case 0x0A: append("\\n")
                case 0x0D: append("\\r")
                case 0x09: append("\\t")
                case 0x08: append("\\b")
                case 0x0C: append("\\f")
                case 0xE2: append(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                default:
                    append("\\u00")
                    bytes.append(Self.hexDigits[Int(byte >> 4)])
                    bytes.append(Self.hexDigits[Int(byte & 0x0F)])
                }
                index += isLineSeparator ? 3 : 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
