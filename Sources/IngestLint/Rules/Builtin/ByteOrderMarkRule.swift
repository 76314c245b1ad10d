/// IL102: an input-stage rule, reported at the start of an input that begins with a BOM.
package struct ByteOrderMarkRule: Rule {
    package static let code = "IL102"

    package func check(input: InputFacts, sink: inout FindingSink) {
        guard input.holdsDocument == nil, input.byteOrderMarkLength > 0 else { return }
        let range = 0..<input.byteOrderMarkLength
        sink.report(Self.finding(
            Message.default, range: range, pointer: .root,
            fix: Fix(description: Message.fix, safety: .safe, edits: [Edit(range: range, replacement: "")])))
    }
}
