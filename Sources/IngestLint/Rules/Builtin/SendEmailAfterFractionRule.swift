/// IL401: `sendEmailAfter` is not a whole number of hours (`24.0` is whole). A value out of
/// range is IL400 only.
package struct SendEmailAfterFractionRule: Rule {
    package static let code = "IL401"
    package static let reads: ViewParts = .sendEmailAfter

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let metadata = candidate.metadataObject, let written = candidate.sendEmailAfter else { continue }
            let (member, number, value) = (written.member, written.number, written.hours)
            // Whole-ness is read from the digits: `24.000…001` rounds to the double 24.0.
            guard SendEmailAfterRangeRule.hours.contains(value), !Self.isWholeNumber(number.text) else { continue }
            let lower = Int(value.rounded(.down))
            sink.report(
                Self.finding(
                    Message.default(value: SendEmailAfter.excerpt(number.text), lower: String(lower), upper: String(lower + 1)),
                    range: member.value.range, pointer: metadata.pointer(to: member)))
        }
    }
}

extension SendEmailAfterFractionRule {
    /// Whether the JSON number `text` (`-?int(.frac)?([eE][+-]?exp)?`) is a whole number, decided
    /// exactly on its decimal digits, whatever their count or the exponent.
    static func isWholeNumber(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        var index = 0
        if index < utf8.count, utf8[index] == UInt8(ascii: "-") { index += 1 }
        var digits: [UInt8] = []
        var pointPosition: Int?
        while index < utf8.count, utf8[index] != UInt8(ascii: "e"), utf8[index] != UInt8(ascii: "E") {
            if utf8[index] == UInt8(ascii: ".") { pointPosition = digits.count } else { digits.append(utf8[index]) }
            index += 1
        }
        var exponent = 0
        if index < utf8.count {
            index += 1
            var sign = 1
            if index < utf8.count, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
                if utf8[index] == UInt8(ascii: "-") { sign = -1 }
                index += 1
            }
            // Saturates: any exponent beyond the digit count behaves the same.
            let limit = digits.count + 1
            while index < utf8.count {
                exponent = min(limit, exponent * 10 + Int(utf8[index] &- UInt8(ascii: "0")))
                index += 1
            }
            exponent *= sign
        }
        let point = max(0, min(digits.count, (pointPosition ?? digits.count) + exponent))
        return digits[point...].allSatisfy { $0 == UInt8(ascii: "0") }
    }
}
