/// The masked forms `--redact` writes in place of candidate data.
package enum RedactionMask {
    /// `jane.doe@example.org` → `j…@e…#3f9a1c`: the first character of the local part and of the
    /// domain, then six hexadecimal digits of the SHA-256 of the normalised address (trimmed,
    /// lower-cased, as the API stores it), so the same address always gets the same mask and a
    /// reader can match repeats without seeing the address. `Name <address>` keeps its shape,
    /// with the name as initials. Six digits tell a few thousand addresses apart; they do not
    /// stop someone who already holds a list of candidates from checking it against the report.
    package static func email(_ address: String) -> String {
        let trimmed = address.trimmingWhitespace
        if let (displayName, inner) = displayNameForm(trimmed) {
            return (displayName.isEmpty ? "" : name(displayName) + " ") + "<" + email(inner) + ">"
        }
        let normalized = EmailAddress.normalized(trimmed)
        let digest = String(StableHash.sha256Hex(normalized).prefix(6))
        guard let at = normalized.lastIndex(of: "@") else {
            return (normalized.first.map { "\($0)…" } ?? "") + "#" + digest
        }
        let local = normalized[..<at]
        let domain = normalized[normalized.index(after: at)...]
        return (local.first.map { "\($0)…" } ?? "") + "@" + (domain.first.map { "\($0)…" } ?? "") + "#" + digest
    }

    /// `Ada Lovelace` → `A. L.`: the first character of each word.
    package static func name(_ name: String) -> String {
        var words: [String] = []
        var current: String?
        for character in name {
            if character.unicodeScalars.allSatisfy(\.isWhiteSpace) {
                if let word = current { words.append(word) }
                current = nil
            } else if current == nil {
                current = String(character) + "."
            }
        }
        if let word = current { words.append(word) }
        return words.isEmpty ? "…" : words.joined(separator: " ")
    }

    /// `"Ada Lovelace" <ada@example.org>` → (`Ada Lovelace`, `ada@example.org`).
    static func displayNameForm(_ text: String) -> (String, String)? {
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else { return nil }
        let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        var displayName = Substring(String(text[..<open]).trimmingWhitespace)
        if displayName.count >= 2, displayName.first == "\"", displayName.last == "\"" {
            displayName = displayName.dropFirst().dropLast()
        }
        return (String(displayName), inner)
    }
}
