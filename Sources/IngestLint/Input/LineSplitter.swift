/// Splits bytes into lines at LF, CRLF or a lone CR, numbering them from 0.
enum LineSplitter {
    struct Line {
        /// The line's bytes, without its line break.
        let range: Range<Int>
        /// 0-based number of the line within the split region.
        let number: Int
    }

    static func lines(in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> [Line] {
        let end = end ?? bytes.count
        var lines: [Line] = []
        var lineStart = start
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            while index < end {
                // Lines are long and breaks rare: a word without LF or CR is skipped at once.
                if index + 8 <= end, !ByteWords.hasLineBreak(ByteWords.load(bytes, at: index)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(Line(range: lineStart..<index, number: lines.count))
                    if byte == 0x0D, index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
                    lineStart = index + 1
                }
                index += 1
            }
        }
        if lineStart < end { lines.append(Line(range: lineStart..<end, number: lines.count)) }
        return lines
    }

    /// Offset just past the last complete line break in `bytes[start..<end]`, or nil if none.
    /// A CR at the very end is not complete: an LF may follow in the next chunk.
    static func endOfLastCompleteLine(in bytes: [UInt8], from start: Int, to end: Int, atEndOfInput: Bool) -> Int? {
        var index = end - 1
        while index >= start {
            let byte = bytes[index]
            if byte == 0x0A { return index + 1 }
            if byte == 0x0D {
                if index + 1 < end || atEndOfInput { return index + 1 }
            }
            index -= 1
        }
        return nil
    }

    static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The offsets of the first and last non-whitespace bytes of `range`, as a range.
    static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
        while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
