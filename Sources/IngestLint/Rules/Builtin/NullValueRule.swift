/// IL204: an optional documented field is `null`; omitting it says the same without ambiguity.
package struct NullValueRule: Rule {
    package static let code = "IL204"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) {
            for (index, member) in level.object.members.enumerated() where member.value.isNull {
                guard let field = PayloadSchema.field(of: member, at: level.level), !field.isRequired else { continue }
                // A null is rare: only then are the members gathered, for neighbours and the fix.
                let members = Array(level.object.members)
                // Only the value the API keeps: a repeated key's last occurrence.
                guard !members[(index + 1)...].contains(where: { $0.hasSameKey(as: member) }) else { continue }
                // Deleting it would bring an earlier occurrence back to life: no fix then.
                let isRepeated = members[..<index].contains { $0.hasSameKey(as: member) }
                let fix = isRepeated
                    ? nil
                    : Fix(
                        description: Message.fix(field: member.key), safety: .safe,
                        edits: [MemberRemoval.edit(removing: index, from: members)])
                sink.report(
                    Self.finding(
                        Message.default(field: member.key), range: member.value.range, pointer: level.object.pointer(to: member),
                        fix: fix))
            }
        }
    }
}
