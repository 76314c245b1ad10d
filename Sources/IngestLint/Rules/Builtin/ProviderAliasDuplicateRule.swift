/// IL306 (off by default): two different addresses of one payload reach the same mailbox under
/// provider rules (Gmail ignores dots and `+tags`; `googlemail.com` is `gmail.com`). Addresses
/// that are equal after normalisation are IL302 instead.
package struct ProviderAliasDuplicateRule: Rule {
    package static let code = "IL306"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        var first: [String: (candidate: Candidate, normalized: String)] = [:]
        for candidate in payload.candidates {
            guard let check = candidate.emailCheck, check.isValid else { continue }
            let (member, address) = (check.member, check.address)
            let mailbox = EmailAddress.mailbox(of: address)
            let normalized = check.normalized
            guard let original = first[mailbox] else {
                first[mailbox] = (candidate, normalized)
                continue
            }
            if original.normalized == normalized { continue }
            sink.report(
                Self.finding(
                    Message.default(
                        address: EmailAddress.shown(address), other: EmailAddress.shown(original.normalized), mailbox: mailbox),
                    range: member.value.range, pointer: candidate.object.pointer(to: member),
                    related: original.candidate.emailRelated(Message.related),
                    sensitive: EmailAddress.sensitive(address, original.normalized, mailbox)))
        }
    }
}
