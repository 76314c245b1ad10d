/// A pretty-printed JSON array written element by element, byte for byte as `JSONOutput.array`
/// renders it `indent` levels deep: `[]` when empty, else one element per line.
struct JSONArrayStream {
    let indent: Int
    private(set) var isEmpty = true
    /// Reused for every element: its bytes keep their capacity.
    private var writer: JSONWriter

    init(indent: Int) {
        self.indent = indent
        writer = JSONWriter(pretty: true, indent: indent + 1)
    }

    mutating func append(_ element: JSONOutput, to output: ReportOutput) {
        append(to: output) { element.write(to: &$0) }
    }

    /// Appends the one value `body` writes.
    mutating func append(to output: ReportOutput, _ body: (inout JSONWriter) -> Void) {
        writer.reset()
        writer.appendRaw(isEmpty ? "[" : ",")
        isEmpty = false
        writer.newline(indent + 1)
        body(&writer)
        writer.bytes.withUnsafeBytes { output.write($0) }
    }

    /// Writes the closing bracket (or `[]`).
    func close(to output: ReportOutput) {
        guard !isEmpty else { return output.write("[]") }
        var closing = JSONWriter(pretty: true)
        closing.newline(indent)
        closing.appendRaw("]")
        closing.bytes.withUnsafeBytes { output.write($0) }
    }
}
