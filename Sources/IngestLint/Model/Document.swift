/// What kind of text a document is: a whole `.json` file, or one line of a JSON Lines file.
public enum DocumentKind: Sendable {
    /// A root array is a batch of payloads.
    case jsonFile
    /// One payload per line; a root array is not a batch.
    case jsonLine
}

/// One parsed JSON document and the payloads found in it.
public struct Document: Sendable {
    /// The bytes the document's offsets point into (a whole file, or a chunk of one).
    public let bytes: [UInt8]
    public let root: JSONValue
    public let kind: DocumentKind
    public let payloads: [Payload]
}
