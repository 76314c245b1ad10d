/// Why a document is not valid JSON, and the byte where that became certain.
package struct JSONSyntaxError: Error, Sendable, Equatable {
    /// Offset of the first offending byte (the end of the input when it is truncated).
    package let offset: Int
    /// End of the offending token, at least `offset`.
    package let endOffset: Int
    /// One sentence naming what was expected and what was found.
    package let message: String

    package init(offset: Int, endOffset: Int? = nil, message: String) {
        self.offset = offset
        self.endOffset = max(endOffset ?? offset, offset)
        self.message = message
    }
}
