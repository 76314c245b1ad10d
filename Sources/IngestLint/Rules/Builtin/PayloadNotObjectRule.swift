/// IL103: no payload object where one belongs — a root (or JSON Lines line) that is not an
/// object, a batch element that is not one, or a list of candidates without the payload
/// around them (then nothing else of the document is linted, SPEC §3a).
public struct PayloadNotObjectRule: Rule {
    public static let code = "IL103"

    public func check(shapeOf document: Document, sink: inout FindingSink) {
        let root = document.root
        switch document.shape {
        case .notPayload:
            sink.report(
                Self.finding(
                    document.kind == .jsonLine ? "line" : "root",
                    ["type": WrongTypeRule.article(root.type), "input": document.inputName],
                    range: root.range, pointer: .root))
        case .candidateList(let count):
            sink.report(
                Self.finding(
                    "candidate-list",
                    ["candidates": count == 1 ? "1 candidate" : "\(count) candidates", "input": document.inputName],
                    range: root.range.lowerBound..<(root.range.lowerBound + 1), pointer: .root,
                    help: Self.message("help-candidate-list")))
        case .batch(let elements):
            for (index, element) in elements.enumerated() where element.type != .object {
                sink.report(
                    Self.finding(
                        "batch-element", ["type": WrongTypeRule.article(element.type), "index": String(index)],
                        range: element.range, pointer: JSONPointer.root.appending(index)))
            }
        case .payload, .emptyBatch:
            break
        }
    }
}
