/// Where a payload's candidates go (SPEC §1): `shortlisted` skips the application form and goes
/// to the interview lobby; `draft` fills the form and waits for manual shortlisting. Without a
/// `status`, a public Interviewer defaults to `shortlisted` and a private one to `draft`.
struct StatusRouting {
    enum Status: String {
        case shortlisted, draft
    }

    let interviewerId: String
    let interviewerMember: MemberView
    let profile: InterviewerProfile?
    let visibility: Visibility?
    /// The `status` member when it holds a valid value.
    let explicitMember: MemberView?
    /// The status candidates get, or nil when it depends on an unknown visibility.
    let effective: Status?

    var isExplicit: Bool { explicitMember != nil }

    /// Nil when the payload has no valid `interviewerId`, or a `status` that is invalid or of the
    /// wrong type (IL600 / IL201 report those; routing cannot be known).
    init?(payload: Payload, context: LintContext) {
        guard let id = payload.validInterviewerId, let idMember = payload.interviewerId else { return nil }
        interviewerId = id
        interviewerMember = idMember
        (profile, visibility) = context.interviewer(id)
        if let member = payload.status, !member.value.isNull {
            guard let text = member.value.stringValue, let status = Status(rawValue: text) else { return nil }
            explicitMember = member
            effective = status
        } else {
            explicitMember = nil
            switch visibility {
            case .public: effective = .shortlisted
            case .private: effective = .draft
            case nil: effective = nil
            }
        }
    }
}
