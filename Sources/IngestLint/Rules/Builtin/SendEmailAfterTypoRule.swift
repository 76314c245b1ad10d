/// IL402: a key of a candidate's `metadata` that is `sendEmailAfter` misspelt — equal ignoring
/// case and separators, or within two edits — so the API never sees the delay. Its own rule,
/// not IL205, because `metadata` keys are otherwise free (SPEC §4); see its docs in `rules/`.
///
/// As IL205's, the rename fix is unsafe and withheld when it would create a duplicate key.
package struct SendEmailAfterTypoRule: Rule {
    package static let code = "IL402"
    static let key = "sendEmailAfter"
    private static let folded = fold(key)

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) where level.level == .metadata {
            let misspelt = level.object.effectiveMembers.filter { Self.isMisspelling($0.key) }
            for member in misspelt {
                let rivals = misspelt.filter { $0.key != member.key }.map(\.key)
                let help: String
                var fix: Fix?
                if level.object.member(Self.key) != nil {
                    help = Message.helpConflictExisting
                } else if !rivals.isEmpty {
                    help = Message.helpConflictRename(others: UnknownFieldRule.list(rivals))
                } else {
                    help = Message.helpSuggestion
                    fix = Fix(
                        description: Message.fix(key: member.key), safety: .unsafe,
                        edits: [Edit(range: member.keyRange, replacement: JSONStringEncoding.quoted(Self.key))])
                }
                sink.report(
                    Self.finding(Message.default(key: member.key), range: member.keyRange, pointer: level.object.pointer(to: member), help: help, fix: fix))
            }
        }
    }

    /// Not the key itself, but the same without case and separators, or two edits from it.
    static func isMisspelling(_ candidate: String) -> Bool {
        guard candidate != key else { return false }
        let folded = fold(candidate)
        return folded == Self.folded || Suggestion.editDistance(folded, Self.folded, limit: 2) <= 2
    }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !["-", "_", ".", " "].contains($0) })
    }
}
