/// IL209 (off by default): a custom field holds `"true"`, `"false"` or a number as a string.
/// A string that JSON would not read as a number (`"007"`, `"+33 6…"`) is an identifier, not a
/// stringly-typed number, and is left alone.
package struct StringlyTypedValueRule: Rule {
    package static let code = "IL209"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            for object in SchemaWalk.customFieldObjects(of: candidate) {
                for member in object.effectiveMembers {
                    guard member.value.mayBeStringlyTyped, let text = member.value.stringValue,
                          PayloadSchema.documentedLevel(of: member) != .metadata else { continue }
                    let message: String
                    if text == "true" || text == "false" {
                        message = Message.boolean(key: member.key, value: text)
                    } else if Self.isJSONNumber(text) {
                        message = Message.number(key: member.key, value: text)
                    } else {
                        continue
                    }
                    sink.report(
                        Self.finding(
                            message,
                            range: member.value.range, pointer: object.pointer(to: member)))
                }
            }
        }
    }

    static func isJSONNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return JSONParser.isNumber(bytes) && !bytes.contains(0x20)
    }
}
