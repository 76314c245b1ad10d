/// IL202: `interviewerId`, `name` or `email` is empty or only whitespace.
package struct BlankValueRule: Rule {
    package static let code = "IL202"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        report(payload.interviewerId, in: payload.object, sink: &sink)
        for candidate in payload.candidates {
            report(candidate.name, in: candidate.object, sink: &sink)
            report(candidate.email, in: candidate.object, sink: &sink)
        }
    }

    private func report(_ member: MemberView?, in object: ObjectView, sink: inout FindingSink) {
        guard let member, member.value.isBlankString else { return }
        sink.report(
            Self.finding(
                member.value.stringValue?.isEmpty == true ? Message.empty(field: member.key) : Message.whitespace(field: member.key),
                range: member.value.range, pointer: object.pointer(to: member)))
    }
}
