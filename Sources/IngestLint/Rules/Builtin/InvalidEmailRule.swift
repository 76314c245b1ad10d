/// IL300: a candidate's e-mail breaks the address policy (SPEC §5). When the only problem is
/// wrapping — white space, `mailto:`, `Name <addr>` — the safe fix keeps just the address.
package struct InvalidEmailRule: Rule {
    package static let code = "IL300"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let check = candidate.emailCheck, let failure = check.failure else { continue }
            let (member, address) = (check.member, check.address)
            let fix = failure.unwrapped.map { inner in
                Fix(
                    description: Message.fix(address: inner), safety: .safe,
                    edits: [Edit(range: member.value.range, replacement: JSONStringEncoding.quoted(inner))])
            }
            sink.report(
                Self.finding(
                    Message.default(address: EmailAddress.shown(address), reason: failure.reason),
                    range: member.value.range, pointer: candidate.object.pointer(to: member), fix: fix,
                    sensitive: EmailAddress.sensitive(address, failure.unwrapped)))
        }
    }
}

extension EmailAddress {
    /// The addresses a finding quotes, for `--redact`.
    static func sensitive(_ addresses: String?...) -> [SensitiveValue] {
        addresses.compactMap { $0 }.map { SensitiveValue($0, kind: .email) }
    }

    /// An address as quoted in a message: cut when absurdly long.
    static func shown(_ address: String) -> String {
        address.count > 80 ? String(address.prefix(80)) + "…" : address
    }
}
