/// IL203: `data` is an empty array, so the payload ingests nobody.
public struct EmptyDataRule: Rule {
    public static let code = "IL203"

    public func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let data = payload.data, let elements = data.value.arrayElements, elements.isEmpty else { return }
        sink.report(Self.finding(Message.default, range: data.value.range, pointer: payload.object.pointer(to: data)))
    }
}
