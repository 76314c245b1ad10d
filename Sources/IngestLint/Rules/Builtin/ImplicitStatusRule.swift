/// IL602: `status` is omitted and the Interviewer's visibility is unknown (not in the registry
/// and no `default-visibility`), so where candidates go depends on a dashboard setting.
package struct ImplicitStatusRule: Rule {
    package static let code = "IL602"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let routing = StatusRouting(payload: payload, context: context), !routing.isExplicit,
              routing.effective == nil else { return }
        let start = payload.object.value.range.lowerBound
        sink.report(
            Self.finding(
                Message.default(interviewer: routing.interviewerId), range: start..<(start + 1), pointer: payload.object.pointer,
                help: Message.help))
    }
}
