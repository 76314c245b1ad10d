/// IL601: candidates go straight to the interview lobby (`shortlisted`, written or defaulted
/// from a public Interviewer) but the Interviewer's profile has resume screening or screening
/// questions enabled, which the lobby requires to be disabled.
package struct ShortlistedWithScreeningRule: Rule {
    package static let code = "IL601"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let routing = StatusRouting(payload: payload, context: context), routing.effective == .shortlisted,
              let profile = routing.profile else { return }
        var settings: [String] = []
        if profile.resumeScreening == true { settings.append("resume-screening") }
        if profile.screeningQuestions == true { settings.append("screening-questions") }
        guard !settings.isEmpty else { return }
        let name = profile.name.map { "'\($0)' (\(routing.interviewerId))" } ?? routing.interviewerId
        let listed = settings.joined(separator: " and ")
        if let status = routing.explicitMember {
            sink.report(
                Self.finding(
                    Message.explicit(interviewer: name, settings: listed), range: status.value.range, pointer: payload.object.pointer(to: status),
                    help: Message.helpExplicit))
        } else {
            sink.report(
                Self.finding(
                    Message.defaulted(interviewer: name, settings: listed), range: routing.interviewerMember.value.range,
                    pointer: payload.object.pointer(to: routing.interviewerMember),
                    help: Message.helpDefaulted))
        }
    }
}
