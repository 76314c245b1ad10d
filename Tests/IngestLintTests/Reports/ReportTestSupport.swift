import Foundation
import IngestLint
import Testing

/// The example payloads and the reports generated from them, as the CLI sees them when run as
/// `ingestlint examples/` from the package root.
enum ReportFixtures {
    /// The package root (the folder holding Package.swift), found from this file's location.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Reports
        .deletingLastPathComponent()  // IngestLintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let examples = packageRoot.appendingPathComponent("examples", isDirectory: true)
    static let goldenFolder = packageRoot.appendingPathComponent("reports/examples", isDirectory: true)
    static let schema = packageRoot.appendingPathComponent("reports/ingestlint-report.schema.json")

    /// Lints `examples/` with the default configuration. The folder is found through its
    /// absolute path (the tests do not change the working directory, which the whole process
    /// shares) and the inputs are renamed to what the CLI prints from the package root:
    /// `examples/clean/minimal.json`.
    static func lintExamples(jobs: Int? = nil) async throws -> LintReport {
        let root = packageRoot.standardizedFileURL.path
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let discovery = InputDiscovery(configuration: Configuration())
        let inputs = try discovery.inputs(for: [prefix + "examples/"]).map { input -> LintInput in
            guard case .file(let path, _, _) = input, path.hasPrefix(prefix) else { return input }
            return .file(path: path, displayPath: String(path.dropFirst(prefix.count)))
        }
        let results = try await LintRun(configuration: Configuration(), jobs: jobs).run(inputs)
        return LintReport(files: results)
    }

    /// Lints `bytes` as if they came from standard input named `name`.
    static func lint(_ bytes: [UInt8], name: String) async throws -> LintReport {
        let results = try await LintRun(configuration: Configuration(), jobs: 1)
            .run([.standardInput(displayPath: name)], standardInput: bytes)
        return LintReport(files: results)
    }
}

/// Validates JSON documents against a JSON Schema with an independent implementation: Python's
/// `jsonschema` (4.x), run as a child process. The draft is the one the schema's `$schema`
/// names (2020-12 for our report schema, draft-04 for SARIF, draft-07 for GitLab's), defaulting
/// to 2020-12.
enum PythonSchemaValidator {
    /// Exit statuses of `script`.
    enum Status: Int32 {
        case valid = 0
        case invalid = 1
        case notJSON = 3
    }

    struct Verdict: Sendable {
        let status: Int32
        /// One line per schema violation (`pointer: message`), or why the document is not JSON.
        let details: String

        var isValid: Bool { status == Status.valid.rawValue }
        var isRejectedBySchema: Bool { status == Status.invalid.rawValue }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Strict: duplicate keys, `NaN`/`Infinity` and invalid UTF-8 make the document "not JSON";
    /// the schema itself is checked against its draft's metaschema first.
    static let script = #"""
        import json, sys
        from jsonschema import Draft202012Validator
        from jsonschema.validators import validator_for

        def no_duplicates(pairs):
            seen = set()
            for key, _ in pairs:
                if key in seen:
                    raise ValueError("duplicate key %r" % key)
                seen.add(key)
            return dict(pairs)

        def no_constants(name):
            raise ValueError("non-standard constant %s" % name)

        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        Validator = validator_for(schema, default=Draft202012Validator)
        Validator.check_schema(schema)
        with open(sys.argv[2], "rb") as f:
            raw = f.read()
        try:
            document = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)
        except ValueError as error:
            print("not JSON: %s" % error)
            sys.exit(3)
        errors = sorted(Validator(schema).iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
        for error in errors:
            print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message[:300])
        sys.exit(1 if errors else 0)
        """#

    static let probe =
        "import sys, importlib.metadata; from jsonschema import Draft202012Validator; "
        + "sys.exit(0 if int(importlib.metadata.version('jsonschema').split('.')[0]) >= 4 else 1)"

    /// Whether `python3` with `jsonschema` 4.x can be run; checked once.
    static let isAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", probe]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static let unavailableComment: Comment =
        "python3 with jsonschema 4.x is not available (python3 -m pip install jsonschema); the JSON report schema tests are skipped"

    /// Validates `document` (the bytes of a report) against `schema`.
    static func validate(_ document: Data, schema: URL = ReportFixtures.schema) async throws -> Verdict {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingestlint-schema-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let documentURL = folder.appendingPathComponent("report.json")
        try document.write(to: documentURL)
        let outcome = try await ExternalProcess(
            executable: URL(fileURLWithPath: "/usr/bin/env"),
            arguments: ["python3", "-c", script, schema.path, documentURL.path]
        ).run()
        guard [Status.valid, .invalid, .notJSON].map(\.rawValue).contains(outcome.status) else {
            throw Failure(description: "the validator failed (status \(outcome.status)): \(outcome.error)\(outcome.output)")
        }
        return Verdict(status: outcome.status, details: outcome.output)
    }

    static func validate(_ document: String) async throws -> Verdict {
        try await validate(Data(document.utf8))
    }
}
