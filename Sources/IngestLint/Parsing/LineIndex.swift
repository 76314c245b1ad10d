/// A 1-based line and a 1-based column counted in Unicode scalars.
package struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    package let line: Int
    package let column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A piece of one source line, for snippets.
package struct SourceExcerpt: Sendable, Equatable {
    package let text: String
    /// The column of the excerpt's first character in its line (1 when it starts the line).
    package let firstColumn: Int
    /// The line goes on after the excerpt.
    package let isCutAtEnd: Bool

    package init(text: String, firstColumn: Int = 1, isCutAtEnd: Bool = false) {
        self.text = text
        self.firstColumn = firstColumn
        self.isCutAtEnd = isCutAtEnd
    }
}

/// Turns byte offsets of one document into lines and columns.
///
/// Lines end at LF, CRLF or a lone CR. `range` is the document's span inside `bytes`; its first
/// byte is `firstLine`, column 1 (a BOM is excluded from the range by the caller, so it is never
/// counted as a column).
package struct LineIndex: Sendable {
    package let bytes: [UInt8]
    package let range: Range<Int>
    package let firstLine: Int
    /// Offsets where each line starts, the first being `range.lowerBound`.
    private let lineStarts: [Int]
    /// No byte above 0x7F: a column is then a byte count.
    private let isASCII: Bool

    package init(bytes: [UInt8], range: Range<Int>? = nil, firstLine: Int = 1) {
        let range = range ?? 0..<bytes.count
        self.bytes = bytes
        self.range = range
        self.firstLine = firstLine
        var starts = [range.lowerBound]
        var sawNonASCII = false
        bytes.withUnsafeBufferPointer { bytes in
            var index = range.lowerBound
            while index < range.upperBound {
                // Eight bytes at a time while they hold no line break (and, until one is seen,
                // no byte above 0x7F): a JSON Lines document usually has neither.
                if index + 8 <= range.upperBound {
                    let word = ByteWords.load(bytes, at: index)
                    if !ByteWords.hasLineBreak(word), sawNonASCII || !ByteWords.hasNonASCII(word) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte >= 0x80 {
                    sawNonASCII = true
                } else if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        lineStarts = starts
        isASCII = !sawNonASCII
    }

    /// Number of line breaks inside the document.
    package var lineBreakCount: Int { lineStarts.count - 1 }

    private func lineSlot(containing offset: Int) -> Int {
        // Last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    package func position(of offset: Int) -> SourcePosition {
        let offset = min(max(offset, range.lowerBound), range.upperBound)
        let slot = lineSlot(containing: offset)
        if isASCII { return SourcePosition(line: firstLine + slot, column: offset - lineStarts[slot] + 1) }
        return SourcePosition(line: firstLine + slot, column: 1 + scalarCount(from: lineStarts[slot], to: offset))
    }

    /// Resolves offsets that mostly come in ascending order (the e-mails of a document), each
    /// counted on from the previous one: one pass over the document for all of them, where
    /// `position(of:)` counts every column from its line start.
    package struct Cursor {
        private let index: LineIndex
        private var offset: Int
        private var slot = 0
        private var column = 1

        init(_ index: LineIndex) {
            self.index = index
            offset = index.range.lowerBound
        }

        package mutating func position(of target: Int) -> SourcePosition {
            let target = min(max(target, index.range.lowerBound), index.range.upperBound)
            if index.isASCII || target < offset { return index.position(of: target) }
            let starts = index.lineStarts
            if slot + 1 < starts.count, target >= starts[slot + 1] {
                slot = index.lineSlot(containing: target)
                offset = starts[slot]
                column = 1
            }
            column += index.scalarCount(from: offset, to: target)
            offset = target
            return SourcePosition(line: index.firstLine + slot, column: column)
        }
    }

    package var cursor: Cursor { Cursor(self) }

    /// Columns between two offsets of one line: one per scalar, and one per stray byte of
    /// invalid UTF-8.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.scalarCount($0, from: start, to: end) }
    }

    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            // A run of ASCII counts one column per byte, eight at a time.
            if index + 8 <= end, !ByteWords.hasNonASCII(ByteWords.load(bytes, at: index)) {
                count += 8
                index += 8
                continue
            }
            let lead = bytes[index]
            let length = lead < 0xC0 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
            var next = index + 1
            while next < index + length, next < end, bytes[next] & 0xC0 == 0x80 { next += 1 }
            count += 1
            index = next
        }
        return count
    }

    /// At most about `maximum` bytes of the line holding `offset`, from `before` bytes ahead of
    /// it: what a snippet shows, without keeping a minified megabyte line per finding.
    package func lineExcerpt(containing offset: Int, before: Int = 80, maximum: Int = 320) -> SourceExcerpt {
        let (offset, line) = lineBounds(containing: offset)
        if line.count <= maximum {
            return SourceExcerpt(text: String(decoding: bytes[line], as: UTF8.self), firstColumn: 1, isCutAtEnd: false)
        }
        var start = max(line.lowerBound, offset - before)
        while start > line.lowerBound, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var end = min(line.upperBound, start + maximum)
        while end < line.upperBound, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return SourceExcerpt(
            text: String(decoding: bytes[start..<end], as: UTF8.self), firstColumn: position(of: start).column,
            isCutAtEnd: end < line.upperBound)
    }

    /// The text of the line holding `offset`, without its line break.
    package func lineText(containing offset: Int) -> String {
        String(decoding: bytes[lineBounds(containing: offset).line], as: UTF8.self)
    }

    /// `offset` clamped to the document, and the byte range of its line without the line break.
    private func lineBounds(containing offset: Int) -> (offset: Int, line: Range<Int>) {
        let offset = min(max(offset, range.lowerBound), range.upperBound)
        let start = lineStarts[lineSlot(containing: offset)]
        var end = offset
        while end < range.upperBound, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return (offset, start..<end)
    }
}
