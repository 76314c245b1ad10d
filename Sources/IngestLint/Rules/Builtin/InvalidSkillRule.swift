/// IL502: a skill is not a string, is blank, is longer than 64 characters, or contains a
/// control character.
package struct InvalidSkillRule: Rule {
    package static let code = "IL502"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let member = payload.skills, let elements = member.value.arrayElements else { return }
        let pointer = payload.object.pointer(to: member)
        for (index, element) in elements.enumerated() {
            let message: String
            if let text = element.stringValue {
                // SkillList names the problem by IL502's message key.
                switch SkillList.problem(in: text) {
                case nil: continue
                case "blank": message = Message.blank
                case "too-long": message = Message.tooLong(maximum: String(SkillList.maximumLength))
                default: message = Message.control
                }
            } else {
                message = Message.notString(found: WrongTypeRule.found(element))
            }
            sink.report(
                Self.finding(
                    message,
                    range: element.range, pointer: pointer.appending(index)))
        }
    }
}
