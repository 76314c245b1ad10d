import Foundation
import Testing

#if canImport(Glibc)
import CSystemCalls
import Glibc
#endif

/// Issue 9, defects 1 and 2 and "--fix under failure", through the real binary: writes go
/// through symlinks to their targets, devices and FIFOs are written through, reports never land
/// on an input, and a failed or interrupted write leaves the original byte-identical.
@Suite("Safety: writes")
struct SafeWriteTests {
    static let fixable = FixCLITests.fixable
    static let fixed = FixCLITests.fixed
    static let isRoot = getuid() == 0

    // MARK: - Defect 1: regular files, symlinks, hard links

    @Test("--fix through a symlink fixes the target, keeps the link, the mode and the owner")
    func fixThroughSymlink() async throws {
        let workspace = try CLIWorkspace(files: ["real/a.json": Self.fixable])
        try FileManager.default.createSymbolicLink(atPath: workspace.url("link.json").path, withDestinationPath: "real/a.json")
        let target = workspace.url("real/a.json").path
        #expect(chmod(target, 0o640) == 0)
        if Self.isRoot { #expect(chown(target, 1234, 5678) == 0) }

        let outcome = try await workspace.run(["--no-config", "--fix", "link.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")  // the unknown field (a warning) remains
        #expect(try FileKind.of(workspace.url("link.json").path) == .symlink)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.url("link.json").path) == "real/a.json")
        #expect(try String(contentsOf: workspace.url("real/a.json"), encoding: .utf8) == Self.fixed)
        let status = try FileKind.status(target)
        #expect(status.st_mode & 0o7777 == 0o640)
        if Self.isRoot {
            #expect(status.st_uid == 1234)
            #expect(status.st_gid == 5678)
        }
        #expect(try workspace.entries("real") == ["a.json"], "no temporary file is left")
    }

    @Test("--fix keeps the file's extended attributes and its POSIX ACL")
    func fixKeepsExtendedAttributes() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable])
        let path = workspace.url("a.json").path
        #expect(chmod(path, 0o640) == 0)
        let note = Array("reviewed".utf8)
        guard setxattr(path, "user.ingestlint-test", note, note.count, 0) == 0 else {
            Issue.record("this file system refuses user extended attributes: \(String(cString: strerror(errno)))")
            return
        }
        // user::rw-, user:1234:r--, group::r--, mask::r--, other::--- (acl_ea_header, acl_ea_entry).
        var acl: [UInt8] = [2, 0, 0, 0]
        for (tag, permissions, id) in [(1, 6, UInt32.max), (2, 4, 1234), (4, 4, UInt32.max), (0x10, 4, UInt32.max), (0x20, 0, UInt32.max)] {
            acl += [UInt8(tag & 0xFF), UInt8(tag >> 8), UInt8(permissions), 0]
            acl += withUnsafeBytes(of: id.littleEndian, Array.init)
        }
        let aclSet = setxattr(path, "system.posix_acl_access", acl, acl.count, 0) == 0

        let outcome = try await workspace.run(["--no-config", "--fix", "a.json"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == Self.fixed)
        #expect(Self.attribute("user.ingestlint-test", of: path) == note)
        if aclSet {
            #expect(Self.attribute("system.posix_acl_access", of: path) == acl)
        }
        #expect(try FileKind.status(path).st_mode & 0o777 == 0o640)
        #expect(try workspace.entries(".") == ["a.json"], "no temporary file is left")
    }

    static func attribute(_ name: String, of path: String) -> [UInt8]? {
        var value = [UInt8](repeating: 0, count: 256)
        let count = getxattr(path, name, &value, value.count)
        return count < 0 ? nil : Array(value[0..<count])
    }

    @Test("-o and --report through a symlink write its target and keep the link")
    func reportThroughSymlink() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean, "out/old.json": "old", "out/old.sarif": "old"])
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: workspace.url("report.json").path, withDestinationPath: "out/old.json")
        try manager.createSymbolicLink(atPath: workspace.url("report.sarif").path, withDestinationPath: "out/old.sarif")
        let outcome = try await workspace.run(
            ["--no-config", "a.json", "-f", "json", "-o", "report.json", "--report", "sarif=report.sarif"])
        #expect(outcome.status == 0, "\(outcome.transcript)")
        for name in ["report.json", "report.sarif"] {
            #expect(try FileKind.of(workspace.url(name).path) == .symlink)
        }
        #expect(try String(contentsOf: workspace.url("out/old.json"), encoding: .utf8).contains(#""tool""#))
        #expect(try String(contentsOf: workspace.url("out/old.sarif"), encoding: .utf8).contains(#""version": "2.1.0""#))
    }

    @Test("A hard-linked file is neither split nor half-written: --fix and -o refuse it in one sentence")
    func hardLinksRefused() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "report.json": "old report"])
        #expect(link(workspace.url("a.json").path, workspace.url("b.json").path) == 0)
        #expect(link(workspace.url("report.json").path, workspace.url("copy.json").path) == 0)

        let fix = try await workspace.run(["--no-config", "--fix", "a.json"])
        #expect(fix.status == 2, "\(fix.transcript)")
        #expect(fix.errorLines == ["ingestlint: cannot write the fixes to 'a.json': it has 2 hard links, and replacing it would split them."])
        #expect(try String(contentsOf: workspace.url("b.json"), encoding: .utf8) == Self.fixable)
        #expect(try FileKind.status(workspace.url("a.json").path).st_nlink == 2)

        let report = try await workspace.run(["--no-config", "b.json", "-f", "json", "-o", "report.json"])
        #expect(report.status == 2, "\(report.transcript)")
        #expect(report.errorLines.count == 1)
        #expect(report.error.contains("2 hard links"))
        #expect(try String(contentsOf: workspace.url("copy.json"), encoding: .utf8) == "old report")
    }

    @Test("A folder, a dangling symlink or a socket as destination: exit 2, one sentence")
    func unwritableKinds() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean, "folder/keep.txt": "x"])
        try FileManager.default.createSymbolicLink(atPath: workspace.url("dangling.json").path, withDestinationPath: "missing/r.json")
        let socketPath = workspace.url("s.sock").path
        #expect(mknod(socketPath, S_IFSOCK | 0o644, 0) == 0)
        let cases = [
            ("folder", "it is a folder"),
            ("dangling.json", "it is a symlink to 'missing/r.json', which does not exist"),
            ("s.sock", "it is a socket"),
        ]
        for (destination, reason) in cases {
            let outcome = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", destination])
            #expect(outcome.status == 2, "\(outcome.transcript)")
            #expect(outcome.errorLines == ["ingestlint: cannot write the report to '\(destination)': \(reason)."])
        }
        #expect(try FileKind.of(workspace.url("dangling.json").path) == .symlink)
        #expect(!FileManager.default.fileExists(atPath: workspace.url("missing").path))
        #expect(try FileKind.of(socketPath) == .socket)
    }

    // MARK: - Defect 1: devices, FIFOs, standard output

    @Test("A character device is written through and stays a device; a full one is exit 2", .enabled(if: isRoot))
    func characterDevices() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean])
        // Our own nodes for /dev/null (1,3) and /dev/full (1,7), so /dev itself is never at risk.
        guard mknod(workspace.url("null").path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0,
            mknod(workspace.url("full").path, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0
        else {
            Issue.record("mknod failed: \(String(cString: strerror(errno)))")
            return
        }
        let null = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", "null"])
        #expect(null.status == 0, "\(null.transcript)")
        #expect(try FileKind.of(workspace.url("null").path) == .characterDevice)

        let full = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", "full"])
        #expect(full.status == 2, "\(full.transcript)")
        #expect(full.errorLines == ["ingestlint: cannot write the report to 'full': No space left on device."])
        #expect(try FileKind.of(workspace.url("full").path) == .characterDevice)

        // Through a symlink to the device, as --report.
        try FileManager.default.createSymbolicLink(atPath: workspace.url("to-full").path, withDestinationPath: "full")
        let linked = try await workspace.run(["--no-config", "a.json", "--report", "json=to-full"])
        #expect(linked.status == 2, "\(linked.transcript)")
        #expect(linked.error.contains("No space left on device"))
        #expect(try FileKind.of(workspace.url("to-full").path) == .symlink)
        #expect(try FileKind.of(workspace.url("full").path) == .characterDevice)
    }

    @Test("A FIFO with a reader gets the report and stays a FIFO")
    func fifoWithReader() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.oneError])
        let fifo = workspace.url("report.fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let reader = FIFOReader(path: fifo)
        let outcome = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", "report.fifo"])
        let received = String(decoding: await reader.bytes(), as: UTF8.self)
        #expect(outcome.status == 1, "\(outcome.transcript)")
        #expect(received.hasPrefix("{\n  \"tool\""), "\(received)")
        #expect(received.contains("IL200"))
        #expect(try FileKind.of(fifo) == .fifo)
    }

    @Test("A FIFO nobody reads does not hang the run")
    func fifoWithoutReader() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean])
        #expect(mkfifo(workspace.url("report.fifo").path, 0o644) == 0)
        let outcome = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", "report.fifo"])
        #expect(outcome.status == 2, "\(outcome.transcript)")
        #expect(outcome.errorLines == [
            "ingestlint: cannot write the report to 'report.fifo': no process opened the FIFO for reading within 10 seconds."
        ])
        #expect(try FileKind.of(workspace.url("report.fifo").path) == .fifo)
    }

    @Test("-o - is standard output; /dev/stdout and a link to /proc/self/fd/1 are written through")
    func standardOutput() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.oneError])
        let dash = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", "-"])
        #expect(dash.status == 1, "\(dash.transcript)")
        #expect(dash.output.hasPrefix("{\n  \"tool\""))
        #expect(!FileManager.default.fileExists(atPath: workspace.url("-").path))

        // The test runner sends standard output to a regular file: replacing /proc/self/fd/1's
        // target would lose the output (and, before, the link itself became a regular file).
        try FileManager.default.createSymbolicLink(atPath: workspace.url("fd1").path, withDestinationPath: "/proc/self/fd/1")
        let linked = try await workspace.run(["--no-config", "a.json", "-f", "jsonl", "-o", "/dev/stdout", "--report", "json=fd1"])
        #expect(linked.status == 1, "\(linked.transcript)")
        #expect(linked.output.hasPrefix("{\""), "\(linked.output)")
        #expect(linked.output.contains("IL200"))
        #expect(linked.output.contains("{\n  \"tool\""), "the JSON report follows the JSON Lines one")
        #expect(try FileKind.of(workspace.url("fd1").path) == .symlink)
        #expect(try FileKind.of("/dev/stdout") == .symlink)

        let both = try await workspace.run(["--no-config", "a.json", "--report", "json=-"])
        #expect(both.status == 2)
        #expect(both.errorLines.count == 1)
        #expect(both.error.contains("standard output"))
    }

    // MARK: - Defect 2: a report never overwrites an input

    @Test("-o or --report onto a file being linted is refused before anything is written, however spelt")
    func reportOntoInput() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "sub/keep.txt": ""])
        try FileManager.default.createSymbolicLink(atPath: workspace.url("alias.json").path, withDestinationPath: "a.json")
        let attempts: [[String]] = [
            ["a.json", "-f", "json", "-o", "a.json"],
            ["a.json", "--report", "json=a.json"],
            ["a.json", "-f", "json", "-o", "./sub/../a.json"],
            ["a.json", "-f", "json", "-o", workspace.url("a.json").path],
            ["a.json", "-f", "json", "-o", "alias.json"],
            ["alias.json", "-f", "json", "-o", "a.json"],
            ["--fix", "a.json", "-f", "json", "-o", "a.json"],
            ["--fix", "a.json", "-o", "r.json", "--report", "sarif=alias.json"],
        ]
        for arguments in attempts {
            let outcome = try await workspace.run(["--no-config"] + arguments)
            #expect(outcome.status == 2, "\(arguments): \(outcome.transcript)")
            #expect(outcome.errorLines.count == 1, "\(arguments): \(outcome.transcript)")
            #expect(outcome.error.contains("a report never overwrites a file being linted"), "\(arguments)")
            #expect(try String(contentsOf: workspace.url("a.json"), encoding: .utf8) == Self.fixable, "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: workspace.url("r.json").path))
        }
        #expect(try FileKind.of(workspace.url("alias.json").path) == .symlink)
    }

    @Test("Two destinations that are one new file, or a destination that is the baseline read, are refused before anything is written")
    func destinationsThatCollide() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "sub/keep.txt": ""])
        let recorded = try await workspace.run(["--no-config", "--write-baseline", "base.json", "a.json"])
        #expect(recorded.status == 0, "\(recorded.transcript)")
        let baseline = try Data(contentsOf: workspace.url("base.json"))
        let attempts: [(arguments: [String], message: String)] = [
            (["a.json", "--report", "json=new.json", "-o", "./new.json"],
             "ingestlint: cannot write the report to 'new.json': it is the same file as the report file './new.json'.\n"),
            (["a.json", "--report", "json=new.json", "-o", "sub/../new.json"],
             "ingestlint: cannot write the report to 'new.json': it is the same file as the report file 'sub/../new.json'.\n"),
            (["a.json", "--report", "json=x/new.json", "-o", "x/y/../new.json"],
             "ingestlint: cannot write the report to 'x/new.json': it is the same file as the report file 'x/y/../new.json'.\n"),
            (["a.json", "--write-baseline", "new.json", "-o", "new.json"],
             "ingestlint: cannot write the baseline to 'new.json': it is the same file as the report file 'new.json'.\n"),
            (["a.json", "--baseline", "base.json", "-f", "json", "-o", "./base.json"],
             "ingestlint: cannot write the report to './base.json': it is the baseline 'base.json' this run reads.\n"),
        ]
        for attempt in attempts {
            let outcome = try await workspace.run(["--no-config"] + attempt.arguments)
            #expect(outcome.status == 2, "\(attempt.arguments): \(outcome.transcript)")
            #expect(outcome.error == attempt.message, "\(attempt.arguments)")
            #expect(!FileManager.default.fileExists(atPath: workspace.url("new.json").path), "\(attempt.arguments)")
            #expect(try Data(contentsOf: workspace.url("base.json")) == baseline, "\(attempt.arguments)")
        }
    }

    @Test("When one report cannot be written, no report file is replaced, whatever their order")
    func reportsCommitTogether() async throws {
        for order in [["--report", "json=/dev/full", "--report", "sarif=s.sarif"], ["--report", "sarif=s.sarif", "--report", "json=/dev/full"]] {
            let workspace = try CLIWorkspace(files: ["a.json": Self.fixable, "rep.txt": "old text report\n", "s.sarif": "old sarif\n"])
            let outcome = try await workspace.run(["--no-config", "a.json", "-o", "rep.txt"] + order)
            #expect(outcome.status == 2, "\(order): \(outcome.transcript)")
            #expect(outcome.error == "ingestlint: cannot write the report to '/dev/full': No space left on device.\n", "\(order)")
            #expect(try String(contentsOf: workspace.url("rep.txt"), encoding: .utf8) == "old text report\n", "\(order)")
            #expect(try String(contentsOf: workspace.url("s.sarif"), encoding: .utf8) == "old sarif\n", "\(order)")
            #expect(try workspace.entries(".").sorted() == ["a.json", "rep.txt", "s.sarif"], "no temporary file is left")
        }
    }

    @Test("A report written into the walked folder is not linted on the next run")
    func reportInsideWalkedFolder() async throws {
        let workspace = try CLIWorkspace(files: ["data/a.json": CLIFixtures.oneError])
        let arguments = ["--no-config", "data", "-f", "json", "-o", "data/report.json", "--report", "sarif=data/out/report.sarif.json"]
        let first = try await workspace.run(arguments)
        let second = try await workspace.run(arguments)
        #expect(first.status == 1, "\(first.transcript)")
        #expect(second.status == 1, "\(second.transcript)")
        let report = try String(contentsOf: workspace.url("data/report.json"), encoding: .utf8)
        #expect(report.contains(#""files": 1"#), "only the payload is linted, not last run's reports: \(report)")
        #expect(!report.contains("report.json"))
        #expect(!report.contains("report.sarif.json"))
    }

    // MARK: - --fix under failure

    @Test("--fix and -o on a full file system leave the originals byte-identical and nothing behind", .enabled(if: isRoot))
    func fullDisk() async throws {
        let workspace = try CLIWorkspace(files: ["a.json": CLIFixtures.clean])
        let mount = try SmallFileSystem(at: workspace.url("full"))
        defer { mount.remove() }
        try Data(Self.fixable.utf8).write(to: workspace.url("full/fix.json"))
        try Data("previous report".utf8).write(to: workspace.url("full/report.json"))
        try mount.fill()
        let before = try workspace.entries("full")

        let fix = try await workspace.run(["--no-config", "--fix", "full/fix.json"])
        #expect(fix.status == 2, "\(fix.transcript)")
        #expect(fix.errorLines == ["ingestlint: cannot write the fixes to 'full/fix.json': No space left on device."])
        #expect(try String(contentsOf: workspace.url("full/fix.json"), encoding: .utf8) == Self.fixable)

        for destination in ["full/report.json", "full/new-report.json"] {
            let report = try await workspace.run(["--no-config", "a.json", "-f", "json", "-o", destination])
            #expect(report.status == 2, "\(report.transcript)")
            #expect(report.errorLines == ["ingestlint: cannot write the report to '\(destination)': No space left on device."])
        }
        #expect(try String(contentsOf: workspace.url("full/report.json"), encoding: .utf8) == "previous report")
        #expect(try workspace.entries("full") == before, "no partial report, no temporary file")
    }

    @Test("--fix in an immutable folder, or on an immutable file, changes nothing: exit 2, one sentence", .enabled(if: isRoot))
    func immutable() async throws {
        let workspace = try CLIWorkspace(files: ["locked/a.json": Self.fixable, "b.json": Self.fixable])
        let folder = workspace.url("locked").path
        let file = workspace.url("b.json").path
        try Attributes.set("+i", folder)
        defer { try? Attributes.set("-i", folder) }
        try Attributes.set("+i", file)
        defer { try? Attributes.set("-i", file) }

        let inFolder = try await workspace.run(["--no-config", "--fix", "locked/a.json"])
        #expect(inFolder.status == 2, "\(inFolder.transcript)")
        #expect(inFolder.errorLines == ["ingestlint: cannot write the fixes to 'locked/a.json': Operation not permitted."])
        #expect(try String(contentsOf: workspace.url("locked/a.json"), encoding: .utf8) == Self.fixable)
        #expect(try workspace.entries("locked") == ["a.json"])

        let onFile = try await workspace.run(["--no-config", "--fix", "b.json"])
        #expect(onFile.status == 2, "\(onFile.transcript)")
        #expect(onFile.errorLines == ["ingestlint: cannot write the fixes to 'b.json': Operation not permitted."])
        #expect(try String(contentsOf: workspace.url("b.json"), encoding: .utf8) == Self.fixable)

        let report = try await workspace.run(["--no-config", "b.json", "-f", "json", "-o", "locked/report.json"])
        #expect(report.status == 2, "\(report.transcript)")
        #expect(report.errorLines.count == 1)
        #expect(try workspace.entries("", excludingFolders: true).sorted() == ["b.json"])
        #expect(try workspace.entries("locked") == ["a.json"])
    }

    @Test("kill -9 while --fix writes a large file leaves the original byte-identical and no temporary file")
    func killDuringFix() async throws {
        let workspace = try CLIWorkspace()
        let original = Self.largeFixablePayloads(count: 8_000)
        try Data(original.utf8).write(to: workspace.url("big.json"))
        // Under strace the kill lands in the write every time; polling may miss it, so it tries
        // again (a run that finished has fixed the file: the original is put back).
        var interrupted = false
        for _ in 0..<3 where !interrupted {
            interrupted = try await FixInterruption.killWhileWriting(
                binary: IngestLintBinary.url(), file: "big.json", in: workspace.folder)
            if !interrupted { try Data(original.utf8).write(to: workspace.url("big.json")) }
        }
        #expect(interrupted, "the kill landed while the fixed file was being written")
        #expect(try String(contentsOf: workspace.url("big.json"), encoding: .utf8) == original)
        #expect(try workspace.entries("") == ["big.json"])
        // The file is intact, so a later --fix still works.
        let again = try await workspace.run(["--no-config", "--fix", "-q", "big.json"])
        #expect(again.status == 0, "\(again.transcript)")
        #expect(try String(contentsOf: workspace.url("big.json"), encoding: .utf8) != original)
    }

    /// A JSON array of clean payloads but the first, whose status needs a safe fix.
    static func largeFixablePayloads(count: Int) -> String {
        var payloads: [String] = []
        payloads.reserveCapacity(count)
        for index in 0..<count {
            let status = index == 0 ? "Draft" : "draft"
            payloads.append(
                #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "\#(status)", "data": [{"name": "Ada", "email": "ada\#(index)@lovelace.dev"}]}"#)
        }
        return "[" + payloads.joined(separator: ",\n") + "]\n"
    }
}
