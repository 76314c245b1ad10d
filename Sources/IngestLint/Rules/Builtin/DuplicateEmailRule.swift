/// IL302: two candidates of one payload share an e-mail after trimming and lower-casing.
/// Reported at every later occurrence, with the first as the related location.
package struct DuplicateEmailRule: Rule {
    package static let code = "IL302"
    package static let reads: ViewParts = .emailCheck

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        // Positions in `candidates`, not copies of the candidates.
        var first = FirstPositions(expectedCount: payload.candidates.count)
        for (position, candidate) in payload.candidates.enumerated() {
            guard let check = candidate.emailCheck else { continue }
            let (member, address) = (check.member, check.address)
            let normalized = check.normalized
            guard let originalPosition = first.position(of: normalized, orInsert: position) else { continue }
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

/// The first position of each distinct normalised address of a payload. Most payloads hold a
/// few candidates: comparing with each earlier address beats hashing every one of them (a
/// `String` hash normalises non-ASCII text first); a large payload gets a dictionary.
private struct FirstPositions {
    private static let linearLimit = 16
    private var list: [(address: String, position: Int)] = []
    private var dictionary: [String: Int]?

    init(expectedCount: Int) {
        if expectedCount > Self.linearLimit { dictionary = [:] } else { list.reserveCapacity(expectedCount) }
    }

    /// The first position of `address`, or nil after recording `position` as its first.
    mutating func position(of address: String, orInsert position: Int) -> Int? {
        if dictionary != nil {
            if let first = dictionary?[address] { return first }
            dictionary?[address] = position
            return nil
        }
        if let earlier = list.first(where: { $0.address == address }) { return earlier.position }
        list.append((address, position))
        return nil
    }
}
