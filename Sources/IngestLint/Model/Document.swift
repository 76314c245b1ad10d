/// What kind of text a document is: a whole `.json` file, or one line of a JSON Lines file.
package enum DocumentKind: Sendable {
    /// A root array is a batch of payloads.
    case jsonFile
    /// One payload per line; a root array is not a batch.
    case jsonLine
}

/// One parsed JSON document and the payloads found in it, as views over its tape (valid while
/// the rules run on it).
package struct Document {
    package let root: ValueView
    package let kind: DocumentKind
    /// What messages about the whole input call it ("the file", "standard input").
    package let inputName: String
    package let shape: DocumentShape
    package let payloads: [Payload]
}
