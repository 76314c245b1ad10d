/// IL201: a documented field holds the wrong JSON type, or an element of `data` is not an object.
/// `null` in a required field is IL201; in an optional one it is IL204.
package struct WrongTypeRule: Rule {
    package static let code = "IL201"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for level in SchemaWalk.levels(of: payload) {
            for member in level.object.effectiveMembers {
                guard let field = PayloadSchema.field(of: member, at: level.level) else { continue }
                let value = member.value
                if value.type == field.type || (value.isNull && !field.isRequired) { continue }
                sink.report(
                    Self.finding(
                        Message.default(field: member.key, expected: Self.article(field.type), found: Self.found(value)),
                        range: value.range, pointer: level.object.pointer(to: member),
                        fix: Self.numericStringFix(value, expected: field.type),
                        sensitive: field.name == "name" || field.name == "email" ? Self.sensitive(value) : []))
            }
        }
        if let data = payload.data, let elements = data.value.arrayElements {
            let pointer = payload.object.pointer(to: data)
            for (index, element) in elements.enumerated() where element.type != .object {
                sink.report(
                    Self.finding(
                        Message.candidate(index: String(index), found: Self.found(element)),
                        range: element.range, pointer: pointer.appending(index), sensitive: Self.sensitive(element)))
            }
        }
    }

    /// A string quoted in the message where a name, an address or a candidate belongs is
    /// probably candidate data.
    static func sensitive(_ value: ValueView) -> [SensitiveValue] {
        guard let text = value.stringValue else { return [] }
        let shown = text.count > 40 ? String(text.prefix(40)) : text
        return [SensitiveValue(shown, kind: text.contains("@") ? .email : .name)]
    }

    static func article(_ type: JSONType) -> String {
        switch type {
        case .object, .array: "an \(type.rawValue)"
        case .null: "null"
        default: "a \(type.rawValue)"
        }
    }

    static func found(_ value: ValueView) -> String {
        if let text = value.stringValue {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "the string \(JSONStringEncoding.quoted(shown))"
        }
        if let number = value.numberValue { return "the number \(number.text)" }
        if let flag = value.boolValue { return "\(flag)" }
        switch value.type {
        case .object: return "an object"
        case .array: return "an array"
        default: return "null"
        }
    }

    /// `"24"` where a number belongs: unsafe, since the writer may have meant something else.
    static func numericStringFix(_ value: ValueView, expected: JSONType) -> Fix? {
        guard expected == .number, let text = value.stringValue else { return nil }
        let trimmed = text.trimmingWhitespace
        let bytes = Array(trimmed.utf8)
        guard !bytes.isEmpty, JSONParser.isNumber(bytes) else { return nil }
        return Fix(
            description: Message.fix(number: trimmed), safety: .unsafe,
            edits: [Edit(range: value.range, replacement: trimmed)])
    }
}
