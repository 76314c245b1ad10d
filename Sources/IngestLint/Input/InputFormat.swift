/// How the bytes of an input are split into documents.
package enum InputFormat: Sendable, Equatable {
    /// One payload, or a batch array of payloads.
    case json
    /// One payload per line; blank lines are skipped.
    case jsonLines
    /// Decided by looking at the content (standard input, unknown extensions).
    case sniff

    /// The format a file name implies.
    package init(fileName: String) {
        let lowered = fileName.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            self = .jsonLines
        } else {
            self = .sniff
        }
    }

    /// Several top-level values separated by line breaks mean JSON Lines.
    static func sniff(_ bytes: [UInt8], from start: Int) -> InputFormat {
        if let end = JSONParser.endOfValue(bytes, from: start) {
            var index = end
            var sawLineBreak = false
            while index < bytes.count {
                switch bytes[index] {
                case 0x0A, 0x0D: sawLineBreak = true
                case 0x20, 0x09: break
                default: return sawLineBreak ? .jsonLines : .json
                }
                index += 1
            }
            return .json
        }
        // The first value is broken: still JSON Lines when every non-blank line looks like a
        // complete value of its own, so one bad line does not hide the others.
        let lines = LineSplitter.lines(in: bytes, from: start).filter { !LineSplitter.isBlank(bytes, $0.range) }
        guard lines.count > 1 else { return .json }
        let looksLikeValues = lines.allSatisfy { line in
            let trimmed = LineSplitter.trimmed(bytes, line.range)
            guard let first = trimmed.first, let last = trimmed.last else { return false }
            return (bytes[first] == UInt8(ascii: "{") || bytes[first] == UInt8(ascii: "["))
                && (bytes[last] == UInt8(ascii: "}") || bytes[last] == UInt8(ascii: "]"))
        }
        return looksLikeValues ? .jsonLines : .json
    }
}
