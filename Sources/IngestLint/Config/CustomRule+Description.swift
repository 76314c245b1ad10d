/// A custom rule as `ingestlint rules` lists it and `ingestlint explain custom/ID` shows it.
extension CustomRule {
    /// Its `message`, else what it checks in words (`metadata/ats: required, a string`).
    package var summary: String {
        if let message { return message }
        var checks: [String] = []
        if isRequired { checks.append("required") }
        if let type { checks.append(type == .integer ? "an integer" : "of type \(type.rawValue)") }
        if let allowed { checks.append("one of \(allowed.map(\.description).joined(separator: ", "))") }
        if let minimum { checks.append("at least \(Allowed.number(minimum))") }
        if let maximum { checks.append("at most \(Allowed.number(maximum))") }
        if let minimumLength { checks.append("length at least \(minimumLength)") }
        if let maximumLength { checks.append("length at most \(maximumLength)") }
        if let pattern { checks.append("matches \(pattern.pattern)") }
        return "\(target.rawValue) field \(field): \(checks.joined(separator: ", "))"
    }

    /// Its entry in the rule list: code `custom/ID`, name `ID`, no fix.
    package var ruleDescription: RuleDescription {
        RuleDescription(
            code: code, name: id, defaultSeverity: severity, isEnabledByDefault: isEnabledByDefault,
            fixAvailability: .none, summary: summary, messages: [:],
            documentation: RuleDocumentation(whatItDoes: summary, whyItMatters: "", example: "", useInstead: ""),
            triggeringExamples: [], nonTriggeringExamples: [])
    }

    /// Its definition, as YAML that reads back to the same rule.
    package var definition: String {
        func quoted(_ text: String) -> String { JSONStringEncoding.quoted(text) }
        var lines = ["- id: \(id)", "  target: \(target.rawValue)", "  field: \(quoted(field))"]
        if isRequired { lines.append("  required: true") }
        if let type { lines.append("  type: \(type.rawValue)") }
        if let pattern { lines.append("  pattern: \(quoted(pattern.pattern))") }
        if let allowed { lines.append("  enum: [\(allowed.map(\.description).joined(separator: ", "))]") }
        if let minimum { lines.append("  min: \(Allowed.number(minimum))") }
        if let maximum { lines.append("  max: \(Allowed.number(maximum))") }
        if let minimumLength { lines.append("  min-length: \(minimumLength)") }
        if let maximumLength { lines.append("  max-length: \(maximumLength)") }
        lines.append("  severity: \(isEnabledByDefault ? severity.rawValue : "off")")
        if let message { lines.append("  message: \(quoted(message))") }
        return lines.joined(separator: "\n") + "\n"
    }
}
