/// IL208: a custom value in `additionalFields` or `metadata` is an object or an array, which
/// the API stores as opaque text (or drops) instead of a tag it can filter on.
package struct NonScalarCustomFieldRule: Rule {
    package static let code = "IL208"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            for object in SchemaWalk.customFieldObjects(of: candidate) {
                for member in object.effectiveMembers where member.value.type == .object || member.value.type == .array {
                    // `metadata.sendEmailAfter` is documented: its type is IL201's business.
                    if PayloadSchema.documentedLevel(of: member) == .metadata { continue }
                    sink.report(
                        Self.finding(
                            Message.default(key: member.key, type: WrongTypeRule.article(member.value.type)),
                            range: member.value.range, pointer: object.pointer(to: member)))
                }
            }
        }
    }
}
