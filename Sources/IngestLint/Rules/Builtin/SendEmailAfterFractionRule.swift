/// IL401: `sendEmailAfter` is not a whole number of hours (`24.0` is whole). A value out of
/// range is IL400 only.
public struct SendEmailAfterFractionRule: Rule {
    public static let code = "IL401"

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for (_, metadata, member, number) in SendEmailAfter.values(in: payload) {
            let value = number.doubleValue
            guard SendEmailAfterRangeRule.hours.contains(value), value.rounded() != value else { continue }
            sink.report(
                Self.finding(
                    ["value": number.text, "lower": String(Int(value.rounded(.down))), "upper": String(Int(value.rounded(.up)))],
                    range: member.value.range, pointer: metadata.pointer(to: member)))
        }
    }
}
