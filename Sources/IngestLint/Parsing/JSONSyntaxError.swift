/// Why a document is not valid JSON, and the byte where that became certain.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// Offset of the first offending byte (the end of the input when it is truncated).
    public let offset: Int
    /// End of the offending token, at least `offset`.
    public let endOffset: Int
    /// One sentence naming what was expected and what was found.
    public let message: String

    public init(offset: Int, endOffset: Int? = nil, message: String) {
        self.offset = offset
        self.endOffset = max(endOffset ?? offset, offset)
        self.message = message
    }
}
