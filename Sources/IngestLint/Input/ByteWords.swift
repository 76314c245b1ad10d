/// Eight bytes at a time: the scans over a whole input (line breaks, string contents, ASCII
/// runs) skip a word at once when none of its bytes is one they stop at. Each test is exact
/// for "some byte of the word is…": a borrow only starts at a byte that matches.
enum ByteWords {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset` (which must leave eight in `bytes`).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        // Bytes in memory order: byte 0 is the lowest (x86-64 and arm64 are little-endian).
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
    }

    /// Some byte of `word` is zero.
    @inline(__always)
    static func hasZero(_ word: UInt64) -> Bool {
        (word &- lowBits) & ~word & highBits != 0
    }

    /// Some byte of `word` is `byte`.
    @inline(__always)
    static func has(_ byte: UInt8, in word: UInt64) -> Bool {
        hasZero(word ^ (lowBits &* UInt64(byte)))
    }

    /// Some byte of `word` is below `bound` (at most 0x80).
    @inline(__always)
    static func hasBelow(_ bound: UInt8, in word: UInt64) -> Bool {
        (word &- lowBits &* UInt64(bound)) & ~word & highBits != 0
    }

    /// Some byte of `word` is above 0x7F.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool {
        word & highBits != 0
    }

    /// Some byte of `word` is LF or CR.
    @inline(__always)
    static func hasLineBreak(_ word: UInt64) -> Bool {
        has(0x0A, in: word) || has(0x0D, in: word)
    }
}
