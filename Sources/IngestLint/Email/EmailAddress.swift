/// Normal forms of an address, as the API and mailbox providers see it.
package enum EmailAddress {
    /// What the API stores: trimmed and lower-cased.
    package static func normalized(_ address: String) -> String {
        address.trimmingWhitespace.lowercased()
    }

    /// The domain of a valid address, lower-cased.
    package static func domain(of address: String) -> String? {
        guard let at = address.lastIndex(of: "@") else { return nil }
        return String(address[address.index(after: at)...]).lowercased()
    }

    /// Providers whose mailboxes ignore dots and `+tags` in the local part.
    static let gmailDomains: Set<String> = ["gmail.com", "googlemail.com"]

    /// The mailbox an address reaches under provider rules: Gmail ignores dots and `+tags`,
    /// and `googlemail.com` is `gmail.com`. Other addresses are only normalised.
    package static func mailbox(of address: String) -> String {
        let normalized = normalized(address)
        guard let at = normalized.lastIndex(of: "@") else { return normalized }
        let domain = String(normalized[normalized.index(after: at)...])
        guard gmailDomains.contains(domain) else { return normalized }
        var local = Substring(normalized[..<at])
        if let plus = local.firstIndex(of: "+") { local = local[..<plus] }
        return local.filter { $0 != "." } + "@gmail.com"
    }
}
