/// IL204: an optional documented field is `null`; omitting it says the same without ambiguity.
public struct NullValueRule: Rule {
    public static let code = "IL204"

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) {
            let members = level.object.members
            for (index, member) in members.enumerated() where member.value.isNull {
                guard let field = PayloadSchema.field(member.key, at: level.level), !field.isRequired else { continue }
                // Only the value the API keeps: a repeated key's last occurrence.
                guard !members[(index + 1)...].contains(where: { $0.key == member.key }) else { continue }
                // Deleting it would bring an earlier occurrence back to life: no fix then.
                let isRepeated = members[..<index].contains { $0.key == member.key }
                let fix = isRepeated
                    ? nil
                    : Fix(
                        description: Self.description.message("fix", ["field": member.key]), safety: .safe,
                        edits: [MemberRemoval.edit(removing: index, from: members)])
                sink.report(
                    Self.finding(
                        ["field": member.key], range: member.value.range, pointer: level.object.pointer(to: member),
                        fix: fix))
            }
        }
    }
}
