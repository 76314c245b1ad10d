/// IL101: a key repeated in one object, compared after unescaping, anywhere in the document.
public struct DuplicateKeyRule: Rule {
    public static let code = "IL101"

    public func check(document: Document, sink: inout FindingSink) {
        var path: [PathComponent] = []
        visit(document.root, path: &path, sink: &sink)
    }

    /// The way down to a value; rendered as a JSON Pointer only for a finding.
    enum PathComponent {
        case key(String)
        case index(Int)
    }

    static func pointer(_ path: [PathComponent]) -> JSONPointer {
        path.reduce(JSONPointer.root) { pointer, component in
            switch component {
            case .key(let key): pointer.appending(key)
            case .index(let index): pointer.appending(index)
            }
        }
    }

    private func visit(_ value: JSONValue, path: inout [PathComponent], sink: inout FindingSink) {
        switch value.kind {
        case .object(let members):
            if members.count > 1 {
                reportDuplicates(in: members, path: path, sink: &sink)
            }
            for member in members where member.value.type == .object || member.value.type == .array {
                path.append(.key(member.key))
                visit(member.value, path: &path, sink: &sink)
                path.removeLast()
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() where element.type == .object || element.type == .array {
                path.append(.index(index))
                visit(element, path: &path, sink: &sink)
                path.removeLast()
            }
        default:
            break
        }
    }

    private func reportDuplicates(in members: [JSONMember], path: [PathComponent], sink: inout FindingSink) {
        // Small objects are the norm: a quadratic scan beats building a dictionary there.
        var firstIndex: [String: Int] = [:]
        if members.count > 32 {
            for (index, member) in members.enumerated() where firstIndex[member.key] == nil { firstIndex[member.key] = index }
        }
        for index in 1..<members.count {
            let member = members[index]
            let original: JSONMember?
            if members.count > 32 {
                original = firstIndex[member.key].flatMap { $0 < index ? members[$0] : nil }
            } else {
                original = members[..<index].first { $0.key == member.key }
            }
            guard let original else { continue }
            let pointer = Self.pointer(path).appending(member.key)
            sink.report(
                Self.finding(
                    ["key": member.key], range: member.keyRange, pointer: pointer,
                    related: [
                        RelatedFinding(
                            range: original.keyRange, pointer: pointer,
                            message: Self.description.message("related", ["key": member.key]))
                    ]))
        }
    }
}
