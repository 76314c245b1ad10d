/// `--redact`: a pure transformation of the findings, applied before any reporter sees them, so
/// no format can forget it. In every diagnostic:
/// - each candidate value it quotes (`Diagnostic.sensitive`) is masked wherever it appears in the
///   message, help, fix description, fix replacement text and related messages — e-mails as
///   `j…@e…#3f9a1c`, names as initials (`RedactionMask`);
/// - any e-mail address still left in those texts is masked too (`EmailScrubber`), so a rule
///   that quotes an address without marking it leaks nothing;
/// - the source line (snippets in the text report) is dropped;
/// - `sensitive` is emptied, so the original values do not travel further.
/// Positions, codes, pointers and counts are kept: a redacted report gates and links the same.
package enum Redactor {
    package static func redact(_ report: LintReport) -> LintReport {
        LintReport(files: report.files.map(redact))
    }

    package static func redact(_ file: FileResult) -> FileResult {
        var redacted = file
        redacted.diagnostics = file.diagnostics.map(redact)
        return redacted
    }

    package static func redact(_ diagnostic: Diagnostic) -> Diagnostic {
        let replacer = Replacer(values: sensitiveValues(of: diagnostic))
        func mask(_ text: String) -> String { EmailScrubber.scrub(replacer.apply(text)) }
        var redacted = Diagnostic(
            code: diagnostic.code, name: diagnostic.name, severity: diagnostic.severity,
            message: mask(diagnostic.message),
            location: diagnostic.location,
            help: diagnostic.help.map(mask),
            fix: diagnostic.fix.map { fix in
                Fix(
                    description: mask(fix.description), safety: fix.safety,
                    edits: fix.edits.map { Edit(range: $0.range, replacement: mask($0.replacement)) })
            },
            related: diagnostic.related.map { RelatedLocation(location: $0.location, message: mask($0.message)) },
            sourceLine: nil,
            sensitive: [])
        // A hash of the value, not the value: a redacted run still matches its baseline.
        redacted.valueHash = diagnostic.valueHash
        return redacted
    }

    /// The values to mask: what the rule marked, the parts of a `Name <address>` form, and —
    /// as a safety net for rules that rewrite a candidate's name or e-mail without marking
    /// it — the string a fix writes into `/data/N/name` or `/data/N/email` (read back from the
    /// fix's own JSON string literal, not by parsing the document).
    static func sensitiveValues(of diagnostic: Diagnostic) -> [SensitiveValue] {
        var values = diagnostic.sensitive
        for value in diagnostic.sensitive where value.kind == .email {
            if let (displayName, address) = RedactionMask.displayNameForm(value.text.trimmingWhitespace) {
                values.append(SensitiveValue(displayName, kind: .name))
                values.append(SensitiveValue(address, kind: .email))
            }
        }
        if isCandidateNameOrEmail(diagnostic.location.pointer), let fix = diagnostic.fix {
            for edit in fix.edits {
                guard let text = JSONStringEncoding.unquoted(edit.replacement) else { continue }
                let trimmed = text.trimmingWhitespace
                values.append(SensitiveValue(trimmed, kind: trimmed.contains("@") ? .email : .name))
                if trimmed != text { values.append(SensitiveValue(text, kind: trimmed.contains("@") ? .email : .name)) }
            }
        }
        return values
    }

    /// `/data/3/name`, `/2/data/0/email`: a candidate's `name` or `email` value.
    static func isCandidateNameOrEmail(_ pointer: String) -> Bool {
        let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false)
        guard tokens.count >= 4, let last = tokens.last, last == "name" || last == "email" else { return false }
        return tokens[tokens.count - 3] == "data" && Int(tokens[tokens.count - 2]) != nil
    }

    static func mask(_ value: SensitiveValue) -> String {
        switch value.kind {
        case .email: RedactionMask.email(value.text)
        case .name: RedactionMask.name(value.text)
        }
    }

    /// Replaces every occurrence of the sensitive values in one pass, longest first, so a mask
    /// is never masked again. Each value is looked for as written and as escaped inside a JSON
    /// string (messages and fixes quote values that way); a value cut short and followed by
    /// `…` (how messages quote long values) is masked too.
    struct Replacer {
        struct Pattern {
            let bytes: [UInt8]
            let replacement: [UInt8]
        }

        let patterns: [Pattern]
        let firstBytes: Set<UInt8>

        /// Names that are a number written as a string (`"24"` where a number belongs,
        /// `"12345"`) are not masked: they identify nobody, and masking them would garble
        /// numbers in messages. Anything else is (`"+44 20 7946 0000"` from a custom field).
        init(values: [SensitiveValue]) {
            var patterns: [Pattern] = []
            var seen: Set<[UInt8]> = []
            for value in values where !value.text.isEmpty {
                if value.kind == .name, Self.isNumber(value.text) { continue }
                let mask = Redactor.mask(value)
                let quoted = JSONStringEncoding.quoted(value.text)
                let quotedMask = JSONStringEncoding.quoted(mask)
                for (text, replacement) in [(value.text, mask), (String(quoted.dropFirst().dropLast()), String(quotedMask.dropFirst().dropLast()))] {
                    let bytes = Array(text.utf8)
                    guard !seen.contains(bytes) else { continue }
                    seen.insert(bytes)
                    patterns.append(Pattern(bytes: bytes, replacement: Array(replacement.utf8)))
                }
            }
            self.patterns = patterns.sorted {
                $0.bytes.count != $1.bytes.count ? $0.bytes.count > $1.bytes.count : $0.bytes.lexicographicallyPrecedes($1.bytes)
            }
            self.firstBytes = Set(self.patterns.compactMap(\.bytes.first))
        }

        /// Digits with an optional sign, point and exponent, as a number is written.
        static func isNumber(_ text: String) -> Bool {
            let trimmed = text.trimmingWhitespace
            return trimmed.contains(where: \.isNumber) && Double(trimmed) != nil
                && trimmed.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
        }

        /// The shortest cut-off prefix (in bytes) that still counts as a quote of a value.
        static let minimumPrefix = 8
        static let ellipsis: [UInt8] = Array("…".utf8)

        func apply(_ text: String) -> String {
            guard !patterns.isEmpty else { return text }
            let bytes = Array(text.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            scanning: while index < bytes.count {
                if firstBytes.contains(bytes[index]) {
                    for pattern in patterns {
                        let common = commonPrefixLength(bytes, from: index, pattern.bytes)
                        if common == pattern.bytes.count {
                            out += pattern.replacement
                            index += common
                            continue scanning
                        }
                        if common >= Self.minimumPrefix, startsWithEllipsis(bytes, at: index + common) {
                            out += pattern.replacement
                            index += common
                            continue scanning
                        }
                    }
                }
                out.append(bytes[index])
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }

        private func commonPrefixLength(_ bytes: [UInt8], from start: Int, _ pattern: [UInt8]) -> Int {
            var count = 0
            while count < pattern.count, start + count < bytes.count, bytes[start + count] == pattern[count] { count += 1 }
            return count
        }

        private func startsWithEllipsis(_ bytes: [UInt8], at start: Int) -> Bool {
            guard start + Self.ellipsis.count <= bytes.count else { return false }
            return bytes[start..<(start + Self.ellipsis.count)].elementsEqual(Self.ellipsis)
        }
    }
}
