/// Stable identities for findings, for CI systems that track them across runs (SARIF
/// `partialFingerprints`, GitLab Code Quality `fingerprint`).
///
/// A fingerprint hashes the rule code, the file path, the JSON Pointer and the occurrence index
/// of that (code, file, pointer) triple in report order — not the line, column or message, so a
/// finding keeps its identity when lines move above it or a message is reworded (or redacted).
/// The occurrence index makes fingerprints unique within a run (JSON Lines documents share
/// pointers such as `/data/0/email`).
package enum DiagnosticFingerprint {
    /// Bump when the recipe changes, so consumers see new identities rather than collisions.
    package static let version = "v1"

    /// One fingerprint per diagnostic, in the order given (which must be report order): 32
    /// lower-case hexadecimal digits (the first 128 bits of a SHA-256).
    package static func fingerprints(of diagnostics: [Diagnostic]) -> [String] {
        var counter = Counter()
        return diagnostics.map { counter.fingerprint(of: $0) }
    }

    /// Fingerprints for findings handed over one by one, in report order: it counts the
    /// occurrences of each (code, file, pointer) and holds nothing else. A report may `reset()`
    /// it after each file, since the key holds the file (a run lints each file once).
    package struct Counter: Sendable {
        private var seen: [Key: Int] = [:]

        package init() {}

        package mutating func fingerprint(of diagnostic: Diagnostic) -> String {
            fingerprint(of: diagnostic, path: diagnostic.file)
        }

        /// With the path the report names the file by (relative to the project root in SARIF
        /// and GitLab reports), so the identity does not depend on how the input was spelt.
        package mutating func fingerprint(of diagnostic: Diagnostic, path: String) -> String {
            let key = Key(code: diagnostic.code, file: path, pointer: diagnostic.location.pointer)
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            let digest = StableHash.sha256Hex(
                parts: ["ingestlint", version, key.code, key.file, key.pointer, String(occurrence)])
            return String(digest.prefix(32))
        }

        package mutating func reset() {
            seen.removeAll(keepingCapacity: true)
        }
    }

    private struct Key: Hashable {
        let code: String
        let file: String
        let pointer: String
    }
}
