/// IL301: a valid address with upper-case letters; the API lower-cases it, so what is stored
/// differs from what was written. The safe fix lower-cases it.
package struct EmailNotNormalizedRule: Rule {
    package static let code = "IL301"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let check = candidate.emailCheck, check.isValid else { continue }
            let (member, address) = (check.member, check.address)
            // A valid address has no surrounding white space: normalising only lower-cases it.
            let lowered = check.normalized
            guard lowered != address else { continue }
            sink.report(
                Self.finding(
                    Message.default(address: EmailAddress.shown(address), normalized: EmailAddress.shown(lowered)),
                    range: member.value.range, pointer: candidate.object.pointer(to: member),
                    fix: Fix(
                        description: Message.fix, safety: .safe,
                        edits: [Edit(range: member.value.range, replacement: JSONStringEncoding.quoted(lowered))]),
                    sensitive: EmailAddress.sensitive(address, lowered)))
        }
    }
}
