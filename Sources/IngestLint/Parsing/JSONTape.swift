/// One parsed JSON document as a flat array of small plain nodes, in source order: no `String`,
/// `Array` or class per value. `JSONParser` writes it in one pass over the bytes; strings stay
/// byte ranges and are unescaped only when their text is asked for.
///
/// A container's node is followed by its children (an object's as key, value, key, value, …);
/// every node's `next` is the index just past its subtree, so a sibling is one hop away.
package struct JSONTape: Sendable {
    package enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    /// 24 bytes: a byte range, the index past the subtree, the kind and one flag.
    package struct Node: Sendable {
        /// Offset of the first byte (a string's opening quote).
        package let start: Int
        /// Offset past the last byte; for a container, past its closing bracket.
        package internal(set) var end: Int
        /// Index of the node after this one's subtree.
        package internal(set) var next: UInt32
        package let kind: Kind
        /// A string with a backslash escape, or a number written with a fraction or exponent.
        package let flag: Bool

        package var range: Range<Int> { start..<end }
    }

    package internal(set) var nodes: [Node] = []

    package init() {}

    /// Empties the tape, keeping its storage for the next document.
    package mutating func removeAll() {
        nodes.removeAll(keepingCapacity: true)
    }

    package var root: Node? { nodes.first }

    /// The children of the container at `index` (for an object: keys and values alternating).
    package func children(of index: Int) -> ChildIndices {
        ChildIndices(tape: self, first: index + 1, end: Int(nodes[index].next))
    }

    /// Indices of a container's direct children, each one hop after the previous one's subtree.
    package struct ChildIndices: Sequence, IteratorProtocol {
        let tape: JSONTape
        var first: Int
        let end: Int

        package mutating func next() -> Int? {
            guard first < end else { return nil }
            defer { first = Int(tape.nodes[first].next) }
            return first
        }
    }

    // MARK: Text

    /// The text of the string node at `index` (unescaped), read from `bytes`.
    package func string(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let node = nodes[index]
        let content = UnsafeBufferPointer(rebasing: bytes[(node.start + 1)..<(node.end - 1)])
        return node.flag ? JSONStringUnescaping.unescape(content) : String(decoding: content, as: UTF8.self)
    }

    /// The number node at `index` as written.
    package func number(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONNumber {
        let node = nodes[index]
        return JSONNumber(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[node.range]), as: UTF8.self),
            isIntegerLiteral: !node.flag)
    }
}

/// Unescapes the content of a string the parser has already validated.
enum JSONStringUnescaping {
    static func unescape(_ content: UnsafeBufferPointer<UInt8>) -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < content.count else {
                buffer.append(byte)
                index += 1
                continue
            }
            let letter = content[index + 1]
            index += 2
            switch letter {
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var value = hex4(content, index)
                index += 4
                if (0xD800...0xDBFF).contains(value) {
                    // Validated: a low-surrogate escape follows.
                    let low = hex4(content, index + 2)
                    index += 6
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                if let scalar = Unicode.Scalar(value) { buffer.append(contentsOf: String(scalar).utf8) }
            default:
                // `"`, `\` and `/` stand for themselves.
                buffer.append(letter)
            }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private static func hex4(_ content: UnsafeBufferPointer<UInt8>, _ offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<min(offset + 4, content.count) {
            let byte = content[index]
            let digit: UInt8 = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: 0
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}

extension JSONValue {
    /// The tree of the tape's node at `index` and its subtree; strings and numbers are read from
    /// `bytes`. Only a `.json` configuration file is read this way: the rules read views
    /// (`Payload`, `ValueView`) over the tape. Depth is bounded by the parser (`JSONParser.maximumDepth`).
    init(tape: JSONTape, index: Int = 0, bytes: UnsafeBufferPointer<UInt8>) {
        let node = tape.nodes[index]
        switch node.kind {
        case .object:
            var members: [JSONMember] = []
            var children = tape.children(of: index)
            while let key = children.next(), let value = children.next() {
                members.append(JSONMember(
                    key: tape.string(at: key, in: bytes), keyRange: tape.nodes[key].range,
                    value: JSONValue(tape: tape, index: value, bytes: bytes)))
            }
            self.init(kind: .object(members), range: node.range)
        case .array:
            self.init(
                kind: .array(tape.children(of: index).map { JSONValue(tape: tape, index: $0, bytes: bytes) }),
                range: node.range)
        case .string: self.init(kind: .string(tape.string(at: index, in: bytes)), range: node.range)
        case .number: self.init(kind: .number(tape.number(at: index, in: bytes)), range: node.range)
        case .true: self.init(kind: .bool(true), range: node.range)
        case .false: self.init(kind: .bool(false), range: node.range)
        case .null: self.init(kind: .null, range: node.range)
        }
    }
}
