/// IL102: reported by the file reader, which sees the bytes before any document starts.
public struct ByteOrderMarkRule: Rule {
    public static let code = "IL102"
    public static let bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The finding for a BOM at the start of a file, with the fix that deletes it.
    public static func finding() -> Finding {
        finding(
            range: 0..<3, pointer: .root,
            fix: Fix(description: description.message("fix"), safety: .safe, edits: [Edit(range: 0..<3, replacement: "")]))
    }
}
