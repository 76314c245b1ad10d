/// IL205: a key the schema does not know at the payload or candidate level. Keys inside
/// `additionalFields` and `metadata` are free-form and never reported.
public struct UnknownFieldRule: Rule {
    public static let code = "IL205"

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) where level.level != .metadata {
            let known = PayloadSchema.fields(at: level.level).map(\.name)
            for member in level.object.effectiveMembers {
                guard !known.contains(member.key), PayloadSchema.documentedLevel(of: member.key) == nil else { continue }
                let arguments = ["key": member.key, "level": level.level.phrase]
                guard let suggestion = Suggestion.nearest(to: member.key, in: known) else {
                    sink.report(Self.finding(arguments, range: member.keyRange, pointer: level.object.pointer(to: member)))
                    continue
                }
                // Renaming onto a key that is already there would create a duplicate.
                let fix = level.object.member(suggestion) == nil
                    ? Fix(
                        description: Self.description.message("fix", ["key": member.key, "suggestion": suggestion]),
                        safety: .unsafe,
                        edits: [Edit(range: member.keyRange, replacement: JSONStringEncoding.quoted(suggestion))])
                    : nil
                sink.report(
                    Self.finding(
                        arguments, range: member.keyRange, pointer: level.object.pointer(to: member),
                        help: Self.description.message("help-suggestion", ["suggestion": suggestion]), fix: fix))
            }
        }
    }
}
