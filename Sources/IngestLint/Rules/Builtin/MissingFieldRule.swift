/// IL200: a required field (`interviewerId`, `data`; a candidate's `name`, `email`) is absent.
package struct MissingFieldRule: Rule {
    package static let code = "IL200"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        let bareCandidate = payload.data == nil && (payload.object.member("name") != nil || payload.object.member("email") != nil)
        report(in: payload.object, level: .payload, bareCandidate: bareCandidate, sink: &sink)
        for candidate in payload.candidates where candidate.name == nil || candidate.email == nil {
            report(in: candidate.object, level: .candidate, bareCandidate: false, sink: &sink)
        }
    }

    private func report(in object: ObjectView, level: SchemaLevel, bareCandidate: Bool, sink: inout FindingSink) {
        for field in PayloadSchema.fields(at: level) where field.isRequired && object.member(field.name) == nil {
            let start = object.value.range.lowerBound
            sink.report(
                Self.finding(
                    level == .payload ? Message.payload(field: field.name) : Message.candidate(field: field.name),
                    range: start..<(start + 1), pointer: object.pointer,
                    help: bareCandidate ? Message.helpBareCandidate : nil))
        }
    }
}
