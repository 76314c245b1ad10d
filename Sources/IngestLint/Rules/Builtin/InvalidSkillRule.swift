/// IL502: a skill is not a string, is blank, is longer than 64 characters, or contains a
/// control character.
public struct InvalidSkillRule: Rule {
    public static let code = "IL502"

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let member = payload.skills, let elements = member.value.arrayElements else { return }
        let pointer = payload.object.pointer(to: member)
        for (index, element) in elements.enumerated() {
            let key: String
            if let text = element.stringValue {
                guard let problem = SkillList.problem(in: text) else { continue }
                key = problem
            } else {
                key = "not-string"
            }
            sink.report(
                Self.finding(
                    key, ["found": WrongTypeRule.found(element), "maximum": String(SkillList.maximumLength)],
                    range: element.range, pointer: pointer.appending(index)))
        }
    }
}
