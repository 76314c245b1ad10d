/// IL100: reported by the linter when the parser rejects a document; no per-payload check.
public struct JSONSyntaxRule: Rule {
    public static let code = "IL100"
}
