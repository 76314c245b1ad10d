#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a baseline knows a finding by: the file (relative to the project root, so a baseline
/// written in one folder works from another), the JSON Pointer of the value, the rule code, and
/// a hash of the offending value — never the line or column, so a record that moves keeps its
/// identity and a record whose value changes loses it.
///
/// The value hash covers the bytes of the finding's range: the value itself (`"email": ` …'s
/// string, a misplaced member), or the `{` of the object that lacks a field. A finding at a
/// position rather than over a value — a syntax error (IL100), empty input (IL104) — has no
/// value bytes and no meaningful pointer, so its hash covers its message and the text of its
/// line without surrounding blanks: a broken line that moves stays recognised, one that is
/// edited is new. IL303 (the same address in another payload) hashes the Interviewer id and the
/// normalised address, as it compares them.
package struct FindingIdentity: Sendable, Hashable, Comparable {
    package let file: String
    package let pointer: String
    package let code: String
    /// 32 lower-case hexadecimal digits (the first 128 bits of a SHA-256).
    package let valueHash: String

    package init(file: String, pointer: String, code: String, valueHash: String) {
        self.file = file
        self.pointer = pointer
        self.code = code
        self.valueHash = valueHash
    }

    /// The identity of a finding; `paths` gives its file's root-relative path. A diagnostic
    /// linted without value hashes (`FileLinter.includesValueHashes`) is known by its message.
    package init(_ diagnostic: Diagnostic, paths: ProjectPaths) {
        self.init(diagnostic, file: paths.relativePath(diagnostic.file))
    }

    /// With the file's root-relative path already known.
    package init(_ diagnostic: Diagnostic, file: String) {
        self.init(
            file: file, pointer: diagnostic.location.pointer, code: diagnostic.code,
            valueHash: diagnostic.valueHash ?? Self.digest(Array("message:".utf8) + Array(diagnostic.message.utf8)))
    }

    /// Equal when every part is byte for byte equal: like the file system, and unlike `String`'s
    /// `==`, `é` in NFC and in NFD are two names.
    package static func == (lhs: FindingIdentity, rhs: FindingIdentity) -> Bool {
        compare(lhs.file, rhs.file) == 0 && compare(lhs.pointer, rhs.pointer) == 0 && compare(lhs.code, rhs.code) == 0
            && compare(lhs.valueHash, rhs.valueHash) == 0
    }

    package func hash(into hasher: inout Hasher) {
        func combine(_ part: String) {
            var part = part
            part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(part.utf8.count)
        }
        combine(file)
        combine(pointer)
        combine(code)
        combine(valueHash)
    }

    /// Baseline order: file, pointer, code, hash, compared as bytes (stable across locales and
    /// Unicode versions).
    package static func < (lhs: FindingIdentity, rhs: FindingIdentity) -> Bool {
        var order = compare(lhs.file, rhs.file)
        if order == 0 { order = compare(lhs.pointer, rhs.pointer) }
        if order == 0 { order = compare(lhs.code, rhs.code) }
        if order == 0 { order = compare(lhs.valueHash, rhs.valueHash) }
        return order < 0
    }

    /// Negative, zero or positive as `left`'s UTF-8 bytes sort before, with or after `right`'s.
    private static func compare(_ left: String, _ right: String) -> Int {
        var left = left
        var right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                if common > 0, let l = leftBytes.baseAddress, let r = rightBytes.baseAddress {
                    let order = memcmp(l, r, common)
                    if order != 0 { return Int(order) }
                }
                return leftBytes.count - rightBytes.count
            }
        }
    }

    /// The value hash of a finding over `bytes[range]`, in the document `bytes[document]`.
    static func valueHash(bytes: [UInt8], range: Range<Int>, document: Range<Int>, message: String) -> String {
        guard range.isEmpty else { return digest(Array("value:".utf8) + bytes[range]) }
        let position = min(max(range.lowerBound, document.lowerBound), document.upperBound)
        var start = position
        while start > document.lowerBound, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var end = position
        while end < document.upperBound, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        let text = Array(message.utf8)
        // The message's length first, so no (message, line) pair spells another one's bytes.
        return digest(Array("position:\(text.count):".utf8) + text + bytes[start..<end])
    }

    /// The value hash of an IL303 finding: its Interviewer id and normalised address.
    static func valueHash(of key: EmailKey) -> String {
        digest(Array("email:\(key.high):\(key.low)".utf8))
    }

    private static func digest(_ bytes: [UInt8]) -> String {
        String(StableHash.hex(StableHash.sha256(bytes)).prefix(32))
    }
}
