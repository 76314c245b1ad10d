/// IL700 (off unless `max-candidates` is set): `data` holds more candidates than allowed.
package struct TooManyCandidatesRule: Rule {
    package static let code = "IL700"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let maximum = context.configuration.maxCandidates, let data = payload.data,
              let elements = data.value.arrayElements, elements.count > maximum else { return }
        let start = data.value.range.lowerBound
        sink.report(
            Self.finding(
                Message.default(count: String(elements.count), maximum: String(maximum)),
                range: start..<(start + 1), pointer: payload.object.pointer(to: data)))
    }
}
