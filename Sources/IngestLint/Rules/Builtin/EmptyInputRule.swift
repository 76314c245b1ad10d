/// IL104: nothing to ingest. An empty batch array is reported here, from the document's shape;
/// empty or whitespace-only input and a JSON Lines file without a payload line are reported by
/// the file reader, which sees the input before any document starts.
public struct EmptyInputRule: Rule {
    public static let code = "IL104"

    public func check(shapeOf document: Document, sink: inout FindingSink) {
        guard case .emptyBatch = document.shape else { return }
        sink.report(
            Self.finding("empty-batch", ["input": document.inputName], range: document.root.range, pointer: .root))
    }
}
