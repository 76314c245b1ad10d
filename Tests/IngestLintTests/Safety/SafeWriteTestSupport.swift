import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What `lstat` says a path is (the link itself, not its target).
enum FileKind: Equatable {
    case regular, symlink, fifo, characterDevice, blockDevice, socket, folder

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "'\(path)' does not exist" }
    }

    static func of(_ path: String) throws -> FileKind {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw Missing(path: path) }
        switch status.st_mode & S_IFMT {
        case S_IFLNK: return .symlink
        case S_IFIFO: return .fifo
        case S_IFCHR: return .characterDevice
        case S_IFBLK: return .blockDevice
        case S_IFSOCK: return .socket
        case S_IFDIR: return .folder
        default: return .regular
        }
    }

    /// `stat` of the file (following symlinks).
    static func status(_ path: String) throws -> stat {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Missing(path: path) }
        return status
    }
}

extension CLIWorkspace {
    /// The names in a folder of the workspace (`""` for the workspace itself), hidden ones
    /// included, sorted.
    func entries(_ folder: String, excludingFolders: Bool = false) throws -> [String] {
        let url = folder.isEmpty ? self.folder : url(folder)
        return try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { !excludingFolders || (try? FileKind.of(url.appendingPathComponent($0).path)) != .folder }
            .sorted()
    }
}

/// Runs a short system tool (mount, chattr) to completion.
enum SystemTool {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "`\(arguments.joined(separator: " "))` exited with \(process.terminationStatus)")
        }
    }

    static func isAvailable(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
}

/// `chattr`: the immutable flag stops even root, where mode bits stop nothing.
enum Attributes {
    static func set(_ flag: String, _ path: String) throws {
        try SystemTool.run(["chattr", flag, path])
    }
}

/// A 64 KiB tmpfs mounted in a test's workspace, to run out of space on purpose.
struct SmallFileSystem {
    let folder: URL

    init(at folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SystemTool.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path])
    }

    /// Fills what space is left with a file named `filler`.
    func fill() throws {
        let path = folder.appendingPathComponent("filler").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SystemTool.Failure(description: "cannot create \(path)") }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x20, count: 1024)
        while true {
            let count = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
        }
        // Whatever a page could still take.
        while [UInt8](repeating: 0x20, count: 1).withUnsafeBytes({ write(descriptor, $0.baseAddress, 1) }) == 1 {}
    }

    func remove() {
        try? SystemTool.run(["umount", folder.path])
        try? FileManager.default.removeItem(at: folder)
    }
}

/// Reads a FIFO to its end on a thread of its own while the test runs the writer. The FIFO is
/// opened at once (without blocking, so the writer finds a reader) and read until the writer
/// has come and gone, or for at most 60 seconds — a writer that never comes, or that replaced
/// the FIFO by a file, fails the test instead of hanging it.
final class FIFOReader: @unchecked Sendable {
    private let lock = NSLock()
    private var result: [UInt8]?
    private var waiters: [CheckedContinuation<[UInt8], Never>] = []

    init(path: String) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        Thread.detachNewThread { [self] in
            complete(descriptor >= 0 ? Self.readAll(descriptor) : [])
        }
    }

    /// What was read, once the writer has closed the FIFO (or the time is up).
    func bytes() async -> [UInt8] {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let result {
                lock.unlock()
                continuation.resume(returning: result)
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }

    private func complete(_ bytes: [UInt8]) {
        lock.lock()
        result = bytes
        let waiting = waiters
        waiters = []
        lock.unlock()
        for waiter in waiting { waiter.resume(returning: bytes) }
    }

    /// On Linux a FIFO reader polls as ready only once a writer has opened it, and reads end of
    /// file once that writer has closed it.
    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count <= 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}

/// Runs `ingestlint --fix FILE` and sends it SIGKILL while it is writing the fixed file: the
/// moment it holds a file in the folder open other than the input (the temporary file). Under
/// strace, when it is installed, the fsync(2) before the rename is held for 30 s so the kill
/// lands there every time; without it the descriptor table is polled as fast as possible.
enum FixInterruption {
    /// Whether the kill landed while the temporary file was open.
    static func killWhileWriting(binary: URL, file: String, in folder: URL) async throws -> Bool {
        let usesStrace = SystemTool.isAvailable("strace")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let command = [binary.path, "--no-config", "--fix", "-q", file]
        process.arguments = usesStrace
            ? ["strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=fsync:delay_enter=30000000"] + command
            : command
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = AsyncStream<Void> { continuation in
            process.terminationHandler = { _ in continuation.finish() }
        }
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let input = folder.appendingPathComponent(file).path
        let deadline = ContinuousClock.now + .seconds(180)
        var killed = false
        while process.isRunning, ContinuousClock.now < deadline {
            let linter = usesStrace ? child(of: process.processIdentifier) : process.processIdentifier
            if let linter, holdsTemporaryFile(linter, in: folder.path, besides: input) {
                kill(linter, SIGKILL)
                killed = true
                break
            }
            if usesStrace { try await Task.sleep(for: .milliseconds(5)) } else { await Task.yield() }
        }
        for await _ in finished {}
        return killed
    }

    /// A process started by `parent` (strace's tracee).
    static func child(of parent: pid_t) -> pid_t? {
        let listed = (try? String(contentsOfFile: "/proc/\(parent)/task/\(parent)/children", encoding: .utf8)) ?? ""
        return listed.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }.first
    }

    /// Whether `process` has a file in `folder` open, other than `input`.
    static func holdsTemporaryFile(_ process: pid_t, in folder: String, besides input: String) -> Bool {
        let descriptors = "/proc/\(process)/fd"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: descriptors) else { return false }
        for name in names {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + name) else { continue }
            if target.hasPrefix(folder + "/"), target != input { return true }
        }
        return false
    }
}
