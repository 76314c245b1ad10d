import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reports are written as the run goes: memory does not grow with the findings, and a run that
/// fails midway leaves report files as they were.
@Suite("Streaming reports through the CLI")
struct StreamingCLITests {
    /// 50,000 JSON Lines payloads with 4 findings each (IL600, IL301, IL206, IL200): 200,000
    /// findings in about 25 MB (whitespace pads the lines, so the file spans several 4 MiB parts).
    static func manyFindings() -> String {
        let padding = String(repeating: " ", count: 300)
        var text = ""
        text.reserveCapacity(25 << 20)
        for index in 0..<50_000 {
            text += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399","# + padding
            text += #" "status": "Draft", "data": [{"name": "A\#(index)", "email": "Ada\#(index)@Lovelace.dev", "skills": ["python", "Python"]}, {"name": "B\#(index)"}]}"#
            text += "\n"
        }
        return text
    }

    /// Runs the binary in `workspace` under `/usr/bin/time` and returns its exit status and peak
    /// resident memory in KiB. (Not `wait4` on a child spawned from here: on Linux a child that
    /// shares this large test process's memory until `exec` inherits its high-water mark.)
    static func peakMemory(_ arguments: [String], in workspace: CLIWorkspace) async throws -> (status: Int32, kilobytes: Int) {
        let record = workspace.url("peak-memory.txt")
        let outcome = try await ExternalProcess(
            executable: URL(fileURLWithPath: "/usr/bin/time"),
            arguments: ["-f", "%M", "-o", record.path, try IngestLintBinary.url().path] + arguments,
            standardInput: nil, environment: [:], currentDirectory: workspace.folder
        ).run()
        let text = try String(contentsOf: record, encoding: .utf8)
        let kilobytes = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? Int.max
        return (outcome.status, kilobytes)
    }

    static var hasTimeCommand: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/time") }

    /// Before reports streamed, this input took 628 MB (json), 335 MB (junit) and 1,215 MB
    /// (sarif) with the release build; streamed, about 110–180 MB, most of it the engine's parts
    /// of the file and the IL303 index.
    @Test(
        "200,000 findings: json, junit and sarif report files keep memory bounded",
        .enabled(if: hasTimeCommand, "needs /usr/bin/time (GNU time) to measure the peak memory"), .timeLimit(.minutes(10)))
    func peakMemoryStaysBounded() async throws {
        let workspace = try CLIWorkspace(files: ["export.jsonl": Self.manyFindings()])
        let limit = 224 << 10
        for arguments in [["-f", "json", "-o", "report.json"], ["-f", "junit", "-o", "report.xml"], ["-q", "--report", "sarif=report.sarif"]] {
            let (status, kilobytes) = try await Self.peakMemory(["--no-config", "--jobs", "1", "--max-diagnostics-per-file", "0"] + arguments + ["export.jsonl"], in: workspace)
            #expect(status == 1, "\(arguments): the findings fail the run")
            #expect(kilobytes < limit, "\(arguments): peak memory \(kilobytes / 1024) MB, expected under \(limit >> 10) MB")
        }
        // The documents are complete (their schemas and parts are checked elsewhere; these are
        // too large to parse here quickly).
        #expect(try Self.tail(of: workspace.url("report.json")).contains(#""errors": 100000,"#))
        #expect(try Self.tail(of: workspace.url("report.sarif")).hasSuffix("\"columnKind\": \"unicodeCodePoints\"\n    }\n  ]\n}\n"))
        let junit = try FileHandle(forReadingFrom: workspace.url("report.xml")).read(upToCount: 200) ?? Data()
        #expect(String(decoding: junit, as: UTF8.self).hasPrefix(
            #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<testsuites name="ingestlint" tests="200000" failures="100000" errors="0">"#))
    }

    static func tail(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size > 400 ? size - 400 : 0)
        return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
    }

    /// A second input that cannot be read: `/proc/self/mem` fails with EIO at offset 0 (root
    /// reads a mode-000 file), or a mode-000 file for other users.
    static func unreadableInput(in workspace: CLIWorkspace) throws -> String? {
        if getuid() != 0 {
            try workspace.write("locked.json", "{}")
            chmod(workspace.url("locked.json").path, 0)
            return "locked.json"
        }
        return FileManager.default.fileExists(atPath: "/proc/self/mem") ? "/proc/self/mem" : nil
    }

    /// An input that cannot be read is an error line and exit 2, but the other inputs are still
    /// linted (issue 9): every report is then written whole, for what was read, and no temporary
    /// file is left behind.
    @Test("An unreadable input: the reports cover the other inputs, exit 2, no temporary file")
    func unreadableInputStillReports() async throws {
        let workspace = try CLIWorkspace(files: ["error.json": CLIFixtures.oneError, "export.jsonl": String(Self.manyFindings().prefix(2_000_000))])
        guard let unreadable = try Self.unreadableInput(in: workspace) else { return }
        let originals = ["out/report.json": "old json\n", "out/report.xml": "old junit\n", "out/report.sarif": "old sarif\n"]
        for (path, text) in originals { try workspace.write(path, text) }
        let outcome = try await workspace.run([
            "--no-config", "-f", "json", "-o", "out/report.json", "--report", "junit=out/report.xml",
            "--report", "sarif=out/report.sarif", "export.jsonl", "error.json", unreadable,
        ])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.errorLines.count == 1 && outcome.error.contains("cannot read"), "\(outcome.transcript)")
        let json = try String(contentsOf: workspace.url("out/report.json"), encoding: .utf8)
        #expect(json.contains("\"file\": \"error.json\""), "the report covers the files that were read")
        #expect(json.hasSuffix("}\n"), "the report is whole")
        for (path, text) in originals {
            #expect(try String(contentsOf: workspace.url(path), encoding: .utf8) != text, "\(path) was not written")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url("out").path).sorted()
        #expect(leftovers == ["report.json", "report.sarif", "report.xml"], "no temporary file is left behind")
    }
}
