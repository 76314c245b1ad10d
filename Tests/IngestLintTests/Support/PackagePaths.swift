import Foundation

/// Where the package and its neighbours are, found from this file's location.
enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // IngestLintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `../shared` beside the checkout; absent in a user's fresh clone.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("SPEC.md").path)
    }
}
