import Foundation
import Testing
@testable import IngestLint
#if canImport(Glibc)
import Glibc
#endif

/// Issue 9, defects 3–6 and the input limits, through the binary: a walk never hangs on or
/// floods from something that is not a regular file, dangling links and link loops are
/// warnings, every file is linted once however it is spelt, and the limits bound what is read.
@Suite("Safe walks and input limits")
struct SafeWalkTests {
    static let nfc = "\u{E9}.json"        // é as one scalar: C3 A9
    static let nfd = "e\u{301}.json"      // e + combining acute: 65 CC 81

    static func measured(_ workspace: CLIWorkspace, _ arguments: [String], in folder: String? = nil, timeout: Double = 30)
        async throws -> MeasuredProcess.Outcome
    {
        let directory = folder.map { workspace.url($0) } ?? workspace.folder
        return try await MeasuredProcess(arguments: arguments, currentDirectory: directory, timeout: timeout).run()
    }

    static func symlink(_ target: String, at link: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }

    // MARK: Defect 3: only regular files are walked

    @Test("A FIFO in a walked folder is skipped and the run returns promptly")
    func fifoInWalkedFolder() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.clean])
        #expect(mkfifo(workspace.url("f/p.json").path, 0o644) == 0)
        let outcome = try await Self.measured(workspace, ["--no-config", "f"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 1 file — 1 payload, 1 candidate\n", "\(outcome.transcript)")
        #expect(outcome.error.isEmpty, "\(outcome.transcript)")
    }

    @Test("A walked file replaced by a FIFO before it is read is refused at once, not waited on")
    func fileSwappedForFIFOAfterTheWalk() async throws {
        let workspace = try CLIWorkspace(files: ["f/p.json": CLIFixtures.clean, "f/q.jsonl": CLIFixtures.clean])
        let discovery = InputDiscovery(configuration: Configuration())
        let inputs = try discovery.inputs(for: [workspace.url("f").path])
        #expect(inputs.count == 2)
        for name in ["p.json", "q.jsonl"] {
            let path = workspace.url("f/\(name)").path
            #expect(unlink(path) == 0)
            #expect(mkfifo(path, 0o644) == 0)
        }
        let linter = FileLinter(linter: Linter(configuration: Configuration()))
        let reads = Task.detached {
            inputs.map { input -> String in
                guard case .file(let path, let displayPath, let walked) = input else { return "not a file" }
                do throws(InputError) {
                    _ = try linter.lintFile(at: path, displayPath: displayPath, regularFileOnly: walked)
                    return "read"
                } catch {
                    return error.description
                }
            }
        }
        // Should a read block on a FIFO, a writer that opens and closes it ends the wait, so a
        // regression fails the test instead of hanging it.
        let watchdog = Task.detached {
            try await Task.sleep(for: .seconds(10))
            for name in ["p.json", "q.jsonl"] {
                let descriptor = open(workspace.url("f/\(name)").path, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
        }
        let outcomes = await reads.value
        watchdog.cancel()
        #expect(outcomes == inputs.map {
            "'\($0.displayPath)' is no longer a regular file (it changed after its folder was walked); it was not read"
        })
    }

    @Test("A symbolic link to /dev/zero in a walked folder is skipped, with no memory growth")
    func devZeroLinkInWalkedFolder() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.clean])
        try Self.symlink("/dev/zero", at: workspace.url("f/zero.json"))
        try Self.symlink("/dev/null", at: workspace.url("f/null.jsonl"))
        let outcome = try await Self.measured(workspace, ["--no-config", "f"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 1 file — 1 payload, 1 candidate\n", "\(outcome.transcript)")
        #expect(outcome.peakMemoryKiB > 0 && outcome.peakMemoryKiB < 100_000, "\(outcome.transcript)")
    }

    @Test("A Unix socket in a walked folder is skipped")
    func socketInWalkedFolder() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.clean])
        let path = workspace.url("f/s.json").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        try #require(bytes.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0, "bind: \(String(cString: strerror(errno)))")
        let outcome = try await Self.measured(workspace, ["--no-config", "f"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(outcome.output == "No problems in 1 file — 1 payload, 1 candidate\n", "\(outcome.transcript)")
    }

    @Test("/dev/zero named explicitly ends in the size-limit error, with memory bounded by the limit")
    func devZeroNamedExplicitlyWithConfiguredLimit() async throws {
        let workspace = try CLIWorkspace(files: [
            "a.json": CLIFixtures.clean,
            "limits.yml": "limits:\n  max-file-size: 4 MiB\n",
        ])
        let outcome = try await Self.measured(workspace, ["-c", "limits.yml", "/dev/zero", "a.json"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(
            outcome.error == "ingestlint: '/dev/zero' is larger than the 4 MiB limit (limits.max-file-size); it was not linted.\n",
            "\(outcome.transcript)")
        // The other file is still linted and reported.
        #expect(outcome.output == "No problems in 1 file — 1 payload, 1 candidate\n", "\(outcome.transcript)")
        #expect(outcome.peakMemoryKiB > 0 && outcome.peakMemoryKiB < 100_000, "\(outcome.transcript)")
    }

    @Test("/dev/zero named explicitly stops at the default 1 GiB limit, not at the memory's end")
    func devZeroNamedExplicitlyWithDefaultLimit() async throws {
        let workspace = try CLIWorkspace()
        let outcome = try await Self.measured(workspace, ["--no-config", "/dev/zero"], timeout: 90)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.error.hasPrefix("ingestlint: '/dev/zero' is larger than the 1 GiB limit"), "\(outcome.transcript)")
        // The limit plus the runtime; before, reading went on until the memory ran out.
        #expect(outcome.peakMemoryKiB > 0 && outcome.peakMemoryKiB < 1_150_000, "\(outcome.transcript)")
    }

    @Test("A FIFO named explicitly is read like any file")
    func fifoNamedExplicitly() async throws {
        let workspace = try CLIWorkspace(files: ["source.json": CLIFixtures.oneError])
        #expect(mkfifo(workspace.url("p.json").path, 0o644) == 0)
        // The writer is a process of its own (a thread of the test could wait for a free worker
        // while the reader waits for it): its open returns once the reader's has.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat source.json > p.json"]
        writer.currentDirectoryURL = workspace.folder
        try writer.run()
        defer {
            // Ends only the writer started here, should the reader have failed to open the FIFO.
            if writer.isRunning { writer.terminate() }
        }
        let outcome = try await Self.measured(workspace, ["--no-config", "p.json"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(outcome.output.contains("p.json:4:12: error:"), "\(outcome.transcript)")
    }

    // MARK: Defect 4: dangling links; link loops

    @Test("A dangling symbolic link is one warning on standard error and the run goes on")
    func danglingSymlink() async throws {
        let workspace = try CLIWorkspace(files: ["f/error.json": CLIFixtures.oneError])
        try Self.symlink("gone.json", at: workspace.url("f/link.json"))
        let outcome = try await workspace.run(["--no-config", "f"])
        #expect(outcome.status == 1, "the exit status comes from the findings: \(outcome.transcript)")
        #expect(
            outcome.error == "ingestlint: warning: skipped 'f/link.json': it is a symbolic link to 'gone.json', which does not exist.\n",
            "\(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 error in 1 of 1 file — 1 payload, 1 candidate\n"), "\(outcome.transcript)")

        let clean = try CLIWorkspace(files: ["f/a.json": CLIFixtures.clean])
        try Self.symlink("gone", at: clean.url("f/gone"))
        let passing = try await clean.run(["--no-config", "f"])
        #expect(passing.status == 0, "\(passing.transcript)")
        #expect(passing.errorLines.count == 1, "\(passing.transcript)")
    }

    @Test("A symbolic-link loop ends the walk with a warning, however the loop is made")
    func symlinkLoops() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.clean, "f/sub/b.json": CLIFixtures.oneWarning])
        try Self.symlink("..", at: workspace.url("f/sub/up"))           // a folder loop
        try Self.symlink("two.json", at: workspace.url("f/one.json"))  // links that lead to each other
        try Self.symlink("one.json", at: workspace.url("f/two.json"))
        let outcome = try await Self.measured(workspace, ["--no-config", "f"], timeout: 20)
        #expect(!outcome.timedOut, "\(outcome.transcript)")
        #expect(outcome.status == 0, "\(outcome.transcript)")
        // b.json and a.json once each: the loop does not lint them again as f/sub/up/…
        #expect(outcome.output.hasSuffix("1 warning in 1 of 2 files — 2 payloads, 2 candidates\n"), "\(outcome.transcript)")
        let warnings = outcome.error.split(separator: "\n")
        #expect(warnings == [
            "ingestlint: warning: skipped 'f/one.json': its symbolic links form a loop.",
            "ingestlint: warning: skipped 'f/sub/up': it leads back to a folder being walked (a symbolic-link loop).",
            "ingestlint: warning: skipped 'f/two.json': its symbolic links form a loop.",
        ], "\(outcome.transcript)")
    }

    @Test("A symbolic link to a regular file or a folder is walked")
    func symlinksToFilesAndFolders() async throws {
        let workspace = try CLIWorkspace(files: ["data/a.json": CLIFixtures.oneError, "f/b.json": CLIFixtures.clean])
        try Self.symlink("../data/a.json", at: workspace.url("f/linked.json"))
        try Self.symlink("../data", at: workspace.url("f/data"))
        let outcome = try await workspace.run(["--no-config", "--color", "never", "f"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        // data/a.json is one file, reached twice: linted once, under its first name in order.
        #expect(outcome.output.hasPrefix("f/data/a.json:4:12: error:"), "\(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 error in 1 of 2 files — 2 payloads, 2 candidates\n"), "\(outcome.transcript)")
    }

    // MARK: Defect 5: one file, many spellings

    @Test("Two spellings of one file lint it once, under the first spelling in report order")
    func spellingsOfOneFile() async throws {
        let workspace = try CLIWorkspace(files: ["x/a.json": CLIFixtures.oneError, "x/y/keep.txt": ""])
        let outcome = try await ExternalProcess(
            executable: IngestLintBinary.url(), arguments: ["--no-config", "--color", "never", "./a.json", "../x//y/../a.json"],
            currentDirectory: workspace.url("x")
        ).run()
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(!outcome.output.contains("IL303"), "the file must not be reported against itself: \(outcome.transcript)")
        #expect(outcome.output.hasPrefix("../x//y/../a.json:4:12: error:"), "\(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 error in 1 of 1 file — 1 payload, 1 candidate\n"), "\(outcome.transcript)")
    }

    @Test("A folder and a file inside it, or a hard link, lint the file once")
    func folderAndFileInside() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.oneError])
        #expect(link(workspace.url("f/a.json").path, workspace.url("f/b.json").path) == 0)
        let outcome = try await workspace.run(["--no-config", "--color", "never", "f", "f/a.json", "f/"])
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(!outcome.output.contains("IL303"), "\(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 error in 1 of 1 file — 1 payload, 1 candidate\n"), "\(outcome.transcript)")
    }

    // MARK: Defect 6: names that differ only in normalisation

    @Test("NFC and NFD names side by side are two files, walked or named")
    func normalisationVariants() async throws {
        // Not one dictionary literal: Swift's String equality makes the two names one key.
        let workspace = try CLIWorkspace()
        try workspace.write("f/\(Self.nfc)", CLIFixtures.oneError)
        try workspace.write("f/\(Self.nfd)", CLIFixtures.oneError)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.url("f").path)
        try #require(names.count == 2, "the file system keeps both names")
        for arguments in [["f"], ["f/\(Self.nfc)", "f/\(Self.nfd)"], ["f/\(Self.nfd)", "f", "f/\(Self.nfc)"]] {
            let outcome = try await workspace.run(["--no-config", "--color", "never"] + arguments)
            #expect(outcome.status == 1, "\(arguments): \(outcome.transcript)")
            #expect(outcome.output.hasSuffix("2 errors in 2 of 2 files — 2 payloads, 2 candidates\n"), "\(arguments): \(outcome.transcript)")
            // Both byte spellings are named in the report, in byte order (e, 0x65, before 0xC3).
            let bytes = Array(outcome.standardOutput)
            let nfd = Array("f/\(Self.nfd):4:12".utf8)
            let nfc = Array("f/\(Self.nfc):4:12".utf8)
            let nfdAt = try #require(bytes.firstRange(of: nfd)?.lowerBound, "\(arguments): \(outcome.transcript)")
            let nfcAt = try #require(bytes.firstRange(of: nfc)?.lowerBound, "\(arguments): \(outcome.transcript)")
            #expect(nfdAt < nfcAt, "\(arguments): \(outcome.transcript)")
        }
    }

    // MARK: Removed and unreadable files

    @Test("An unreadable file named or walked is one error, exit 2, and the other files are linted")
    func unreadableFile() async throws {
        let workspace = try CLIWorkspace(files: ["f/a.json": CLIFixtures.oneWarning])
        // /proc/self/mem is a regular file that open accepts and read refuses, even for root.
        try Self.symlink("/proc/self/mem", at: workspace.url("f/mem.json"))
        let walked = try await workspace.run(["--no-config", "f"])
        #expect(walked.status == 2, "\(walked.transcript)")
        #expect(walked.error == "ingestlint: cannot read 'f/mem.json': input/output error.\n", "\(walked.transcript)")
        #expect(walked.output.hasSuffix("1 warning in 1 of 1 file — 1 payload, 1 candidate\n"), "\(walked.transcript)")

        let named = try await workspace.run(["--no-config", "-f", "json", "/proc/self/mem", "f/a.json"])
        #expect(named.status == 2, "\(named.transcript)")
        #expect(named.error == "ingestlint: cannot read '/proc/self/mem': input/output error.\n", "\(named.transcript)")
        #expect(named.output.contains(#""file": "f/a.json""#), "\(named.transcript)")
        #expect(named.output.contains(#""files": 1,"#), "\(named.transcript)")
    }

    @Test("A file removed or replaced by a folder after the walk is an error for it; the others are linted")
    func fileRemovedDuringTheRun() async throws {
        let workspace = try CLIWorkspace(files: [
            "f/a.json": CLIFixtures.clean, "f/b.json": CLIFixtures.clean, "f/c.jsonl": CLIFixtures.clean,
        ])
        let current = FileManager.default.currentDirectoryPath
        let discovery = InputDiscovery(configuration: Configuration())
        let inputs = try discovery.inputs(for: [workspace.url("f").path])
        try #require(inputs.count == 3)
        try FileManager.default.removeItem(at: workspace.url("f/a.json"))
        try FileManager.default.removeItem(at: workspace.url("f/c.jsonl"))
        try FileManager.default.createDirectory(at: workspace.url("f/c.jsonl"), withIntermediateDirectories: false)
        var errors: [String] = []
        var linted: [String] = []
        try await LintRun(configuration: Configuration(), jobs: 2).run(inputs, onInputError: { errors.append($0.description) }) {
            linted.append($0.path)
        }
        let folder = workspace.url("f").path
        #expect(errors == [
            "cannot read '\(folder)/a.json': no such file or directory",
            "cannot read '\(folder)/c.jsonl': it is a folder, not a file",
        ])
        #expect(linted == ["\(folder)/b.json"])
        #expect(FileManager.default.currentDirectoryPath == current)
    }

    // MARK: Limits from the configuration

    @Test("A file over limits.max-file-size is an error for it; the other files are linted")
    func fileSizeLimit() async throws {
        let big = String(repeating: " ", count: 2048) + CLIFixtures.clean
        let workspace = try CLIWorkspace(files: [
            "big.json": big, "small.json": CLIFixtures.oneWarning, ".ingestlint.yml": "limits:\n  max-file-size: 1 KiB\n",
        ])
        let outcome = try await workspace.run(["big.json", "small.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(
            outcome.error == "ingestlint: 'big.json' is larger than the 1 KiB limit (\(big.utf8.count) bytes) (limits.max-file-size); it was not linted.\n",
            "\(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 warning in 1 of 1 file — 1 payload, 1 candidate\n"), "\(outcome.transcript)")
    }

    @Test("A JSON Lines line over limits.max-line-size is reported for that line; the other lines are linted")
    func lineSizeLimit() async throws {
        let long = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "data": [{"name": "\#(String(repeating: "a", count: 300))"}]}"#
        let missingEmail = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Grace Hopper"}]}"#
        let clean = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Ada Lovelace", "email": "ada@lovelace.dev"}]}"#
        let workspace = try CLIWorkspace(files: [
            "export.jsonl": [clean, long, missingEmail].joined(separator: "\n") + "\n",
            ".ingestlint.yml": "limits:\n  max-line-size: 200\n",
        ])
        let outcome = try await workspace.run(["--color", "never", "export.jsonl"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(
            outcome.error == "ingestlint: line 2 of 'export.jsonl' is longer than the 200 bytes limit (limits.max-line-size); it was not linted.\n",
            "\(outcome.transcript)")
        #expect(outcome.output.hasPrefix("export.jsonl:3:"), "the line after it is linted, at its own number: \(outcome.transcript)")
        #expect(outcome.output.hasSuffix("1 error in 1 of 1 file — 2 payloads, 2 candidates\n"), "\(outcome.transcript)")
    }

    @Test("Limits are validated with file:line errors", arguments: [
        ("limits:\n  max-file-size: 0\n", ".ingestlint.yml:2: 'limits.max-file-size' must be a size"),
        ("limits:\n  max-line-size: 12 parsecs\n", ".ingestlint.yml:2: 'limits.max-line-size' must be a size"),
        ("limits:\n  max-line-size: [1]\n", ".ingestlint.yml:2: 'limits.max-line-size' must be a size"),
        ("limits:\n  max-lines: 5\n", ".ingestlint.yml:2: unknown key 'max-lines' in 'limits'"),
        ("max-file-size: 5\n", ".ingestlint.yml:1: unknown key 'max-file-size' in the configuration (did you mean 'limits.max-file-size'?)"),
    ])
    func limitValidation(text: String, location: String) async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean, ".ingestlint.yml": text])
        let outcome = try await workspace.run(["a.json"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.error.contains(location), "\(outcome.transcript)")
        #expect(outcome.errorLines.count == 1, "\(outcome.transcript)")
    }

    @Test("Sizes are read in bytes or with a unit")
    func sizeParsing() throws {
        let configuration = try ConfigurationLoader.parse(
            text: "limits:\n  max-file-size: 2GB\n  max-line-size: '512 KiB'\n", file: ".ingestlint.yml")
        #expect(configuration.limits == InputLimits(maxFileSize: 2_000_000_000, maxLineSize: 512 << 10))
        #expect(InputLimits.parseSize("1048576") == 1 << 20)
        #expect(InputLimits.parseSize("64 mib") == 64 << 20)
        #expect(InputLimits.parseSize("1 GiB") == 1 << 30)
        #expect(InputLimits.parseSize("99999999999 GiB") == nil)
        #expect(InputLimits.parseSize("-1") == nil)
        #expect(InputLimits.parseSize("MiB") == nil)
        #expect(InputLimits.parseSize("1.5 MiB") == nil)
        #expect(Configuration().limits == InputLimits(maxFileSize: 1 << 30, maxLineSize: 64 << 20))
        #expect(InputLimits.describe(64 << 20) == "64 MiB")
        #expect(InputLimits.describe(1500) == "1500 bytes")
        let template = try ConfigurationLoader.parse(text: ConfigurationTemplate.text, file: ".ingestlint.yml")
        #expect(template.limits == InputLimits(), "the init template shows the defaults")
    }

    // MARK: The line limit inside the stream

    /// Lines over the limit, split across chunks at every offset and ended by LF, CRLF or CR,
    /// leave every other line's findings where a run without them puts them.
    @Test("Over-long lines are dropped across chunk boundaries without shifting other lines", arguments: ["\n", "\r\n", "\r"])
    func streamedLongLines(lineBreak: String) throws {
        let missingEmail = #"{"interviewerId": "8f14e45f-ceea-467a-9a36-dedd4bea2543", "status": "draft", "data": [{"name": "Grace Hopper"}]}"#
        let long = "{\"x\": \"" + String(repeating: "z", count: 400) + "\"}"
        let lines = [missingEmail, long, missingEmail, long, long, "", missingEmail]
        let text = lines.joined(separator: lineBreak) + lineBreak
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for chunkSize in [1, 2, 3, 7, 64, 150, 401, 1 << 20] {
            var linter = FileLinter(linter: Linter(configuration: Configuration()))
            linter.chunkSize = chunkSize
            linter.limits = InputLimits(maxFileSize: 1 << 20, maxLineSize: 200)
            let result = try linter.lintFile(at: path, displayPath: "a.jsonl")
            #expect(result.diagnostics.map(\.code) == ["IL200", "IL200", "IL200"], "chunk \(chunkSize)")
            #expect(result.diagnostics.map(\.start.line) == [1, 3, 7], "chunk \(chunkSize)")
            #expect(result.inputErrors.map(\.description) == [2, 4, 5].map {
                "line \($0) of 'a.jsonl' is longer than the 200 bytes limit (limits.max-line-size); it was not linted"
            }, "chunk \(chunkSize)")
            #expect(result.payloadCount == 3, "chunk \(chunkSize)")
        }
    }

    @Test("Reading stops just past the limit, whatever the input")
    func readerStopsAtTheLimit() throws {
        #expect(throws: InputError.self) { try FileReader.readAll("/dev/zero", limit: 1 << 20) }
        var chunks = 0
        #expect(throws: InputError.self) {
            try FileReader.readChunks("/dev/zero", chunkSize: 1 << 16, limit: 1 << 20) { _, _ in chunks += 1 }
        }
        #expect(chunks <= 16)
        #expect(try FileReader.readAll("/dev/null", limit: 1) == [])
    }
}
