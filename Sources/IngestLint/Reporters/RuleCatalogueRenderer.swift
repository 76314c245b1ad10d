/// Renders the rule catalogue for `ingestlint rules` and `ingestlint explain`.
public enum RuleCatalogueRenderer {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public static func list(_ catalogue: RuleCatalogue, format: Format) -> String {
        switch format {
        case .text:
            let nameWidth = catalogue.rules.map(\.name.count).max() ?? 0
            var out = ""
            for rule in catalogue.rules {
                let name = rule.name + String(repeating: " ", count: nameWidth - rule.name.count)
                let severity = defaultLabel(rule)
                out += "\(rule.code)  \(name)  \(severity)\(String(repeating: " ", count: 13 - severity.count))"
                out += "\(rule.fixAvailability == .none ? "      " : (rule.fixAvailability == .safe ? "fix   " : "unsafe"))  "
                out += rule.summary + "\n"
            }
            return out
        case .json:
            return JSONOutput.array(catalogue.rules.map { rule in
                .object([
                    ("code", .string(rule.code)),
                    ("name", .string(rule.name)),
                    ("severity", .string(rule.defaultSeverity.rawValue)),
                    ("enabledByDefault", .bool(rule.isEnabledByDefault)),
                    ("fix", .string(rule.fixAvailability.rawValue)),
                    ("summary", .string(rule.summary)),
                ])
            }).rendered(pretty: true) + "\n"
        case .markdown:
            var out = "| code | name | default | fix | summary |\n|---|---|---|---|---|\n"
            for rule in catalogue.rules {
                let fix = rule.fixAvailability == .none ? "" : rule.fixAvailability.rawValue
                out += "| \(rule.code) | `\(rule.name)` | \(defaultLabel(rule)) | \(fix) | \(rule.summary.replacingPipes) |\n"
            }
            return out
        }
    }

    /// "warning", or "info (off)" for a rule that must be enabled.
    static func defaultLabel(_ rule: RuleDescription) -> String {
        rule.isEnabledByDefault ? rule.defaultSeverity.rawValue : "\(rule.defaultSeverity.rawValue) (off)"
    }

    /// The full documentation of one rule, in ruff's template.
    public static func explain(_ rule: RuleDescription) -> String {
        let fix: String
        switch rule.fixAvailability {
        case .none: fix = "no automatic fix"
        case .safe: fix = "safe fix available"
        case .unsafe: fix = "unsafe fix available"
        }
        var out = "\(rule.code) \(rule.name)\n"
        out += "Default: \(defaultLabel(rule)); \(fix)\n\n"
        out += rule.summary + "\n\n"
        out += "## What it does\n\n" + rule.documentation.whatItDoes + "\n\n"
        out += "## Why it matters\n\n" + rule.documentation.whyItMatters + "\n\n"
        out += "## Example\n\n" + indented(rule.documentation.example) + "\n"
        out += "## Use instead\n\n" + indented(rule.documentation.useInstead) + "\n"
        out += "Select or ignore it as `\(rule.code)` or `\(rule.name)`; change its severity in `.ingestlint.yml`:\n"
        out += "    rules:\n      severity: {\(rule.code): \(rule.isEnabledByDefault ? "off" : rule.defaultSeverity.rawValue)}\n"
        return out
    }

    static func indented(_ text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out += line.isEmpty ? "\n" : "    \(line)\n"
        }
        return out.hasSuffix("\n\n") ? String(out.dropLast()) : out
    }
}

extension String {
    var replacingPipes: String {
        var out = ""
        for character in self { out += character == "|" ? "\\|" : String(character) }
        return out
    }
}
