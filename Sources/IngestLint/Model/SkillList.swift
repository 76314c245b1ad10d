/// The payload-level `skills` array, read once for the skill rules.
struct SkillList {
    struct Entry {
        let value: ValueView
        let index: Int
        /// The string, when the element is a usable skill (a non-blank string within limits).
        let text: String?
        let canonical: String?
        /// The index of the first element with the same canonical form, when this is a repeat.
        let firstIndex: Int?
    }

    static let maximumLength = 64

    let member: MemberView
    /// The payload object the list belongs to.
    let object: ObjectView
    let elements: [ValueView]
    let entries: [Entry]

    /// Built once per payload for IL500, IL501 and IL503.
    init?(object: ObjectView, member: MemberView?, catalogue: SkillCatalogue) {
        guard let member, let elements = member.value.arrayElements.map(Array.init) else { return nil }
        self.member = member
        self.object = object
        self.elements = elements
        var first = FirstOccurrences<String>(expectedCount: elements.count)
        var entries: [Entry] = []
        entries.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue, Self.problem(in: text) == nil else {
                entries.append(Entry(value: element, index: index, text: nil, canonical: nil, firstIndex: nil))
                continue
            }
            let canonical = catalogue.canonical(text)
            let firstIndex = first.first(of: canonical, orInsert: index)
            entries.append(Entry(value: element, index: index, text: text, canonical: canonical, firstIndex: firstIndex))
        }
        self.entries = entries
    }

    /// `/skills`; built only for a finding.
    var pointer: JSONPointer { object.pointer(to: member) }

    /// Why a string is not a usable skill (the message key of IL502), if it is not.
    static func problem(in text: String) -> String? {
        if text.isBlank { return "blank" }
        if text.unicodeScalars.contains(where: { $0.isControl }) { return "control" }
        // No more bytes than the limit means no more characters: the count is needed only past it.
        if text.utf8.count > maximumLength, text.count > maximumLength { return "too-long" }
        return nil
    }
}
