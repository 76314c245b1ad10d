/// IL101: a key repeated in one object, compared after unescaping, anywhere in the document.
public struct DuplicateKeyRule: Rule {
    public static let code = "IL101"

    public func check(document: Document, sink: inout FindingSink) {
        visit(document.root, pointer: .root, sink: &sink)
    }

    private func visit(_ value: JSONValue, pointer: JSONPointer, sink: inout FindingSink) {
        switch value.kind {
        case .object(let members):
            if members.count > 1 {
                var first: [String: JSONMember] = [:]
                for member in members {
                    if let original = first[member.key] {
                        sink.report(
                            Self.finding(
                                ["key": member.key], range: member.keyRange, pointer: pointer.appending(member.key),
                                related: [
                                    RelatedFinding(
                                        range: original.keyRange, pointer: pointer.appending(member.key),
                                        message: Self.description.message("related", ["key": member.key]))
                                ]))
                    } else {
                        first[member.key] = member
                    }
                }
            }
            for member in members {
                visit(member.value, pointer: pointer.appending(member.key), sink: &sink)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                visit(element, pointer: pointer.appending(index), sink: &sink)
            }
        default:
            break
        }
    }
}
