/// IL400: `metadata.sendEmailAfter` is below 1 or above 96 hours.
package struct SendEmailAfterRangeRule: Rule {
    package static let code = "IL400"
    package static let reads: ViewParts = .sendEmailAfter
    package static let hours = 1.0...96.0

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let metadata = candidate.metadataObject, let written = candidate.sendEmailAfter else { continue }
            let (member, number, value) = (written.member, written.number, written.hours)
            guard !Self.hours.contains(value) else { continue }
            sink.report(
                Self.finding(
                    value < Self.hours.lowerBound
                        ? Message.below(value: SendEmailAfter.excerpt(number.text))
                        : Message.above(value: SendEmailAfter.excerpt(number.text)),
                    range: member.value.range, pointer: metadata.pointer(to: member)))
        }
    }
}

/// How `sendEmailAfter` values are quoted.
enum SendEmailAfter {
    /// The number as quoted in a message: a hostile 10,000-digit number is cut to its first and
    /// last digits, so the report stays small.
    static func excerpt(_ text: String) -> String {
        guard text.utf8.count > 40 else { return text }
        return "\(text.prefix(20))…\(text.suffix(8)) (\(text.utf8.count) characters)"
    }
}
