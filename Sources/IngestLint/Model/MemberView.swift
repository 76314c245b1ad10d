/// One `"key": value` pair of an object, read in place. Keys are compared as bytes; the
/// unescaped `key` text is built only when a message or a pointer needs it.
package struct MemberView {
    let source: DocumentSource
    /// Index of the key's node; the value's node follows it.
    let keyIndex: Int

    /// The key after unescaping.
    package var key: String { source.text(of: keyIndex) }

    /// The key's range including its quotes.
    package var keyRange: Range<Int> { source.nodes[keyIndex].range }

    package var value: ValueView { ValueView(source: source, index: keyIndex + 1) }

    /// From the key's opening quote to the end of the value.
    package var range: Range<Int> { keyRange.lowerBound..<source.nodes[keyIndex + 1].end }

    /// The key's bytes when they are its text: no escapes, only ASCII (so no other spelling
    /// of it is canonically equivalent).
    var plainKey: UnsafeBufferPointer<UInt8>? {
        if source.nodes[keyIndex].flag { return nil }
        let content = source.content(of: keyIndex)
        return DocumentSource.isASCII(content) ? content : nil
    }

    /// Whether the key (unescaped) is `name`.
    package func hasKey(_ name: String) -> Bool {
        source.text(of: keyIndex, equals: name)
    }

    /// Whether both members have the same key after unescaping.
    package func hasSameKey(as other: MemberView) -> Bool {
        source.text(of: keyIndex, equalsTextOf: other.keyIndex)
    }
}
