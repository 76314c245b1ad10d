/// IL210: a candidate name that is probably not a person's name as written: it holds `@` or
/// an e-mail address, has no letter, has control characters, or has leading, trailing or
/// repeated spaces. One finding per name lists every condition; the whitespace is fixable.
package struct SuspiciousNameRule: Rule {
    package static let code = "IL210"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        for candidate in payload.candidates {
            guard let member = candidate.name, member.value.isString, !Self.isPlainName(member.value.plainUTF8),
                  let name = member.value.stringValue, !name.isBlank else { continue }
            let problems = Self.problems(in: name)
            guard !problems.isEmpty else { continue }
            let reasons = problems.map(\.message)
            let normalized = Self.normalizedWhitespace(name)
            let fix = normalized == name
                ? nil
                : Fix(
                    description: Message.fix, safety: .safe,
                    edits: [Edit(range: member.value.range, replacement: JSONStringEncoding.quoted(normalized))])
            sink.report(
                Self.finding(
                    Message.default(reasons: reasons.joined(separator: ", ")), range: member.value.range,
                    pointer: candidate.object.pointer(to: member), fix: fix,
                    sensitive: [SensitiveValue(name, kind: .name), SensitiveValue(normalized, kind: .name)]))
        }
    }

    /// An ASCII name with a letter, no `@`, no control character and single inner spaces has
    /// none of the problems: decided on the bytes for nearly every name, without a string.
    static func isPlainName(_ bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let bytes, let first = bytes.first, let last = bytes.last,
              first != 0x20, last != 0x20 else { return false }
        var hasLetter = false
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                hasLetter = true
                previousWasSpace = false
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x00..<0x20, 0x7F..., UInt8(ascii: "@"):
                // Controls (tab and line breaks included), non-ASCII and `@` take the full path.
                return false
            default:
                previousWasSpace = false
            }
        }
        return hasLetter
    }

    /// One condition the name meets, as its reason in the message.
    struct Problem: Equatable {
        let message: String
    }

    static func problems(in name: String) -> [Problem] {
        var problems: [Problem] = []
        let scalars = Array(name.unicodeScalars)
        if scalars.contains("@") {
            problems.append(Problem(message: looksLikeEmail(name) ? Message.reasonEmail : Message.reasonAtSign))
        }
        if !scalars.contains(where: { $0.properties.isAlphabetic }) {
            problems.append(Problem(message: Message.reasonNoLetter))
        }
        if let control = scalars.first(where: { $0.isControl }) {
            problems.append(Problem(message: Message.reasonControl(codePoint: codePoint(control))))
        }
        if let first = scalars.first, first.isWhiteSpace {
            problems.append(Problem(message: Message.reasonLeadingSpace))
        }
        if let last = scalars.last, last.isWhiteSpace {
            problems.append(Problem(message: Message.reasonTrailingSpace))
        }
        let trimmed = Array(name.trimmingWhitespace.unicodeScalars)
        if zip(trimmed, trimmed.dropFirst()).contains(where: { $0.isWhiteSpace && $1.isWhiteSpace }) {
            problems.append(Problem(message: Message.reasonRepeatedSpace))
        }
        return problems
    }

    /// Something shaped like `local@domain.tld`, without spaces.
    static func looksLikeEmail(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.unicodeScalars.contains(where: { $0.isWhiteSpace }) else { return false }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Trimmed, with each inner run of white space (tabs and line breaks too) made one space.
    static func normalizedWhitespace(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.trimmingWhitespace.unicodeScalars {
            if scalar.isWhiteSpace {
                pendingSpace = true
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
