/// IL104: nothing to ingest. Empty or whitespace-only input and a JSON Lines input without a
/// payload line are reported by the input stage, at the input's end; an empty batch array from
/// the document's shape.
package struct EmptyInputRule: Rule {
    package static let code = "IL104"

    package func check(input: InputFacts, sink: inout FindingSink) {
        guard input.holdsDocument == false else { return }
        // Line 1, column 1: just after a BOM, which is not counted as a column.
        let start = input.byteOrderMarkLength
        let message = input.format == .jsonLines ? Message.noLines : Message.default(input: input.inputName)
        sink.report(Self.finding(message, range: start..<start, pointer: .root))
    }

    package func check(shapeOf document: Document, sink: inout FindingSink) {
        guard case .emptyBatch = document.shape else { return }
        sink.report(
            Self.finding(Message.emptyBatch(input: document.inputName), range: document.root.range, pointer: .root))
    }
}
