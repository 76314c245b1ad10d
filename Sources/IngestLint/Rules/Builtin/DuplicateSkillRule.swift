/// IL501: a skill repeats after normalisation (`"AWS"` after `"aws"`). The safe fix removes the
/// repeat with the comma before it.
package struct DuplicateSkillRule: Rule {
    package static let code = "IL501"
    package static let reads: ViewParts = .skillList

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let list = payload.skillList else { return }
        for entry in list.entries {
            guard let firstIndex = entry.firstIndex, let text = entry.text, let canonical = entry.canonical else { continue }
            let firstText = list.entries[firstIndex].text
            sink.report(
                Self.finding(
                    firstText == text
                        ? Message.default(skill: text, first: String(firstIndex))
                        : Message.normalized(
                            skill: text, first: String(firstIndex), firstSkill: firstText ?? canonical, canonical: canonical),
                    range: entry.value.range, pointer: list.pointer.appending(entry.index),
                    fix: Fix(
                        description: Message.fix, safety: .safe,
                        edits: [ElementRemoval.edit(removing: entry.index, from: list.elements)]),
                    related: [
                        RelatedFinding(
                            range: list.elements[firstIndex].range, pointer: list.pointer.appending(firstIndex),
                            message: Message.related)
                    ]))
        }
    }
}
