// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ingestlint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "IngestLint", targets: ["IngestLint"]),
        .executable(name: "ingestlint", targets: ["ingestlint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Extended attributes (ACLs) for safe replacement: not in Swift's Glibc module.
        .systemLibrary(name: "CSystemCalls"),
        .target(
            name: "IngestLint",
            // libxml2 is not linked: the XML reporters load it when first used (LibXML2.swift).
            dependencies: ["CSystemCalls", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "ingestlint",
            dependencies: ["IngestLint", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "generate-rules",
            dependencies: ["IngestLint"]
        ),
        // Fuzz targets (Fuzz/run.sh builds them with libFuzzer and AddressSanitizer).
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/Sources/CLibFuzzer"),
        .executableTarget(
            name: "fuzz-lint",
            dependencies: ["IngestLint", "CLibFuzzer"],
            path: "Fuzz/Sources/fuzz-lint"
        ),
        .executableTarget(
            name: "fuzz-report",
            dependencies: ["IngestLint", "CLibFuzzer", "CLibXML2"],
            path: "Fuzz/Sources/fuzz-report"
        ),
        .testTarget(
            name: "IngestLintTests",
            // Yams: CISnippetTests parses the workflow files of docs/ci.md.
            dependencies: ["IngestLint", "CLibXML2", "CSystemCalls", "ingestlint", .product(name: "Yams", package: "Yams")],
            // Run by hand against Python's email-validator (docs/email-policy.md).
            exclude: ["Email/compare_with_email_validator.py"]
        ),
        // The public API only, as a server would use it: no @testable, no other module.
        .testTarget(
            name: "IngestLintAPITests",
            dependencies: ["IngestLint"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
