/// IL203: `data` is an empty array, so the payload ingests nobody.
package struct EmptyDataRule: Rule {
    package static let code = "IL203"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let data = payload.data, let elements = data.value.arrayElements, elements.isEmpty else { return }
        sink.report(Self.finding(Message.default, range: data.value.range, pointer: payload.object.pointer(to: data)))
    }
}
