/// What the input stage sees of one whole input, at its start and at its end.
package struct InputFacts: Sendable {
    /// JSON (one document) or JSON Lines (one per line).
    package let format: InputFormat
    /// What messages call the input ("the file", "standard input").
    package let inputName: String
    /// 3 when the input starts with a UTF-8 byte-order mark, else 0; documents start after it.
    package let byteOrderMarkLength: Int
    /// Nil at the input's start; at its end, whether it held any document (non-blank JSON text,
    /// a non-blank line).
    package let holdsDocument: Bool?

    package init(format: InputFormat, inputName: String, byteOrderMarkLength: Int, holdsDocument: Bool?) {
        self.format = format
        self.inputName = inputName
        self.byteOrderMarkLength = byteOrderMarkLength
        self.holdsDocument = holdsDocument
    }
}
