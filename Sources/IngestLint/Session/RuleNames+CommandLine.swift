extension RuleNames {
    /// Every rule named in the values of a repeatable option (`--select A --select B,C`), in
    /// order. An empty value or an empty name between commas is a usage error, as is an unknown
    /// name (with "did you mean"): a CI gate must never run fewer rules than it was asked to.
    func parse(_ values: [String], option: String) throws(LintError) -> [String] {
        var names: [String] = []
        for value in values {
            let parts = value.split(separator: ",", omittingEmptySubsequences: false).map(Self.trimmingWhitespace)
            guard !parts.contains(where: \.isEmpty) else {
                let shown = value.isEmpty ? "an empty value" : "'\(value)', which holds an empty rule name"
                throw LintError("\(option) got \(shown); name the rules (codes, names or all), e.g. \(option) IL200,misplaced-field.")
            }
            for name in parts where !RuleNames.isAll(name) && code(of: name) == nil {
                throw LintError(unknownRuleMessage(name, in: option) + " (see `ingestlint rules`).")
            }
            names += parts
        }
        return names
    }

    /// `name` without the spaces and tabs around it (what Foundation's `.whitespaces` trims:
    /// U+0009 and the Unicode space separators), scalar by scalar.
    private static func trimmingWhitespace(_ name: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = name.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }
}
