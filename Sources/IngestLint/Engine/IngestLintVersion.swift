public enum IngestLintVersion {
    public static let current = "0.1.0"
}
