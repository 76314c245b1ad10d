/// IL207: `interviewerId` is not a canonical 8-4-4-4-12 hexadecimal UUID. Upper-case digits
/// are canonical enough; braces, a `urn:uuid:` prefix, missing hyphens or surrounding
/// whitespace are not, and get the canonical form as a suggestion.
package struct InterviewerIdFormatRule: Rule {
    package static let code = "IL207"

    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {
        guard let member = payload.interviewerId, member.value.isString, !member.value.isBlankString else { return }
        // Nearly every id is canonical: decided on its bytes, without building a string.
        if let bytes = member.value.plainUTF8, Self.isCanonicalUUID(bytes) { return }
        guard let id = member.value.stringValue, !Self.isCanonicalUUID(Array(id.utf8)) else { return }
        let help = Self.canonicalForm(of: id).map { Message.helpCanonical(uuid: $0) }
        let shown = id.count > 60 ? String(id.prefix(60)) + "…" : id
        sink.report(
            Self.finding(
                Message.default(id: shown), range: member.value.range, pointer: payload.object.pointer(to: member), help: help))
    }

    static func isCanonicalUUID(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                if byte != UInt8(ascii: "-") { return false }
            } else if !isHexDigit(byte) {
                return false
            }
        }
        return true
    }

    /// The canonical spelling of a UUID written another common way, if it is one.
    static func canonicalForm(of text: String) -> String? {
        var core = Substring(text.trimmingWhitespace)
        if core.lowercased().hasPrefix("urn:uuid:") { core = core.dropFirst(9) }
        if core.hasPrefix("{"), core.hasSuffix("}") { core = core.dropFirst().dropLast() }
        let digits = core.utf8.filter { $0 != UInt8(ascii: "-") }
        guard digits.count == 32, digits.allSatisfy(isHexDigit) else { return nil }
        let hex = String(decoding: digits, as: UTF8.self)
        var result = ""
        for (index, character) in hex.enumerated() {
            if [8, 12, 16, 20].contains(index) { result += "-" }
            result.append(character)
        }
        return result == text ? nil : result
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
