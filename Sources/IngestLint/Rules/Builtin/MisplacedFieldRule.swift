/// IL206: a documented field at the wrong level, such as `skills` on a candidate (the vendor's
/// own example does this) or `sendEmailAfter` outside `metadata`. Its value is not checked further.
package struct MisplacedFieldRule: Rule {
    package static let code = "IL206"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        let object = payload.object
        let isBareCandidate = payload.data == nil && (object.member("name") != nil || object.member("email") != nil)
        for level in SchemaWalk.levels(of: payload) where level.level != .metadata {
            for member in level.object.effectiveMembers {
                guard let home = PayloadSchema.documentedLevel(of: member), home != level.level else { continue }
                let help = isBareCandidate && level.level == .payload && home == .candidate
                    ? Message.helpBareCandidate
                    : Self.help(moving: member.key, to: home)
                sink.report(
                    Self.finding(
                        Message.default(key: member.key, home: home.phrase, level: level.level.phrase),
                        range: member.keyRange, pointer: level.object.pointer(to: member), help: help))
            }
        }
        // `sendEmailAfter` among the custom tags: the API only reads it from `metadata`.
        for candidate in payload.candidates {
            guard let tags = candidate.additionalFieldsObject, let member = tags.member("sendEmailAfter") else { continue }
            sink.report(
                Self.finding(
                    Message.default(key: member.key, home: SchemaLevel.metadata.phrase, level: "additionalFields"),
                    range: member.keyRange, pointer: tags.pointer(to: member),
                    help: Message.helpMetadata(key: member.key)))
        }
    }

    /// The help line for moving `key` to the level it belongs to.
    static func help(moving key: String, to home: SchemaLevel) -> String {
        switch home {
        case .payload: Message.helpPayload(key: key)
        case .candidate: Message.helpCandidate(key: key)
        case .metadata: Message.helpMetadata(key: key)
        }
    }
}
