import Foundation

/// A declarative check from the configuration's `custom-rules` (SPEC §7), reported as
/// `custom/<id>` through the same engine as the built-in rules.
package struct CustomRule: Sendable {
    package enum Target: String, Sendable, CaseIterable {
        case payload, candidate
    }

    package enum ValueType: String, Sendable, CaseIterable {
        case string, number, integer, boolean, object, array
    }

    /// A value of `enum`, compared with the JSON value (numbers by value).
    package enum Allowed: Sendable, Equatable, CustomStringConvertible {
        case string(String)
        case number(Double)
        case boolean(Bool)
        case null

        package var description: String {
            switch self {
            case .string(let text): JSONStringEncoding.quoted(text)
            case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            case .boolean(let flag): String(flag)
            case .null: "null"
            }
        }
    }

    package let id: String
    package var target: Target
    /// The field as written in the configuration (for messages).
    package var field: String
    /// The field's JSON Pointer tokens, unescaped, relative to the target.
    package var path: [String]
    package var isRequired = false
    package var type: ValueType?
    /// Searched in string values, as JSON Schema's `pattern` (anchor it with `^…$`).
    package var pattern: NSRegularExpression?
    package var allowed: [Allowed]?
    package var minimum: Double?
    package var maximum: Double?
    package var minimumLength: Int?
    package var maximumLength: Int?
    /// Its severity when it runs (`warning` unless written).
    package var severity: Severity = .warning
    /// False when written `severity: off`: kept, and run only when selected by name or `all`.
    package var isEnabledByDefault = true
    package var message: String?
    /// The line of the configuration where it starts, for `ingestlint explain`.
    package var line: Int?

    package init(id: String, target: Target, field: String) {
        self.id = id
        self.target = target
        self.field = field
        self.path = Self.tokens(of: field)
    }

    package var code: String { "custom/" + id }

    /// `metadata/External ID` and `/metadata/External ID` alike; `~1` is `/`, `~0` is `~`.
    package static func tokens(of field: String) -> [String] {
        let trimmed = field.hasPrefix("/") ? String(field.dropFirst()) : field
        guard !trimmed.isEmpty else { return [] }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// Checks the payload or each of its candidates; `id` is this rule's in the `RuleTable`.
    func check(_ payload: Payload, id: RuleID, sink: inout FindingSink) {
        switch target {
        case .payload:
            check(payload.object, id: id, sink: &sink)
        case .candidate:
            for candidate in payload.candidates { check(candidate.object, id: id, sink: &sink) }
        }
    }

    private func check(_ object: ObjectView, id: RuleID, sink: inout FindingSink) {
        var current = object.value
        for token in path {
            let next: ValueView?
            if let members = current.objectMembers {
                next = members.reduce(nil) { last, member in member.hasKey(token) ? member.value : last }
            } else if let elements = current.arrayElements, let index = Int(token), index >= 0, String(index) == token {
                next = elements.dropFirst(index).first { _ in true }
            } else {
                next = nil
            }
            guard let next else {
                if isRequired {
                    let start = object.value.range.lowerBound
                    report("is required but missing", range: start..<(start + 1), pointer: object.pointer, id: id, sink: &sink)
                }
                return
            }
            current = next
        }
        if let problem = problem(with: current) {
            // The value was reached through every token: its pointer is the object's and the path.
            let pointer = path.reduce(object.pointer) { $0.appending($1) }
            report(problem, range: current.range, pointer: pointer, quoting: current, id: id, sink: &sink)
        }
    }

    /// What is wrong with the value, in words, or nil.
    func problem(with value: ValueView) -> String? {
        if let type, !matches(value, type) {
            let expected = type == .integer ? "an integer" : WrongTypeRule.article(type == .boolean ? .boolean : JSONType(rawValue: type.rawValue) ?? .null)
            return "must be \(expected), found \(WrongTypeRule.found(value))"
        }
        if let allowed, !allowed.contains(where: { equals(value, $0) }) {
            return "must be one of \(allowed.map(\.description).joined(separator: ", ")), found \(WrongTypeRule.found(value))"
        }
        if let number = value.numberValue {
            // The number as written (`101`, not `101.0`), cut when it is huge.
            let found = SendEmailAfter.excerpt(number.text)
            if let minimum, number.doubleValue < minimum { return "must be at least \(Allowed.number(minimum)), found \(found)" }
            if let maximum, number.doubleValue > maximum { return "must be at most \(Allowed.number(maximum)), found \(found)" }
        }
        let length = value.stringValue.map(\.count) ?? value.arrayElements?.count
        if let length {
            if let minimumLength, length < minimumLength { return "is shorter than \(minimumLength) (\(length))" }
            if let maximumLength, length > maximumLength { return "is longer than \(maximumLength) (\(length))" }
        }
        if let pattern, let text = value.stringValue,
           pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            return "does not match \(pattern.pattern)"
        }
        return nil
    }

    private func matches(_ value: ValueView, _ type: ValueType) -> Bool {
        switch type {
        case .string: value.type == .string
        case .number: value.type == .number
        case .boolean: value.type == .boolean
        case .object: value.type == .object
        case .array: value.type == .array
        case .integer:
            value.numberValue.map { $0.doubleValue.rounded() == $0.doubleValue && $0.doubleValue.isFinite } ?? false
        }
    }

    private func equals(_ value: ValueView, _ allowed: Allowed) -> Bool {
        switch allowed {
        case .string(let expected): value.isString(expected)
        case .number(let expected): value.numberValue?.doubleValue == expected
        case .boolean(let expected): value.boolValue == expected
        case .null: value.isNull
        }
    }

    /// A problem may quote the value (`found the string "grace@navy.mil"`): whatever field a
    /// custom rule checks, a quoted string can be candidate data, so it is marked for
    /// `--redact` — as an e-mail when it has an `@`, else as a name.
    private func report(
        _ problem: String, range: Range<Int>, pointer: JSONPointer, quoting value: ValueView? = nil,
        id: RuleID, sink: inout FindingSink
    ) {
        let text = message.map { Self.fill($0, field: field, problem: problem) } ?? "\(field) \(problem)"
        sink.report(Finding(
            rule: id, message: text, range: range, pointer: pointer,
            help: message == nil ? nil : "\(field) \(problem)",
            sensitive: value.map(WrongTypeRule.sensitive) ?? []))
    }

    /// What a custom rule's `message` may name: `{field}` (the field as written) and
    /// `{problem}` (what is wrong with it, as the help line says).
    package static let messagePlaceholders = ["field", "problem"]

    /// Why `message` cannot be a custom rule's message (a placeholder it does not know), if it
    /// cannot; the configuration refuses such a rule when it loads.
    package static func placeholderProblem(in message: String) -> String? {
        let unknown = MessageTemplate(message).placeholders.filter { !messagePlaceholders.contains($0) }
        guard let first = unknown.first else { return nil }
        return "'{\(first)}' is not a placeholder a custom rule's message may use (it may use {field} and {problem})"
    }

    /// `message` with its placeholders filled; the configuration checked them when it loaded.
    static func fill(_ message: String, field: String, problem: String) -> String {
        MessageTemplate(message).segments.map { segment in
            switch segment {
            case .text(let text): text
            case .placeholder("field"): field
            case .placeholder("problem"): problem
            case .placeholder(let name): "{\(name)}"
            }
        }.joined()
    }
}
