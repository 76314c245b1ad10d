/// IL302: two candidates of one payload share an e-mail after trimming and lower-casing.
/// Reported at every later occurrence, with the first as the related location.
package struct DuplicateEmailRule: Rule {
    package static let code = "IL302"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        // Positions in `candidates`, not copies of the candidates.
        var first = FirstOccurrences<String>(expectedCount: payload.candidates.count)
        for (position, candidate) in payload.candidates.enumerated() {
            guard let check = candidate.emailCheck else { continue }
            let (member, address) = (check.member, check.address)
            let normalized = check.normalized
            guard let originalPosition = first.first(of: normalized, orInsert: position) else { continue }
            let original = payload.candidates[originalPosition]
            sink.report(
                Self.finding(
                    Message.default(address: EmailAddress.shown(normalized), index: String(original.index)),
                    range: member.value.range, pointer: candidate.object.pointer(to: member),
                    related: original.emailRelated(Message.related),
                    sensitive: EmailAddress.sensitive(address, normalized)))
        }
    }
}

extension Candidate {
    /// This candidate's e-mail value as the related location of a duplicate.
    func emailRelated(_ message: String) -> [RelatedFinding] {
        guard let member = emailCheck?.member else { return [] }
        return [RelatedFinding(range: member.value.range, pointer: object.pointer(to: member), message: message)]
    }
}
