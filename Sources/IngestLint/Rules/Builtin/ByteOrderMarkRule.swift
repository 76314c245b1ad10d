/// IL102: reported by the file reader, which sees the bytes before any document starts.
public struct ByteOrderMarkRule: Rule {
    public static let code = "IL102"
    public static let bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The finding for a BOM at `start` (the file's first byte, in the caller's coordinates),
    /// with the fix that deletes it.
    public static func finding(at start: Int = 0) -> Finding {
        let range = start..<(start + bytes.count)
        return finding(
            range: range, pointer: .root,
            fix: Fix(description: message("fix"), safety: .safe, edits: [Edit(range: range, replacement: "")]))
    }
}
