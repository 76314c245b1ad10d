import Foundation

/// The e-mail address policy of SPEC §5: a dot-atom local part (internationalised letters
/// allowed), a DNS host name with at least two labels (IDN labels allowed), length limits in
/// octets, and nothing else — no quoted local parts, comments, display names or domain literals.
///
/// A small scanner, not a regular expression, so every rejection names its precise reason.
package enum EmailSyntax {
    package static let maximumLocalOctets = 64
    package static let maximumDomainOctets = 253
    package static let maximumLabelOctets = 63
    package static let maximumAddressOctets = 254

    /// Why an address is invalid, in words for the message ("two consecutive dots in the local part").
    package struct Failure: Sendable, Equatable, CustomStringConvertible {
        package let reason: String
        /// What the address would be after removing the wrapping (whitespace, `mailto:`,
        /// `Name <…>`), when the wrapping is the only problem.
        package let unwrapped: String?

        package var description: String { reason }
    }

    /// `nil` when `address` is valid.
    package static func validate(_ address: String) -> Failure? {
        // Nearly every address is valid with an ASCII domain: prove that in one pass over the
        // bytes, and take the slow path (which explains) only for the rest.
        if isPlainValid(address) { return nil }
        return explain(address)
    }

    /// The whole policy, with the reason of a failure: what `validate` does when the fast path
    /// cannot prove an address valid.
    static func explain(_ address: String) -> Failure? {
        if let wrapped = unwrap(address), wrapped.inner != address {
            if validateBare(wrapped.inner) == nil {
                return Failure(reason: wrapped.reason, unwrapped: wrapped.inner)
            }
            // `Name <…>` is a mailbox, not an address, whatever is inside: say that first.
            if wrapped.hasAngleBrackets { return Failure(reason: wrapped.reason, unwrapped: nil) }
        }
        return validateBare(address).map { Failure(reason: $0, unwrapped: nil) }
    }

    /// True only for an address with an ASCII domain that satisfies the whole policy (its local
    /// part may be internationalised); false means "look closer".
    static func isPlainValid(_ address: String) -> Bool {
        if let result = address.utf8.withContiguousStorageIfAvailable(isPlainValid) { return result }
        return Array(address.utf8).withUnsafeBufferPointer(isPlainValid)
    }

    static func isPlainValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count <= maximumAddressOctets, let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
            let localLength = at
            guard localLength >= 1, localLength <= maximumLocalOctets else { return false }
            var previous: UInt8 = UInt8(ascii: ".")
            // The API stores the address lower-cased, and some letters grow when lower-cased:
            // the local part's length once stored (`lowercased()` maps scalar by scalar).
            var storedLocal = 0
            var index = 0
            while index < at {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") {
                    if previous == UInt8(ascii: ".") { return false }
                } else if byte >= 0x80 {
                    // A well-formed scalar of an allowed category (which leaves out white space,
                    // controls and format characters), wholly inside the local part.
                    guard let (scalar, length) = UTF8Validation.decodeScalar(bytes, at: index, end: at),
                          isLocalCharacter(scalar) else { return false }
                    storedLocal += scalar.properties.lowercaseMapping.utf8.count
                    index += length
                    previous = byte
                    continue
                } else if !isASCIIAtext(byte) {
                    return false
                }
                previous = byte
                storedLocal += 1
                index += 1
            }
            if previous == UInt8(ascii: ".") { return false }
            guard storedLocal <= maximumLocalOctets, storedLocal + bytes.count - at <= maximumAddressOctets else {
                return false
            }
            let domainStart = at + 1
            guard bytes.count - domainStart <= maximumDomainOctets else { return false }
            var labelStart = domainStart
            var labelCount = 0
            var labelAllDigits = true
            index = domainStart
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == UInt8(ascii: ".") {
                    let length = index - labelStart
                    guard length >= 1, length <= maximumLabelOctets,
                          bytes[labelStart] != UInt8(ascii: "-"), bytes[index - 1] != UInt8(ascii: "-") else { return false }
                    // `xn--` labels must decode: the slow path checks them.
                    if length >= 4, bytes[labelStart + 2] == UInt8(ascii: "-"), bytes[labelStart + 3] == UInt8(ascii: "-") {
                        return false
                    }
                    labelCount += 1
                    if index == bytes.count { break }
                    labelStart = index + 1
                    labelAllDigits = true
                } else {
                    let byte = bytes[index]
                    let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                    let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                    guard isDigit || isLetter || byte == UInt8(ascii: "-") else { return false }
                    if !isDigit { labelAllDigits = false }
                }
                index += 1
            }
            return labelCount >= 2 && !labelAllDigits
    }

    static func isASCIIAtext(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "?"),
             UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"),
             UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// Surrounding white space, a `mailto:` prefix and `Name <addr>` / `<addr>`, peeled off in
    /// the order they appear. Works on scalars: a combining mark after `<` must not hide it.
    static func unwrap(_ address: String) -> (inner: String, reason: String, hasAngleBrackets: Bool)? {
        let all = Array(address.unicodeScalars)
        var text = trimmed(all[...])
        var reasons: [String] = []
        var hasAngleBrackets = false
        if text.count != all.count { reasons.append("white space") }
        if hasMailtoPrefix(text) {
            reasons.append("a 'mailto:' prefix")
            text = trimmed(text.dropFirst(7))
        }
        if text.last == ">", let open = text.lastIndex(of: "<"),
           !text[..<open].contains(where: { $0 == "<" || $0 == ">" }) {
            let displayName = String(String.UnicodeScalarView(trimmed(text[..<open])))
            reasons.append(displayName.isEmpty ? "angle brackets" : "a display name ('\(displayName)') with angle brackets")
            hasAngleBrackets = true
            text = trimmed(text[(open + 1)..<(text.endIndex - 1)])
            if hasMailtoPrefix(text) {
                reasons.append("a 'mailto:' prefix")
                text = trimmed(text.dropFirst(7))
            }
        }
        guard !reasons.isEmpty else { return nil }
        let inner = String(String.UnicodeScalarView(text))
        return (inner, reasons.joined(separator: " and ") + " around the address", hasAngleBrackets)
    }

    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars
        while let first = slice.first, first.isWhiteSpace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhiteSpace { slice = slice.dropLast() }
        return slice
    }

    /// `mailto:` (any case) not followed by `//`: `mailto://…` is no mailto URI and keeps no address.
    static func hasMailtoPrefix(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        guard scalars.count > 7 else { return false }
        let prefix = String(String.UnicodeScalarView(scalars.prefix(7))).lowercased()
        let rest = scalars.dropFirst(7)
        return prefix == "mailto:" && !(rest.first == "/" && rest.dropFirst().first == "/")
    }

    /// Validates an address that should have no wrapping at all.
    static func validateBare(_ address: String) -> String? {
        let scalars = Array(address.unicodeScalars)
        guard !scalars.isEmpty else { return "the address is empty" }
        if scalars[0] == "\"" { return "quoted local parts are not accepted" }
        // Positions in messages are 1-based scalar positions in the whole address.
        for (index, scalar) in scalars.enumerated() {
            if scalar.isControl {
                return "control character \(codePoint(scalar)) at position \(index + 1)"
            }
            if scalar.isWhiteSpace {
                return "white space at position \(index + 1)"
            }
        }
        if scalars.last == ">" || scalars.first == "<" { return "angle brackets are not accepted" }
        let atIndexes = scalars.indices.filter { scalars[$0] == "@" }
        if atIndexes.isEmpty { return "missing '@'" }
        if atIndexes.count > 1 { return "more than one '@' (at positions \(atIndexes.map { String($0 + 1) }.joined(separator: ", ")))" }
        let at = atIndexes[0]
        let local = Array(scalars[..<at])
        let domain = Array(scalars[(at + 1)...])
        if let reason = checkLocal(local) { return reason }
        if let reason = checkDomain(domain, offset: at + 1) { return reason }
        let octets = max(address.utf8.count, address.lowercased().utf8.count)
        if octets > maximumAddressOctets {
            return "the address is \(octets) octets long, more than \(maximumAddressOctets)"
        }
        return nil
    }

    static func checkLocal(_ local: [Unicode.Scalar]) -> String? {
        if local.isEmpty { return "empty local part" }
        if local.first == "." { return "local part starts with a dot" }
        if local.last == "." { return "local part ends with a dot" }
        for index in local.indices.dropFirst() where local[index] == "." && local[index - 1] == "." {
            return "two consecutive dots in the local part (at position \(index))"
        }
        for (index, scalar) in local.enumerated() where !isLocalCharacter(scalar) {
            if scalar == "(" || scalar == ")" { return "comments are not accepted ('\(scalar)' at position \(index + 1))" }
            if scalar == "\"" { return "quoted local parts are not accepted" }
            return "invalid character \(quoted(scalar)) at position \(index + 1)"
        }
        let text = String(String.UnicodeScalarView(local))
        let octets = text.utf8.count
        if octets > maximumLocalOctets {
            return "local part is \(octets) octets long, more than \(maximumLocalOctets)"
        }
        // The API stores the address lower-cased, and some letters grow (`İ` is 2 octets, `i̇` 3).
        let storedOctets = text.lowercased().utf8.count
        if storedOctets > maximumLocalOctets {
            return "local part is \(storedOctets) octets long once lower-cased as the API stores it, more than \(maximumLocalOctets)"
        }
        return nil
    }

    /// `offset` is the 0-based scalar index of the domain's first scalar in the address.
    static func checkDomain(_ domain: [Unicode.Scalar], offset: Int) -> String? {
        if domain.isEmpty { return "empty domain" }
        if domain.first == "[" { return "domain literals ('[…]') are not accepted" }
        if domain.first == "." { return "domain starts with a dot" }
        if domain.last == "." { return "domain ends with a dot" }
        for index in domain.indices.dropFirst() where domain[index] == "." && domain[index - 1] == "." {
            return "two consecutive dots in the domain (at position \(offset + index))"
        }
        for (index, scalar) in domain.enumerated() where !isDomainCharacter(scalar) {
            return "invalid character \(quoted(scalar)) in the domain at position \(offset + index + 1)"
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false).map { Array($0) }
        if labels.count < 2 { return "domain has no dot" }
        var asciiLength = labels.count - 1
        for label in labels {
            let text = String(String.UnicodeScalarView(label))
            if label.first == "-" { return "domain label '\(text)' starts with a hyphen" }
            if label.last == "-" { return "domain label '\(text)' ends with a hyphen" }
            // Punycode never makes a label shorter than its scalars: reject long ones before
            // encoding them (encoding is quadratic in the label's length).
            if label.count > maximumLabelOctets, !label.allSatisfy(\.isASCII) {
                return "domain label longer than \(maximumLabelOctets) characters ('\(text.prefix(20))…' has \(label.count))"
            }
            let isACELabel = label.count >= 4 && String(String.UnicodeScalarView(label.prefix(4))).lowercased() == "xn--"
            if isACELabel {
                // An `xn--` label must be ASCII and decode to a normalised (NFC, lower-case)
                // internationalised name.
                guard label.allSatisfy(\.isASCII), let decoded = Punycode.decode(String(text.dropFirst(4)).lowercased()),
                      !decoded.isEmpty, !decoded.unicodeScalars.allSatisfy(\.isASCII),
                      decoded.unicodeScalars.allSatisfy({ isDomainCharacter($0) && $0 != "." }),
                      // Scalar by scalar: String equality would call NFD and NFC text equal.
                      decoded.unicodeScalars.elementsEqual(decoded.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars)
                else {
                    return "domain label '\(text)' is not valid Punycode"
                }
            }
            guard let ascii = asciiForm(of: label) else {
                return "domain label '\(text)' cannot be encoded as Punycode"
            }
            if ascii.utf8.count > maximumLabelOctets {
                return "domain label longer than \(maximumLabelOctets) characters ('\(text.prefix(20))…' is \(ascii.utf8.count) in ASCII form)"
            }
            asciiLength += ascii.utf8.count
        }
        if let top = labels.last, top.allSatisfy({ $0.properties.generalCategory == .decimalNumber }) {
            return "top-level domain '\(String(String.UnicodeScalarView(top)))' is all digits"
        }
        if asciiLength > maximumDomainOctets {
            return "domain is \(asciiLength) octets long in ASCII form, more than \(maximumDomainOctets)"
        }
        return nil
    }

    /// The label as it goes on the wire: itself when ASCII, else `xn--` + Punycode of its NFC,
    /// lower-cased form.
    static func asciiForm(of label: [Unicode.Scalar]) -> String? {
        let text = String(String.UnicodeScalarView(label))
        if label.allSatisfy(\.isASCII) { return text }
        let normalized = text.precomposedStringWithCanonicalMapping.lowercased()
        return Punycode.encode(normalized).map { "xn--" + $0 }
    }

    /// RFC 5322 atext, plus any non-ASCII letter, mark, number, punctuation or symbol (RFC 6531).
    static func isLocalCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", ".":
                return true
            default:
                return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar)
            }
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Letters, digits, hyphens and dots; non-ASCII letters, marks and numbers for IDN labels.
    static func isDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", ".": return true
            default: return false
            }
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// A character for a message: invisible ones (format, private use, separators, …) by code point.
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .format, .privateUse, .unassigned, .surrogate, .control, .spaceSeparator, .lineSeparator,
             .paragraphSeparator, .nonspacingMark, .enclosingMark:
            return codePoint(scalar)
        default:
            return scalar == "'" ? "\"'\"" : "'\(scalar)'"
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
