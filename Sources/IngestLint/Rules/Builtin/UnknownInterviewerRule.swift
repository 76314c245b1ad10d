/// IL603: an Interviewer registry is configured and `interviewerId` is not in it.
package struct UnknownInterviewerRule: Rule {
    package static let code = "IL603"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        let registry = context.configuration.interviewers
        guard !registry.isEmpty, let id = payload.validInterviewerId, let member = payload.interviewerId,
              context.configuration.interviewer(id) == nil else { return }
        let known = registry.keys.sorted()
        let help = Suggestion.nearest(to: id.trimmingWhitespace, in: known, maximumDistance: 3)
            .map { Message.helpSuggestion(suggestion: $0) }
        sink.report(
            Self.finding(
                Message.default(
                    interviewer: id, interviewers: registry.count == 1 ? "1 Interviewer" : "\(registry.count) Interviewers",
                    file: context.configuration.sourceFile ?? "the configuration"),
                range: member.value.range, pointer: payload.object.pointer(to: member), help: help))
    }
}
