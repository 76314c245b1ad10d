/// Normal forms of an address, as the API and mailbox providers see it.
package enum EmailAddress {
    /// What the API stores: trimmed and lower-cased.
    package static func normalized(_ address: String) -> String {
        normalizedWithDomain(address).normalized
    }

    /// `normalized(address)` and the domain after its last `@` (nil without one), read as
    /// bytes: an address is returned as it is when it is already trimmed and lower-case, and
    /// otherwise its ASCII letters are lowered byte by byte. Unicode's case mapping is looked up
    /// only for non-ASCII scalars; only an address with one that lower-casing changes, or with
    /// non-ASCII white space, takes `String.lowercased()`.
    package static func normalizedWithDomain(_ address: String) -> (normalized: String, domain: String?) {
        var utf8 = address
        if let fast = utf8.withUTF8({ bytewiseNormalized($0, original: address) }) { return fast }
        let normalized = address.trimmingWhitespace.lowercased()
        let domain = normalized.lastIndex(of: "@").map { String(normalized[normalized.index(after: $0)...]) }
        return (normalized, domain)
    }

    private static func bytewiseNormalized(_ bytes: UnsafeBufferPointer<UInt8>, original: String) -> (normalized: String, domain: String?)? {
        // ASCII white space, as `Unicode.Scalar.isWhiteSpace` has it below 0x80.
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var hasUpper = false
        var at: Int?
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if isUpper(byte) { hasUpper = true }
                if byte == UInt8(ascii: "@") { at = index }
                index += 1
                continue
            }
            // `lowercased()` maps scalar by scalar, so one that maps to itself stays as it is.
            guard let (scalar, length) = UTF8Validation.decodeScalar(bytes, at: index, end: end),
                  !scalar.isWhiteSpace,
                  scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar)) else { return nil }
            index += length
        }
        // A non-ASCII neighbour may join the `@` into one character (a combining mark after it,
        // a prepended mark before it), which `lastIndex(of: "@")` would not take for an `@`.
        if let at, (at > start && bytes[at - 1] >= 0x80) || (at + 1 < end && bytes[at + 1] >= 0x80) { return nil }
        func lowered(_ range: Range<Int>) -> String {
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for index in range {
                    let byte = bytes[index]
                    buffer[index - range.lowerBound] = isUpper(byte) ? byte | 0x20 : byte
                }
                return range.count
            }
        }
        let normalized = !hasUpper && start == 0 && end == bytes.count ? original : lowered(start..<end)
        return (normalized, at.map { lowered(($0 + 1)..<end) })
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
