/// IL600: `status` is neither `shortlisted` nor `draft`. Case and white-space variants get a
/// safe fix; near misses get a suggestion.
package struct InvalidStatusRule: Rule {
    package static let code = "IL600"
    package static let values = ["shortlisted", "draft"]

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let member = payload.status, let status = member.value.stringValue, !Self.values.contains(status) else { return }
        let pointer = payload.object.pointer(to: member)
        let folded = status.trimmingWhitespace.lowercased()
        if Self.values.contains(folded) {
            sink.report(
                Self.finding(
                    Message.variant(status: status, suggestion: folded), range: member.value.range, pointer: pointer,
                    fix: Fix(
                        description: Message.fix(suggestion: folded), safety: .safe,
                        edits: [Edit(range: member.value.range, replacement: JSONStringEncoding.quoted(folded))])))
            return
        }
        let help = Suggestion.nearest(to: folded, in: Self.values, maximumDistance: 3)
            .map { Message.helpSuggestion(suggestion: $0) }
        sink.report(Self.finding(Message.default(status: status), range: member.value.range, pointer: pointer, help: help))
    }
}
