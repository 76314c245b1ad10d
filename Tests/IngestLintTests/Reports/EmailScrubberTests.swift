import Foundation
@testable import IngestLint
import Testing

/// `--redact`'s last line of defence and the structured safety net behind it.
@Suite("Redaction: unmarked addresses, fix literals")
struct EmailScrubberTests {
    @Test(arguments: [
        ("write to grace@navy.mil.", "write to " + RedactionMask.email("grace@navy.mil") + "."),
        (#"found the string "grace@navy.mil""#, #"found the string ""# + RedactionMask.email("grace@navy.mil") + #"""#),
        (#"{\"email\": \"Ada@Lovelace.dev\"}"#, #"{\"email\": \""# + RedactionMask.email("Ada@Lovelace.dev") + #"\"}"#),
        ("M. H. <margaret@apollo.org>", "M. H. <" + RedactionMask.email("margaret@apollo.org") + ">"),
        ("cut short: averylongname@exam…", "cut short: " + RedactionMask.email("averylongname@exam") + "…"),
    ])
    func masksAddresses(text: String, expected: String) {
        #expect(EmailScrubber.scrub(text) == expected)
    }

    @Test(arguments: [
        "no address here",
        "'@' is missing before the domain",
        "ends with @",
        "@ starts",
        "already masked: " + RedactionMask.email("ada@lovelace.dev"),
        "display form: " + RedactionMask.email("Ada Lovelace <ada@lovelace.dev>"),
    ])
    func leavesTheRestAlone(text: String) {
        #expect(EmailScrubber.scrub(text) == text)
    }

    @Test func scrubbingIsIdempotent() {
        let once = EmailScrubber.scrub("a@b.c, d@e.f and \"g@h.i\"")
        #expect(!once.contains("a@b.c") && !once.contains("d@e.f") && !once.contains("g@h.i"))
        #expect(EmailScrubber.scrub(once) == once)
    }

    @Test(arguments: [
        (#""Ada""#, "Ada"),
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\u00e9\ud83d\ude00\n""#, "é😀\n"),
        (#""\ud800x""#, "\u{FFFD}x"),
    ])
    func unquotesStringLiterals(literal: String, text: String) {
        #expect(JSONStringEncoding.unquoted(literal) == text)
        #expect(JSONStringEncoding.unquoted(JSONStringEncoding.quoted(text)) == text)
    }

    @Test(arguments: ["Ada", #""Ada"#, #""a"b""#, #""a\x""#, #""\u12""#, "24"])
    func rejectsWhatIsNoLiteral(literal: String) {
        #expect(JSONStringEncoding.unquoted(literal) == nil)
    }

    /// A rule that rewrites a candidate's name without marking it: the name its fix writes is
    /// read back from the fix's literal and masked everywhere, the original by the scrubber or
    /// not at all (it is not quoted).
    @Test func unmarkedFixOfACandidateNameIsMasked() {
        let location = SourceLocation(
            file: "a.json", range: 10..<20, start: SourcePosition(line: 1, column: 11), end: SourcePosition(line: 1, column: 21),
            pointer: "/data/0/name")
        let diagnostic = Diagnostic(
            code: "IL210", name: "suspicious-name", severity: .warning, message: "the name has extra white space",
            location: location, help: "write it \"Grace Hopper\"",
            fix: Fix(description: "write \"Grace Hopper\"", safety: .safe, edits: [Edit(range: 10..<20, replacement: #""Grace Hopper""#)]))
        let redacted = Redactor.redact(diagnostic)
        for text in [redacted.help ?? "", redacted.fix?.description ?? "", redacted.fix?.edits.first?.replacement ?? ""] {
            #expect(!text.contains("Grace") && !text.contains("Hopper"), "\(text)")
            #expect(text.contains("G. H."))
        }
    }

    @Test func phoneNumbersAreMaskedButNumbersAreNot() {
        let location = SourceLocation(
            file: "a.json", range: 0..<1, start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 2), pointer: "")
        let diagnostic = Diagnostic(
            code: "custom/x", name: "x", severity: .warning, message: #"found "+1 202 555 0143", "24" and "-1.5e3""#,
            location: location,
            sensitive: [SensitiveValue("+1 202 555 0143", kind: .name), SensitiveValue("24", kind: .name), SensitiveValue("-1.5e3", kind: .name)])
        #expect(Redactor.redact(diagnostic).message == #"found "+. 2. 5. 0.", "24" and "-1.5e3""#)
    }
}
