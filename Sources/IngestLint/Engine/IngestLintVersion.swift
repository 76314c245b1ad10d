package enum IngestLintVersion {
    package static let current = "0.1.0"
}
