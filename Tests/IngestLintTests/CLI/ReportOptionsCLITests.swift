import Foundation
import IngestLint
import Testing

/// `--format` for every report format, `--report FORMAT=FILE`, `--redact` and `--jobs`, run
/// through the built binary.
@Suite("CLI report options")
struct ReportOptionsCLITests {
    @Test(arguments: ReportFormat.allCases)
    func everyFormatKeepsTheExitStatus(format: ReportFormat) async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean, "mixed.json": CLIFixtures.mixed])
        let failing = try await workspace.run(["--no-config", "-f", format.rawValue, "mixed.json"])
        #expect(failing.status == 1, "\(failing.transcript)")
        #expect(failing.error.isEmpty, "\(failing.transcript)")
        #expect(!failing.output.isEmpty)
        let passing = try await workspace.run(["--no-config", "--format", format.rawValue, "clean.json"])
        #expect(passing.status == 0, "\(passing.transcript)")
        #expect(passing.error.isEmpty, "\(passing.transcript)")
    }

    /// Without libxml2 (here: `INGESTLINT_LIBXML2` naming a library that does not exist) an XML
    /// report is refused in one sentence before anything is written; other formats still work.
    @Test func xmlReportsWithoutLibXML2() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed])
        let missing = ["INGESTLINT_LIBXML2": "libingestlint-absent.so.9"]
        for arguments in [["--format", "junit"], ["--format", "checkstyle", "-o", "out.xml"], ["--report", "json=out.json", "--report", "junit=out.xml"]] {
            let outcome = try await workspace.run(["--no-config"] + arguments + ["mixed.json"], environment: missing)
            #expect(outcome.status == 2, "\(outcome.transcript)")
            #expect(outcome.output.isEmpty, "\(outcome.transcript)")
            let format = arguments.contains("checkstyle") ? "checkstyle" : "junit"
            #expect(outcome.error == "ingestlint: cannot write the \(format) report: libxml2 could not be loaded (tried libingestlint-absent.so.9); install libxml2 (apt install libxml2), set INGESTLINT_LIBXML2 to its path, or choose another format.\n", "\(outcome.transcript)")
            #expect(!FileManager.default.fileExists(atPath: workspace.url("out.xml").path))
            #expect(!FileManager.default.fileExists(atPath: workspace.url("out.json").path), "no report is left behind")
        }
        let json = try await workspace.run(["--no-config", "--format", "json", "mixed.json"], environment: missing)
        #expect(json.status == 1, "\(json.transcript)")
        #expect(json.error.isEmpty, "\(json.transcript)")
    }

    /// One run writes every format; each file holds what `--format` prints for that format.
    @Test func reportsFromOneRunMatchTheirFormats() async throws {
        let workspace = try CLIWorkspace(files: ["mixed.json": CLIFixtures.mixed, "error.json": CLIFixtures.oneError])
        let destinations = ReportFormat.allCases.map { ($0, "out/\($0.rawValue)/nested/\($0.exampleFileName)") }
        let arguments = ["--no-config", "--color", "never", "mixed.json", "error.json"]
        let outcome = try await workspace.run(arguments + destinations.flatMap { ["--report", "\($0.0.rawValue)=\($0.1)"] })
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.error.isEmpty, "\(outcome.transcript)")
        let text = try await workspace.run(arguments)
        #expect(outcome.output == text.output, "the primary report is unchanged by --report")
        for (format, path) in destinations {
            let written = try Data(contentsOf: workspace.url(path))
            let printed = try await workspace.run(arguments + ["--format", format.rawValue])
            #expect(written == printed.standardOutput, "--report \(format.rawValue) differs from --format \(format.rawValue)")
            let folder = workspace.url(path).deletingLastPathComponent().path
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [format.exampleFileName], "no temporary file is left")
        }
    }

    @Test func outputAndReportsTogether() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config", "-f", "sarif", "-o", "a/b.sarif", "--report", "junit=a/c.xml", "error.json"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty)
        #expect(FileManager.default.fileExists(atPath: workspace.url("a/b.sarif").path))
        #expect(FileManager.default.fileExists(atPath: workspace.url("a/c.xml").path))
    }

    @Test(arguments: [
        (["--report", "xml=out.xml"], "unknown report format 'xml'"),
        (["--report", "sarif"], "--report needs FORMAT=FILE"),
        (["--report", "sarif="], "names no file"),
        (["--report", "=out.json"], "unknown report format ''"),
        (["--report", "json=a.json", "--report", "sarif=a.json"], "'a.json' is named more than once"),
        (["-o", "a.json", "--report", "sarif=a.json"], "'a.json' is named more than once"),
    ])
    func badReportRequestsAreUsageErrors(arguments: [String], message: String) async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError])
        let outcome = try await workspace.run(["--no-config"] + arguments + ["error.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.output.isEmpty, "nothing is linted when a --report is wrong")
        #expect(outcome.errorLines.count == 1, "\(outcome.transcript)")
        #expect(outcome.error.hasPrefix("ingestlint: ") && outcome.error.contains(message), "\(outcome.transcript)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path)
        #expect(leftovers == ["error.json"], "no report is written")
    }

    @Test func unwritableReportIsAnError() async throws {
        let workspace = try CLIWorkspace(files: ["clean.json": CLIFixtures.clean, "error.json": CLIFixtures.oneError])
        for destination in ["clean.json/report.sarif", "clean.json/deeper/report.sarif"] {
            let outcome = try await workspace.run(["--no-config", "--report", "sarif=\(destination)", "error.json"])
            #expect(outcome.status == 2, "\(outcome.transcript)")
            #expect(outcome.errorLines.count == 1, "\(outcome.transcript)")
            #expect(outcome.error.contains("cannot write the report to '\(destination)'"), "\(outcome.transcript)")
        }
        #expect(try String(contentsOf: workspace.url("clean.json"), encoding: .utf8) == CLIFixtures.clean)
    }

    /// `--redact` reaches every format, on standard output and in report files.
    @Test func redactMasksEveryFormat() async throws {
        let workspace = try CLIWorkspace(files: ["people.json": RedactionTests.personalPayload])
        let payload = try JSONSerialization.jsonObject(with: Data(RedactionTests.personalPayload.utf8))
        let data = RedactionTests.candidateData(in: [payload])
        let reports = ReportFormat.allCases.flatMap { ["--report", "\($0.rawValue)=reports/\($0.exampleFileName)"] }
        let outcome = try await workspace.run(["--no-config", "--redact", "--color", "never", "people.json"] + reports)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        RedactionTests.expectNoCandidateData(outcome.output, data, "text on standard output")
        for format in ReportFormat.allCases {
            let written = try String(contentsOf: workspace.url("reports/\(format.exampleFileName)"), encoding: .utf8)
            RedactionTests.expectNoCandidateData(RedactionTests.findings(written, format), data, "--report \(format.rawValue)")
        }
        let jsonLines = try await workspace.run(["--no-config", "--redact", "-f", "jsonl", "people.json"])
        RedactionTests.expectNoCandidateData(jsonLines.output, data, "streamed JSON Lines")
        let plain = try await workspace.run(["--no-config", "people.json"])
        #expect(data.contains { plain.output.contains($0) }, "without --redact the data is shown")
    }

    /// Same bytes whatever the parallelism, in every format (the examples from the package root).
    @Test(arguments: ReportFormat.allCases)
    func parallelismDoesNotChangeTheBytes(format: ReportFormat) async throws {
        var outputs: [Data] = []
        for jobs in ["1", "2"] {
            let outcome = try await ExternalProcess(
                executable: IngestLintBinary.url(),
                arguments: ["examples/", "--no-config", "--color", "never", "--format", format.rawValue, "--jobs", jobs],
                currentDirectory: ReportFixtures.packageRoot
            ).run()
            #expect(outcome.status == 1, "\(outcome.transcript)")
            outputs.append(outcome.standardOutput)
        }
        #expect(outputs[0] == outputs[1], "--jobs 1 and --jobs 2 differ in \(format)")
    }
}
