/// One payload object (a file root, a batch element or a JSON Lines line) and its candidates,
/// a view over the document's tape built once per document for all the rules. A reference:
/// each of thirty rules receives it, and a copy would retain each of its arrays and strings.
package final class Payload {
    package let object: ObjectView
    /// The candidate objects of `data`, when `data` is an array.
    package let candidates: [Candidate]
    /// The index in the root batch array, when the payload is a batch element.
    package let batchIndex: Int?
    /// The payload, candidate and metadata objects, computed once for all the rules.
    let schemaLevels: [SchemaWalk.Level]

    package let interviewerId: MemberView?
    package let status: MemberView?
    package let skills: MemberView?
    package let data: MemberView?
    /// The `interviewerId` when it is a non-blank string.
    package let validInterviewerId: String?
    /// `skills` read once for the skill rules, when it is an array (and `parts` asks for it).
    let skillList: SkillList?

    init(object: ObjectView, batchIndex: Int? = nil, skills catalogue: SkillCatalogue, parts: ViewParts) {
        self.object = object
        self.batchIndex = batchIndex
        // One pass over the keys, compared as bytes with the payload level's documented fields.
        let found = PayloadSchema.lastMembers(of: object, at: .payload)
        (interviewerId, status, skills, data) = (found[0], found[1], found[2], found[3])
        if let id = interviewerId?.value, id.isString, !id.isBlankString {
            validInterviewerId = id.stringValue
        } else {
            validInterviewerId = nil
        }
        var candidates: [Candidate] = []
        if let elements = data?.value.arrayElements {
            // Exactly once: growing by doubling would hold a million candidates twice over.
            candidates.reserveCapacity(elements.count)
            for (index, element) in elements.enumerated() {
                if let view = ObjectView(element, location: .candidate(batchIndex: batchIndex, index: index)) {
                    candidates.append(Candidate(object: view, index: index, batchIndex: batchIndex, parts: parts))
                }
            }
        }
        self.candidates = candidates
        skillList = parts.contains(.skillList) ? SkillList(object: object, member: skills, catalogue: catalogue) : nil
        schemaLevels = SchemaWalk.levels(object: object, candidates: candidates)
    }
}
