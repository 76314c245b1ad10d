/// The bytes and the tape of the document being linted, which every view reads.
///
/// Views hold one pointer to these two buffers and a node index, not copies: reading a
/// payload costs no allocation and no reference counting per value, and a view is two words
/// (a million candidates are a million of them). They are valid only inside
/// `DocumentSource.with(bytes:tape:_:)`, that is while the linter runs the rules on the
/// document; a rule keeps strings or offsets from a view, never the view.
package struct DocumentSource {
    private struct Buffers {
        let bytes: UnsafeBufferPointer<UInt8>
        let nodes: UnsafeBufferPointer<JSONTape.Node>
    }

    private let buffers: UnsafePointer<Buffers>

    var bytes: UnsafeBufferPointer<UInt8> { buffers.pointee.bytes }
    var nodes: UnsafeBufferPointer<JSONTape.Node> { buffers.pointee.nodes }

    /// Runs `body` with a source over `bytes` and `tape`, which it must not let escape.
    static func with<Result>(bytes: [UInt8], tape: JSONTape, _ body: (DocumentSource) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            tape.nodes.withUnsafeBufferPointer { nodes in
                withUnsafePointer(to: Buffers(bytes: bytes, nodes: nodes)) { buffers in
                    body(DocumentSource(buffers: buffers))
                }
            }
        }
    }

    // MARK: Strings

    /// The bytes between a string node's quotes, escapes as written.
    func content(of index: Int) -> UnsafeBufferPointer<UInt8> {
        let node = nodes[index]
        return UnsafeBufferPointer(rebasing: bytes[(node.start + 1)..<(node.end - 1)])
    }

    /// The unescaped text of a string node.
    func text(of index: Int) -> String {
        let content = content(of: index)
        return nodes[index].flag ? JSONStringUnescaping.unescape(content) : String(decoding: content, as: UTF8.self)
    }

    /// Whether a string node's text equals `other` as Swift compares strings (canonical
    /// equivalence), decided on the bytes unless escapes or non-ASCII text make that unsafe.
    func text(of index: Int, equals other: String) -> Bool {
        if nodes[index].flag { return text(of: index) == other }
        let content = content(of: index)
        let verdict = other.utf8.withContiguousStorageIfAvailable { other in
            Self.bytesDecideEquality(content, other)
        } ?? nil
        return verdict ?? (text(of: index) == other)
    }

    /// Whether two string nodes hold the same text (canonical equivalence, as `String ==`).
    func text(of index: Int, equalsTextOf otherIndex: Int) -> Bool {
        if nodes[index].flag || nodes[otherIndex].flag { return text(of: index) == text(of: otherIndex) }
        return Self.bytesDecideEquality(content(of: index), content(of: otherIndex))
            ?? (text(of: index) == text(of: otherIndex))
    }

    /// Equal bytes are equal text; different bytes that are both ASCII are different text
    /// (no ASCII character has another canonical spelling). Anything else needs `String ==`.
    static func bytesDecideEquality(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool? {
        if lhs.count == rhs.count, lhs.elementsEqual(rhs) { return true }
        return isASCII(lhs) && isASCII(rhs) ? false : nil
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether a string node's text is empty or only white space (as `String.isBlank`).
    func isBlank(_ index: Int) -> Bool {
        let content = content(of: index)
        if !nodes[index].flag, Self.isASCII(content) {
            return content.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }
        return text(of: index).isBlank
    }
}
