/// IL100: the document is not valid JSON (RFC 8259); the parser's error, with its position.
package struct JSONSyntaxRule: Rule {
    package static let code = "IL100"
    package static let fixHazard: FixProblem? = .breaksSyntax

    package func check(syntaxError error: JSONSyntaxError, sink: inout FindingSink) {
        sink.report(
            Self.finding(Message.default(reason: error.message), range: error.offset..<error.endOffset, pointer: .root))
    }
}
