/// IL205: a key the schema does not know at the payload or candidate level. Keys inside
/// `additionalFields` and `metadata` are free-form and never reported.
///
/// The rename fix is offered only when it cannot create a duplicate key (SPEC §10): not when
/// the suggested key is already in the object, and not when another unknown key of the same
/// object would be renamed to it too (`e-mail`, `mail` and `emails` all suggest `email`) — of
/// conflicting renames, none is offered, and the help line says why.
package struct UnknownFieldRule: Rule {
    package static let code = "IL205"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) where level.level != .metadata {
            // Not documented at any level (a field of another level is IL206's).
            let unknown = level.object.effectiveMembers.filter { PayloadSchema.documentedLevel(of: $0) == nil }
            if unknown.isEmpty { continue }
            let known = PayloadSchema.fields(at: level.level).map(\.name)
            let suggestions = unknown.map { Suggestion.nearest(to: $0.key, in: known) }
            for (member, suggestion) in zip(unknown, suggestions) {
                let message = Message.default(key: member.key, level: level.level.phrase)
                let pointer = level.object.pointer(to: member)
                guard let suggestion else {
                    sink.report(Self.finding(message, range: member.keyRange, pointer: pointer))
                    continue
                }
                let rivals = zip(unknown, suggestions).filter { $0.1 == suggestion && $0.0.key != member.key }.map(\.0.key)
                let help: String
                var fix: Fix?
                if level.object.member(suggestion) != nil {
                    help = Message.helpConflictExisting(suggestion: suggestion)
                } else if !rivals.isEmpty {
                    help = Message.helpConflictRename(suggestion: suggestion, others: Self.list(rivals))
                } else {
                    help = Message.helpSuggestion(suggestion: suggestion)
                    fix = Fix(
                        description: Message.fix(key: member.key, suggestion: suggestion),
                        safety: .unsafe,
                        edits: [Edit(range: member.keyRange, replacement: JSONStringEncoding.quoted(suggestion))])
                }
                sink.report(Self.finding(message, range: member.keyRange, pointer: pointer, help: help, fix: fix))
            }
        }
    }

    /// `'mail'`, `'mail' and 'emails'`, `'a', 'b' and 'c'`.
    static func list(_ keys: [String]) -> String {
        let quoted = keys.map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        return quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " and " + last
    }
}
