/// One JSON value of the document being linted: a node of the tape, read in place.
/// Strings are unescaped only when their text is asked for.
package struct ValueView {
    let source: DocumentSource
    /// Index of the value's node in the tape.
    let index: Int

    var node: JSONTape.Node { source.nodes[index] }

    /// Half-open UTF-8 byte range, quotes and brackets included.
    package var range: Range<Int> { node.range }

    package var type: JSONType {
        switch node.kind {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: .number
        case .true, .false: .boolean
        case .null: .null
        }
    }

    package var isNull: Bool { node.kind == .null }
    package var isString: Bool { node.kind == .string }
    package var isContainer: Bool { node.kind == .object || node.kind == .array }

    /// The unescaped text, when the value is a string.
    package var stringValue: String? {
        node.kind == .string ? source.text(of: index) : nil
    }

    /// The number as written, when the value is a number.
    package var numberValue: JSONNumber? {
        let node = node
        guard node.kind == .number else { return nil }
        return JSONNumber(
            text: String(decoding: UnsafeBufferPointer(rebasing: source.bytes[node.range]), as: UTF8.self),
            isIntegerLiteral: !node.flag)
    }

    package var boolValue: Bool? {
        switch node.kind {
        case .true: true
        case .false: false
        default: nil
        }
    }

    /// A string that is empty or only white space (false for any other value).
    package var isBlankString: Bool {
        node.kind == .string && source.isBlank(index)
    }

    /// A string's UTF-8 bytes when it has no escapes, so that its text is exactly those bytes
    /// (nil for an escaped string or any other value). Valid while the rules run.
    package var plainUTF8: UnsafeBufferPointer<UInt8>? {
        let node = node
        return node.kind == .string && !node.flag ? source.content(of: index) : nil
    }

    /// False when the value is certainly not a string spelling `true`, `false` or a number
    /// (IL209's question), decided on the first byte.
    var mayBeStringlyTyped: Bool {
        guard node.kind == .string else { return false }
        guard let bytes = plainUTF8 else { return true }
        guard let first = bytes.first else { return false }
        return first == UInt8(ascii: "t") || first == UInt8(ascii: "f") || first == UInt8(ascii: "-")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    }

    /// Whether the value is a string whose text equals `text`.
    package func isString(_ text: String) -> Bool {
        node.kind == .string && source.text(of: index, equals: text)
    }

    /// The elements, when the value is an array.
    package var arrayElements: ArrayElements? {
        node.kind == .array ? ArrayElements(source: source, first: index + 1, end: Int(node.next)) : nil
    }

    /// The members in source order (repeated keys kept), when the value is an object.
    package var objectMembers: ObjectMembers? {
        node.kind == .object ? ObjectMembers(source: source, first: index + 1, end: Int(node.next)) : nil
    }
}

/// The elements of an array value, each one hop past the previous one's subtree.
package struct ArrayElements: Sequence {
    let source: DocumentSource
    let first: Int
    let end: Int

    package var isEmpty: Bool { first >= end }

    /// Counted by walking the siblings.
    package var count: Int {
        var count = 0
        var index = first
        while index < end {
            count += 1
            index = Int(source.nodes[index].next)
        }
        return count
    }

    package func makeIterator() -> Iterator {
        Iterator(source: source, position: first, end: end)
    }

    package struct Iterator: IteratorProtocol {
        let source: DocumentSource
        var position: Int
        let end: Int

        package mutating func next() -> ValueView? {
            guard position < end else { return nil }
            defer { position = Int(source.nodes[position].next) }
            return ValueView(source: source, index: position)
        }
    }
}

/// The members of an object value in source order: key nodes, each followed by its value.
package struct ObjectMembers: Sequence {
    let source: DocumentSource
    let first: Int
    let end: Int

    package var isEmpty: Bool { first >= end }

    package func makeIterator() -> Iterator {
        Iterator(source: source, position: first, end: end)
    }

    package struct Iterator: IteratorProtocol {
        let source: DocumentSource
        var position: Int
        let end: Int

        package mutating func next() -> MemberView? {
            guard position < end else { return nil }
            // The key is a single node; the value's subtree ends where the next key starts.
            defer { position = Int(source.nodes[position + 1].next) }
            return MemberView(source: source, keyIndex: position)
        }
    }
}
