/// IL304: the domain of a valid address is probably a misspelt mailbox provider
/// (`gmial.com`) or top-level domain (`hotmail.con`).
package struct EmailDomainTypoRule: Rule {
    package static let code = "IL304"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let check = candidate.emailCheck, check.isValid, let domain = check.domain,
                  let suggestion = context.typoSuggestion(for: domain) else { continue }
            sink.report(
                Self.finding(
                    Message.default(domain: domain, suggestion: suggestion),
                    range: check.member.value.range, pointer: candidate.object.pointer(to: check.member),
                    help: Message.help(suggestion: suggestion)))
        }
    }
}
