import Foundation
import Testing
@testable import IngestLint

/// Helpers shared by the parser, position and JSONTestSuite conformance tests.
enum ParsingTestSupport {
    static let linter = Linter(configuration: Configuration())

    /// A canonical UUID, so payloads used only for their positions stay quiet about the id.
    static let interviewerId = "304c0cfb-324f-4b2c-ac89-c93725c00399"

    // MARK: Parsing

    /// The error `JSONParser.parseDocument` throws for `bytes`, or nil when it parses.
    static func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parseDocument(bytes)
            return nil
        } catch {
            return error
        }
    }

    static func syntaxError(_ text: String) -> JSONSyntaxError? {
        syntaxError(Array(text.utf8))
    }

    /// The bytes of `range` in `bytes`, as text.
    static func slice(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    // MARK: Linting

    /// Lints bytes in memory the way standard input or a file of the given format is linted.
    static func lint(_ bytes: [UInt8], path: String = "payload.json", format: InputFormat = .json) -> FileResult {
        FileLinter(linter: linter).lint(bytes: bytes, path: path, format: format)
    }

    static func lint(_ text: String, path: String = "payload.json", format: InputFormat = .json) -> FileResult {
        lint(Array(text.utf8), path: path, format: format)
    }

    /// Writes `bytes` to a fresh temporary file called `name`, lints it from disk (streamed when
    /// it is JSON Lines) reading `chunkSize` bytes at a time, and reports it under `name`.
    static func lintFile(_ bytes: [UInt8], name: String, chunkSize: Int = 4 << 20) throws -> FileResult {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingestlint-parsing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        var fileLinter = FileLinter(linter: linter)
        fileLinter.chunkSize = chunkSize
        return try fileLinter.lintFile(at: file.path, displayPath: name)
    }

    static func diagnostics(_ result: FileResult, code: String) -> [Diagnostic] {
        result.diagnostics.filter { $0.code == code }
    }

    /// Column of the `↓` marker in `line` (Unicode scalars before it, plus one), and the line
    /// without the marker. Computed from the Swift string, independently of `LineIndex`.
    static func marked(_ line: String) -> (text: String, column: Int) {
        guard let marker = line.firstIndex(of: "↓") else { return (line, 0) }
        let column = line[..<marker].unicodeScalars.count + 1
        var text = line
        text.remove(at: marker)
        return (text, column)
    }

    // MARK: Report sanity

    /// Every diagnostic has a real position (line and column ≥ 1, end not before start, a
    /// byte range inside the file) and the JSON report of the file parses back, with one entry
    /// per diagnostic carrying the same positions.
    static func expectWellFormed(
        _ result: FileResult, fileSize: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for diagnostic in result.diagnostics {
            #expect(diagnostic.start.line >= 1, "\(diagnostic.code) line", sourceLocation: sourceLocation)
            #expect(diagnostic.start.column >= 1, "\(diagnostic.code) column", sourceLocation: sourceLocation)
            #expect(diagnostic.end.line >= 1 && diagnostic.end.column >= 1, sourceLocation: sourceLocation)
            #expect(diagnostic.end >= diagnostic.start, "\(diagnostic.code) ends before it starts",
                    sourceLocation: sourceLocation)
            #expect(diagnostic.location.range.lowerBound >= 0, sourceLocation: sourceLocation)
            #expect(diagnostic.location.range.upperBound <= fileSize, sourceLocation: sourceLocation)
        }
        let report = JSONReporter().render(LintReport(files: [result]))
        let parsed = try? JSONSerialization.jsonObject(with: Data(report.utf8))
        guard let root = parsed as? [String: Any], let entries = root["diagnostics"] as? [[String: Any]] else {
            Issue.record("the JSON report does not parse back:\n\(report)", sourceLocation: sourceLocation)
            return
        }
        #expect(entries.count == result.diagnostics.count, sourceLocation: sourceLocation)
        for (entry, diagnostic) in zip(entries, result.diagnostics) {
            #expect(entry["code"] as? String == diagnostic.code, sourceLocation: sourceLocation)
            #expect(entry["line"] as? Int == diagnostic.start.line, sourceLocation: sourceLocation)
            #expect(entry["column"] as? Int == diagnostic.start.column, sourceLocation: sourceLocation)
            #expect(entry["endLine"] as? Int == diagnostic.end.line, sourceLocation: sourceLocation)
            #expect(entry["endColumn"] as? Int == diagnostic.end.column, sourceLocation: sourceLocation)
            #expect(entry["message"] as? String == diagnostic.message, sourceLocation: sourceLocation)
        }
    }
}
