/// IL500: a skill differs from its canonical form — case, white space, or a catalogue alias
/// (`Node.js` → `nodejs`). Independent of IL501: a repeat in another form gets both (SPEC §4).
package struct SkillNotNormalizedRule: Rule {
    package static let code = "IL500"
    package static let reads: ViewParts = .skillList

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let list = payload.skillList else { return }
        for entry in list.entries {
            guard let text = entry.text, let canonical = entry.canonical, text != canonical
            else { continue }
            let isAlias = SkillCatalogue.textForm(text) != canonical
            sink.report(
                Self.finding(
                    isAlias ? Message.alias(skill: text, canonical: canonical) : Message.default(skill: text, canonical: canonical),
                    range: entry.value.range, pointer: list.pointer.appending(entry.index),
                    fix: Fix(
                        description: Message.fix(canonical: canonical), safety: .safe,
                        edits: [Edit(range: entry.value.range, replacement: JSONStringEncoding.quoted(canonical))])))
        }
    }
}
