/// A pretty-printed JSON array written element by element, byte for byte as `JSONOutput.array`
/// renders it `indent` levels deep: `[]` when empty, else one element per line.
struct JSONArrayStream {
    let indent: Int
    private(set) var isEmpty = true

    init(indent: Int) {
        self.indent = indent
    }

    mutating func append(_ element: JSONOutput, to output: ReportOutput) {
        var out = isEmpty ? "[" : ","
        isEmpty = false
        JSONOutput.newline(&out, indent + 1)
        out += element.rendered(pretty: true, indent: indent + 1)
        output.write(out)
    }

    /// Writes the closing bracket (or `[]`).
    func close(to output: ReportOutput) {
        guard !isEmpty else { return output.write("[]") }
        var out = ""
        JSONOutput.newline(&out, indent)
        output.write(out + "]")
    }
}
