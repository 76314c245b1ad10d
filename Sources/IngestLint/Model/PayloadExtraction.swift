/// What a document's root holds, as far as payloads go (SPEC §3a). The rules of a document's
/// shape (IL103, IL104) report what is wrong with it; the model only describes it.
package enum DocumentShape {
    /// The root is a payload object.
    case payload
    /// The root is a batch array; its elements that are objects are the payloads.
    case batch(ArrayElements)
    /// The root is an empty batch array.
    case emptyBatch
    /// The root is an array of candidate objects: nothing else of it is linted.
    case candidateList(count: Int)
    /// The root is neither an object nor, in a `.json` file, a batch array.
    case notPayload
}

/// Finds the payloads of a document: its root object, the objects of a batch array, or none.
enum PayloadExtraction {
    static func shape(of root: ValueView, kind: DocumentKind) -> DocumentShape {
        if root.type == .object { return .payload }
        guard kind == .jsonFile, let elements = root.arrayElements else { return .notPayload }
        if elements.isEmpty { return .emptyBatch }
        if elements.allSatisfy(looksLikeCandidate) { return .candidateList(count: elements.count) }
        return .batch(elements)
    }

    /// The payloads of a document of this shape.
    static func payloads(in root: ValueView, shape: DocumentShape, skills: SkillCatalogue, parts: ViewParts) -> [Payload] {
        switch shape {
        case .payload:
            guard let object = ObjectView(root, location: .payload(batchIndex: nil)) else { return [] }
            return [Payload(object: object, skills: skills, parts: parts)]
        case .batch(let elements):
            var payloads: [Payload] = []
            for (index, element) in elements.enumerated() {
                if let object = ObjectView(element, location: .payload(batchIndex: index)) {
                    payloads.append(Payload(object: object, batchIndex: index, skills: skills, parts: parts))
                }
            }
            return payloads
        case .emptyBatch, .candidateList, .notPayload:
            return []
        }
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
