/// Finds the payloads of a document: its root object, the objects of a batch array, or none.
enum PayloadExtraction {
    /// The payloads, or `nil` when the document is a list of candidates (reported as one IL103).
    /// Reports IL103 for non-object payloads and IL104 for an empty batch.
    static func payloads(
        in root: ValueView, kind: DocumentKind, inputName: String, skills: SkillCatalogue, sink: inout FindingSink
    ) -> [Payload]? {
        if let object = ObjectView(root, location: .payload(batchIndex: nil)) {
            return [Payload(object: object, skills: skills)]
        }
        guard kind == .jsonFile, let elements = root.arrayElements else {
            sink.report(
                PayloadNotObjectRule.finding(
                    kind == .jsonLine ? "line" : "root", ["type": WrongTypeRule.article(root.type), "input": inputName],
                    range: root.range, pointer: .root))
            return []
        }
        if elements.isEmpty {
            sink.report(EmptyInputRule.finding("empty-batch", ["input": inputName], range: root.range, pointer: .root))
            return []
        }
        if elements.allSatisfy(looksLikeCandidate) {
            let count = elements.count
            sink.report(
                PayloadNotObjectRule.finding(
                    "candidate-list",
                    ["candidates": count == 1 ? "1 candidate" : "\(count) candidates", "input": inputName],
                    range: root.range.lowerBound..<(root.range.lowerBound + 1), pointer: .root,
                    help: PayloadNotObjectRule.message("help-candidate-list")))
            return nil
        }
        var payloads: [Payload] = []
        for (index, element) in elements.enumerated() {
            if let object = ObjectView(element, location: .payload(batchIndex: index)) {
                payloads.append(Payload(object: object, batchIndex: index, skills: skills))
            } else {
                sink.report(
                    PayloadNotObjectRule.finding(
                        "batch-element", ["type": WrongTypeRule.article(element.type), "index": String(index)],
                        range: element.range, pointer: JSONPointer.root.appending(index)))
            }
        }
        return payloads
    }

    /// An object with `name` or `email` and without `data`.
    static func looksLikeCandidate(_ value: ValueView) -> Bool {
        guard let members = value.objectMembers else { return false }
        var hasCandidateField = false
        for member in members {
            if member.hasKey("data") { return false }
            if member.hasKey("name") || member.hasKey("email") { hasCandidateField = true }
        }
        return hasCandidateField
    }
}
