/// A 128-bit digest of (Interviewer id, normalised e-mail): two independent 64-bit hashes, so
/// the cross-payload index needs no copy of the strings (a false match needs both to collide).
package struct EmailKey: Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    package init(interviewerId: String, email: String) {
        self.init(Prefix(interviewerId: interviewerId), email: email)
    }

    /// The hashes of one Interviewer id, computed once for all the e-mails of a payload.
    struct Prefix: Sendable {
        fileprivate var hasher: PairHasher

        init(interviewerId: String) {
            // Trimmed and lower-cased as an address is (a UUID is returned as it is).
            let id = EmailAddress.normalized(interviewerId)
            // The id's length goes first, so no (id, e-mail) pair can spell another one's text.
            hasher = PairHasher()
            hasher.combine(String(id.utf8.count).utf8)
            hasher.combine(UInt8(ascii: ":"))
            hasher.combine(id.utf8)
        }
    }

    /// The key of an e-mail, normalised as the API stores it (trimmed, lower-cased).
    init(_ prefix: Prefix, email: String) {
        self.init(prefix, normalized: EmailAddress.normalized(email))
    }

    /// The key of an e-mail already normalised (`EmailAddress.normalized`).
    init(_ prefix: Prefix, normalized: String) {
        var hasher = prefix.hasher
        hasher.combine(normalized.utf8)
        high = hasher.fnv
        low = hasher.mixed
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }
}

/// Where one candidate e-mail of the file being linted is, in a few small integers (40 bytes)
/// instead of strings, until the IL303 index has seen it (docs/email-policy.md §7).
package struct EmailOccurrence: Sendable {
    /// Which payload of the file (0, 1, …) the candidate belongs to.
    let payloadOrdinal: UInt32
    let length: UInt32
    let offset: Int
    let line: UInt32
    let column: UInt32
    let endLine: UInt32
    let endColumn: UInt32
    /// Batch index (or -1) and candidate index, from which the pointer is rebuilt.
    let batchIndex: Int32
    let candidateIndex: UInt32

    func location(file: String) -> SourceLocation {
        let pointer = JSONPointer.candidateEmail(batchIndex: batchIndex >= 0 ? Int(batchIndex) : nil, candidate: Int(candidateIndex))
        return SourceLocation(
            file: file, range: offset..<(offset + Int(length)),
            start: SourcePosition(line: Int(line), column: Int(column)),
            end: SourcePosition(line: Int(endLine), column: Int(endColumn)),
            pointer: pointer.description)
    }
}

/// Every candidate e-mail of one file that IL303 compares across payloads, in file order.
package struct EmailOccurrences: Sendable {
    package private(set) var keys: [EmailKey] = []
    package private(set) var occurrences: [EmailOccurrence] = []

    package init() {}

    package var count: Int { keys.count }

    mutating func append(contentsOf other: EmailOccurrences) {
        keys.append(contentsOf: other.keys)
        occurrences.append(contentsOf: other.occurrences)
    }

    mutating func append(
        key: EmailKey, payloadOrdinal: Int, range: Range<Int>, start: SourcePosition, end: SourcePosition,
        batchIndex: Int?, candidateIndex: Int
    ) {
        keys.append(key)
        occurrences.append(EmailOccurrence(
            payloadOrdinal: UInt32(clamping: payloadOrdinal), length: UInt32(clamping: range.count),
            offset: range.lowerBound, line: UInt32(clamping: start.line), column: UInt32(clamping: start.column),
            endLine: UInt32(clamping: end.line), endColumn: UInt32(clamping: end.column),
            batchIndex: Int32(clamping: batchIndex ?? -1), candidateIndex: UInt32(clamping: candidateIndex)))
    }
}

/// One candidate e-mail found while linting a document, before positions are resolved.
package struct EmailSighting: Sendable {
    let key: EmailKey
    /// Index of the payload among the document's payloads.
    let payloadIndex: Int
    let range: Range<Int>
    let batchIndex: Int?
    let candidateIndex: Int
}

/// Two independent 64-bit hashes over the same bytes (FNV-1a and a multiply-xorshift mix).
private struct PairHasher: Sendable {
    var fnv: UInt64 = 0xcbf2_9ce4_8422_2325
    var mixed: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func combine(_ byte: UInt8) {
        fnv = (fnv ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        mixed = (mixed &+ UInt64(byte)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
    }

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(byte) }
    }
}
