/// IL103: no payload object where one belongs — a root (or JSON Lines line) that is not an
/// object, a batch element that is not one, or a list of candidates without the payload
/// around them (then nothing else of the document is linted, SPEC §3a).
package struct PayloadNotObjectRule: Rule {
    package static let code = "IL103"

    package func check(shapeOf document: Document, sink: inout FindingSink) {
        let root = document.root
        switch document.shape {
        case .notPayload:
            sink.report(
                Self.finding(
                    document.kind == .jsonLine
                        ? Message.line(type: WrongTypeRule.article(root.type))
                        : Message.root(input: document.inputName, type: WrongTypeRule.article(root.type)),
                    range: root.range, pointer: .root))
        case .candidateList(let count):
            sink.report(
                Self.finding(
                    Message.candidateList(
                        input: document.inputName, candidates: count == 1 ? "1 candidate" : "\(count) candidates"),
                    range: root.range.lowerBound..<(root.range.lowerBound + 1), pointer: .root,
                    help: Message.helpCandidateList))
        case .batch(let elements):
            for (index, element) in elements.enumerated() where element.type != .object {
                sink.report(
                    Self.finding(
                        Message.batchElement(index: String(index), type: WrongTypeRule.article(element.type)),
                        range: element.range, pointer: JSONPointer.root.appending(index)))
            }
        case .payload, .emptyBatch:
            break
        }
    }
}
