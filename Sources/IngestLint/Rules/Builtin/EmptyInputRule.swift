/// IL104: reported by the file reader (empty or whitespace-only input, no JSON Lines payload)
/// and while finding payloads (an empty batch array).
public struct EmptyInputRule: Rule {
    public static let code = "IL104"
}
