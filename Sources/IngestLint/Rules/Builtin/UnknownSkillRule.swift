/// IL503 (off by default): a skill that is not in the catalogue, with the nearest entry.
package struct UnknownSkillRule: Rule {
    package static let code = "IL503"
    package static let reads: ViewParts = .skillList

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let list = payload.skillList else { return }
        for entry in list.entries {
            guard let text = entry.text, let canonical = entry.canonical, entry.firstIndex == nil,
                  !context.skills.isKnown(canonical) else { continue }
            let help = context.skills.nearest(to: canonical).map {
                Message.helpSuggestion(suggestion: $0)
            }
            sink.report(
                Self.finding(
                    Message.default(skill: text), range: entry.value.range, pointer: list.pointer.appending(entry.index), help: help))
        }
    }
}
