/// IL305: the domain of a valid address is reserved for testing or documentation, so no
/// invitation sent there can arrive.
package struct ReservedEmailDomainRule: Rule {
    package static let code = "IL305"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let check = candidate.emailCheck, check.isValid, let domain = check.domain,
                  let reserved = context.emailDomains.reservedMatch(for: domain) else { continue }
            sink.report(
                Self.finding(
                    domain == reserved ? Message.default(domain: domain) : Message.under(domain: domain, reserved: reserved),
                    range: check.member.value.range, pointer: candidate.object.pointer(to: check.member)))
        }
    }
}
