/// Normal forms of an address, as the API and mailbox providers see it.
package enum EmailAddress {
    /// What the API stores: trimmed and lower-cased.
    package static func normalized(_ address: String) -> String {
        normalizedWithLastAt(address).normalized
    }

    /// `normalized(address)` and the domain after its last `@` (nil without one).
    package static func normalizedWithDomain(_ address: String) -> (normalized: String, domain: String?) {
        let (normalized, at) = normalizedWithLastAt(address)
        return (normalized, at.map { String(normalized[normalized.index(after: $0)...]) })
    }

    /// `normalized(address)` and where its last `@` character is, read as bytes: an address is
    /// returned as it is when it is already trimmed and lower-case, and otherwise its ASCII
    /// letters are lowered byte by byte. Unicode's case mapping is looked up only for non-ASCII
    /// scalars; only an address with one that lower-casing changes, or with non-ASCII white
    /// space, takes `String.lowercased()`.
    private static func normalizedWithLastAt(_ address: String) -> (normalized: String, at: String.Index?) {
        var utf8 = address
        if let (normalized, offset) = utf8.withUTF8({ bytewiseNormalized($0, original: address) }) {
            return (normalized, offset.map { normalized.utf8.index(normalized.utf8.startIndex, offsetBy: $0) })
        }
        let normalized = address.trimmingWhitespace.lowercased()
        return (normalized, normalized.lastIndex(of: "@"))
    }

    private static func bytewiseNormalized(_ bytes: UnsafeBufferPointer<UInt8>, original: String) -> (normalized: String, atOffset: Int?)? {
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
        let normalized = !hasUpper && start == 0 && end == bytes.count ? original
            : String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end {
                    let byte = bytes[index]
                    buffer[index - start] = isUpper(byte) ? byte | 0x20 : byte
                }
                return end - start
            }
        // The `@` is at the same byte offset in the lowered text, less what was trimmed.
        return (normalized, at.map { $0 - start })
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
        let (normalized, at) = normalizedWithLastAt(address)
        guard let at else { return normalized }
        let domain = String(normalized[normalized.index(after: at)...])
        guard gmailDomains.contains(domain) else { return normalized }
        var local = Substring(normalized[..<at])
        if let plus = local.firstIndex(of: "+") { local = local[..<plus] }
        return local.filter { $0 != "." } + "@gmail.com"
    }
}
