/// IL101: a key repeated in one object, compared after unescaping, anywhere in the document.
package struct DuplicateKeyRule: Rule {
    package static let code = "IL101"
    package static let fixHazard: FixProblem? = .duplicatesKey

    package func check(document: Document, sink: inout FindingSink) {
        var path: [PathComponent] = []
        visit(document.root, path: &path, sink: &sink)
    }

    /// The way down to a value; rendered as a JSON Pointer only for a finding.
    enum PathComponent {
        case member(MemberView)
        case index(Int)
    }

    static func pointer(_ path: [PathComponent]) -> JSONPointer {
        path.reduce(JSONPointer.root) { pointer, component in
            switch component {
            case .member(let member): pointer.appending(member.key)
            case .index(let index): pointer.appending(index)
            }
        }
    }

    private func visit(_ value: ValueView, path: inout [PathComponent], sink: inout FindingSink) {
        if let members = value.objectMembers {
            reportDuplicates(in: members, path: path, sink: &sink)
            for member in members where member.value.isContainer {
                path.append(.member(member))
                visit(member.value, path: &path, sink: &sink)
                path.removeLast()
            }
        } else if let elements = value.arrayElements {
            for (index, element) in elements.enumerated() where element.isContainer {
                path.append(.index(index))
                visit(element, path: &path, sink: &sink)
                path.removeLast()
            }
        }
    }

    private func reportDuplicates(in members: ObjectMembers, path: [PathComponent], sink: inout FindingSink) {
        // Small objects are the norm: a quadratic scan over the key bytes beats hashing there.
        var count = 0
        for _ in members {
            count += 1
            if count > 32 { break }
        }
        guard count > 1 else { return }
        if count > 32 {
            let all = Array(members)
            var firstIndex: [String: Int] = [:]
            for (index, member) in all.enumerated() {
                let key = member.key
                if let first = firstIndex[key] {
                    report(member, original: all[first], path: path, sink: &sink)
                } else {
                    firstIndex[key] = index
                }
            }
            return
        }
        for member in members {
            for earlier in members {
                guard earlier.keyIndex < member.keyIndex else { break }
                if member.hasSameKey(as: earlier) {
                    report(member, original: earlier, path: path, sink: &sink)
                    break
                }
            }
        }
    }

    private func report(_ member: MemberView, original: MemberView, path: [PathComponent], sink: inout FindingSink) {
        let key = member.key
        let pointer = Self.pointer(path).appending(key)
        sink.report(
            Self.finding(
                Message.default(key: key), range: member.keyRange, pointer: pointer,
                related: [
                    RelatedFinding(
                        range: original.keyRange, pointer: pointer,
                        message: Message.related(key: key))
                ]))
    }
}
