/// IL400: `metadata.sendEmailAfter` is below 1 or above 96 hours.
public struct SendEmailAfterRangeRule: Rule {
    public static let code = "IL400"
    public static let hours = 1.0...96.0

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for (_, metadata, member, number) in SendEmailAfter.values(in: payload) {
            let value = number.doubleValue
            guard !Self.hours.contains(value) else { continue }
            sink.report(
                Self.finding(
                    value < Self.hours.lowerBound ? "below" : "above", ["value": number.text],
                    range: member.value.range, pointer: metadata.pointer(to: member)))
        }
    }
}

/// The numeric `metadata.sendEmailAfter` values of a payload's candidates.
enum SendEmailAfter {
    static func values(in payload: Payload) -> [(Candidate, ObjectView, JSONMember, JSONNumber)] {
        payload.candidates.compactMap { candidate in
            guard let metadata = candidate.metadataObject, let member = metadata.member("sendEmailAfter"),
                  let number = member.value.numberValue else { return nil }
            return (candidate, metadata, member, number)
        }
    }
}
