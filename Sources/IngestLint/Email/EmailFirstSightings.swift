/// The first sighting of every distinct (Interviewer, e-mail) pair of a run, for IL303, in at
/// most 48 bytes per pair.
///
/// A Swift `Dictionary<EmailKey, …>` cost about 126 bytes per pair (64-byte buckets, at most
/// 75 % full, doubling). Here a record is 39 bytes kept field by field in fixed-size blocks (so
/// nothing doubles), and the hash table holds only a 4-byte record number per slot, open
/// addressing with linear probing, between 50 % and 75 % full (it grows by half): at most
/// 39 + 8 bytes per pair, checked by `CrossPayloadEmailTests`.
///
/// A record keeps what the related location of a later duplicate needs — file, byte range,
/// line, columns, pointer — the payload it came from, and 96 bits of the key (two different
/// pairs match only if both hashes collide on those bits: about 1 in 10¹⁶ at 10 million pairs).
/// Fields are sized for ordinary data; a sighting that does not fit (an e-mail wider than 32,766
/// columns, a candidate index above 16 million, a file over 1 TiB) is kept whole in `outsized`.
struct EmailFirstSightings: Sendable {
    /// One first sighting, as the index hands it back.
    struct Sighting: Equatable, Sendable {
        let file: UInt32
        /// Byte offset of the opening quote in the file.
        let offset: Int
        /// Bytes from the opening to past the closing quote.
        let length: UInt32
        let line: UInt32
        let column: UInt32
        /// Columns from the opening to past the closing quote (a JSON string is on one line).
        let width: UInt32
        let candidateIndex: UInt32
        /// Tells the payloads of one file apart (see `EmailOccurrence.payloadOrdinal`).
        let payloadOrdinal: UInt32
        /// The payload is an element of a batch array; its index is `payloadOrdinal`.
        let isBatchElement: Bool

        func location(path: String) -> SourceLocation {
            let pointer = JSONPointer.candidateEmail(
                batchIndex: isBatchElement ? Int(payloadOrdinal) : nil, candidate: Int(candidateIndex))
            return SourceLocation(
                file: path, range: offset..<(offset + Int(length)),
                start: SourcePosition(line: Int(line), column: Int(column)),
                end: SourcePosition(line: Int(line), column: Int(column) + Int(width)),
                pointer: pointer.description)
        }
    }

    private static let blockShift = 14
    private static let blockSize = 1 << blockShift
    private static let empty = UInt32.max
    /// `widthAndFlag`: the top bit is `isBatchElement`; this width means "see `outsized`".
    private static let batchFlag: UInt16 = 0x8000
    private static let outsizedWidth: UInt16 = 0x7FFF

    /// 39 bytes per record, one array per field.
    private struct Block: Sendable {
        var high: [UInt64] = []
        var low: [UInt32] = []
        var file: [UInt32] = []
        /// The offset's low 32 bits, and the next 8.
        var offsetLow: [UInt32] = []
        var offsetHigh: [UInt8] = []
        var line: [UInt32] = []
        var column: [UInt32] = []
        /// The candidate index (24 bits) and, in the top 8 bits, bytes minus columns.
        var candidateAndExtraBytes: [UInt32] = []
        var payloadOrdinal: [UInt32] = []
        var widthAndFlag: [UInt16] = []

        init() {
            let size = EmailFirstSightings.blockSize
            high.reserveCapacity(size)
            low.reserveCapacity(size)
            file.reserveCapacity(size)
            offsetLow.reserveCapacity(size)
            offsetHigh.reserveCapacity(size)
            line.reserveCapacity(size)
            column.reserveCapacity(size)
            candidateAndExtraBytes.reserveCapacity(size)
            payloadOrdinal.reserveCapacity(size)
            widthAndFlag.reserveCapacity(size)
        }
    }

    private var blocks: [Block] = []
    /// Record numbers, `empty` where free.
    private var slots: [UInt32] = []
    private var outsized: [UInt32: Sighting] = [:]
    private(set) var count = 0

    init() {}

    /// The first sighting of `key`, or nil after recording `sighting` as its first one.
    mutating func firstSighting(of key: EmailKey, orInsert sighting: Sighting) -> Sighting? {
        if count >= slots.count / 4 * 3 { grow() }
        var slot = Self.home(of: key.high, in: slots.count)
        while true {
            let record = slots[slot]
            if record == Self.empty {
                slots[slot] = UInt32(count)
                append(key, sighting)
                return nil
            }
            if matches(Int(record), key) { return self[Int(record)] }
            slot += 1
            if slot == slots.count { slot = 0 }
        }
    }

    /// The bytes the index has allocated (array capacities), for the memory test and the docs.
    var allocatedBytes: Int {
        var total = slots.capacity * MemoryLayout<UInt32>.stride + blocks.capacity * MemoryLayout<Block>.stride
        for block in blocks {
            total += block.high.capacity * 8 + block.offsetHigh.capacity + block.widthAndFlag.capacity * 2
            total += (block.low.capacity + block.file.capacity + block.offsetLow.capacity + block.line.capacity
                + block.column.capacity + block.candidateAndExtraBytes.capacity + block.payloadOrdinal.capacity) * 4
        }
        return total + outsized.capacity * (MemoryLayout<UInt32>.stride + MemoryLayout<Sighting>.stride)
    }

    /// The first slot to probe: the high hash scaled to the table (no power-of-two size needed).
    private static func home(of hash: UInt64, in capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash.multipliedFullWidth(by: UInt64(capacity)).high)
    }

    private func matches(_ record: Int, _ key: EmailKey) -> Bool {
        let (block, index) = (record >> Self.blockShift, record & (Self.blockSize - 1))
        return blocks[block].low[index] == UInt32(truncatingIfNeeded: key.low) && blocks[block].high[index] == key.high
    }

    private subscript(record: Int) -> Sighting {
        let (block, index) = (record >> Self.blockShift, record & (Self.blockSize - 1))
        let packed = blocks[block].widthAndFlag[index]
        let width = packed & ~Self.batchFlag
        if width == Self.outsizedWidth, let sighting = outsized[UInt32(record)] { return sighting }
        let candidateAndExtraBytes = blocks[block].candidateAndExtraBytes[index]
        return Sighting(
            file: blocks[block].file[index],
            offset: Int(blocks[block].offsetLow[index]) | Int(blocks[block].offsetHigh[index]) << 32,
            length: UInt32(width) + candidateAndExtraBytes >> 24, line: blocks[block].line[index],
            column: blocks[block].column[index], width: UInt32(width),
            candidateIndex: candidateAndExtraBytes & 0xFF_FFFF, payloadOrdinal: blocks[block].payloadOrdinal[index],
            isBatchElement: packed & Self.batchFlag != 0)
    }

    private mutating func append(_ key: EmailKey, _ sighting: Sighting) {
        if count & (Self.blockSize - 1) == 0 { blocks.append(Block()) }
        let extraBytes = sighting.length >= sighting.width ? sighting.length - sighting.width : UInt32.max
        let fits = sighting.width < UInt32(Self.outsizedWidth) && extraBytes <= 0xFF
            && sighting.candidateIndex <= 0xFF_FFFF && sighting.offset >= 0 && sighting.offset < 1 << 40
        let width = fits ? UInt16(sighting.width) : Self.outsizedWidth
        if !fits { outsized[UInt32(count)] = sighting }
        let offset = fits ? UInt64(sighting.offset) : 0
        let last = blocks.count - 1
        blocks[last].high.append(key.high)
        blocks[last].low.append(UInt32(truncatingIfNeeded: key.low))
        blocks[last].file.append(sighting.file)
        blocks[last].offsetLow.append(UInt32(truncatingIfNeeded: offset))
        blocks[last].offsetHigh.append(UInt8(truncatingIfNeeded: offset >> 32))
        blocks[last].line.append(sighting.line)
        blocks[last].column.append(sighting.column)
        blocks[last].candidateAndExtraBytes.append(fits ? sighting.candidateIndex | extraBytes << 24 : 0)
        blocks[last].payloadOrdinal.append(sighting.payloadOrdinal)
        blocks[last].widthAndFlag.append(width | (sighting.isBatchElement ? Self.batchFlag : 0))
        count += 1
    }

    private mutating func grow() {
        let capacity = max(1024, slots.count + slots.count / 2)
        slots = [UInt32](repeating: Self.empty, count: capacity)
        for record in 0..<count {
            var slot = Self.home(of: blocks[record >> Self.blockShift].high[record & (Self.blockSize - 1)], in: capacity)
            while slots[slot] != Self.empty {
                slot += 1
                if slot == capacity { slot = 0 }
            }
            slots[slot] = UInt32(record)
        }
    }
}
