#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes reports, fixed payloads and configuration files without ever damaging what is there
/// (SPEC §10):
///
/// - a regular file — also the real target of a symlink, which stays a link — is replaced
///   atomically: the bytes go to an unnamed temporary file in the same folder (`O_TMPFILE`; a
///   hidden named one where the file system lacks it), are flushed to disk, get the old file's
///   mode, owner and extended attributes (ACLs included), and only then take its place by
///   `rename(2)`. Killed or failing at any
///   point, the old file is left byte-identical, and no temporary name is left behind (the
///   unnamed file has none to leave);
/// - a file that does not exist yet is created the same way, its missing folders first;
/// - a character device, a FIFO, `/dev/stdout`, `/proc/self/fd/N` (or a symlink to one of
///   them) is written through: opened for writing, never created, truncated or renamed over;
///   `-` is standard output;
/// - a hard-linked file, a folder, a socket, a block device or a dangling symlink is refused.
package enum SafeFileWriter {
    /// How long to wait for a FIFO's reader before giving up, so a FIFO nobody reads never
    /// hangs a run.
    package static let fifoReaderTimeoutSeconds = 10

    package static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let destination = try WriteDestination.resolve(path)
        try write(bytes, to: destination, as: path)
    }

    /// Writes to an already resolved destination; `path` names it in errors. The same steps as
    /// a streamed report's `Session`, with all the bytes at once.
    package static func write(_ bytes: [UInt8], to destination: WriteDestination, as path: String) throws(OutputError) {
        let session = try Session(destination, path: path)
        do throws(OutputError) {
            try withBrokenPipesReported { () throws(OutputError) in
                try writeAll(bytes, to: session.descriptor, path: path)
            }
        } catch {
            session.discard()
            throw error
        }
        try session.commit()
    }

    // MARK: - Atomic replacement

    /// Gives a complete temporary file the old file's mode, owner and extended attributes
    /// (ACLs among them), flushes it to disk and renames it over `target`.
    static func complete(
        _ temporary: inout TemporaryFile, replacing target: String,
        keeping attributes: (mode: mode_t, owner: uid_t, group: gid_t)?, path: String
    ) throws(OutputError) {
        do {
            if let attributes {
                // Owner first: chown(2) clears set-user-ID bits that fchmod then restores. Only
                // root may give a file away; for anyone else the owner is already theirs.
                if fchown(temporary.descriptor, attributes.owner, attributes.group) != 0, errno != EPERM {
                    throw OutputError(path: path, reason: WriteDestination.describe(errno))
                }
                guard fchmod(temporary.descriptor, attributes.mode) == 0 else {
                    throw OutputError(path: path, reason: WriteDestination.describe(errno))
                }
                // After fchmod, which would otherwise rewrite an ACL's mask.
                if let failure = ExtendedAttributes.copy(from: target, to: temporary.descriptor) {
                    throw OutputError(
                        path: path, reason: "its extended attributes cannot be kept (\(WriteDestination.describe(failure)))")
                }
            }
            guard fsync(temporary.descriptor) == 0 else {
                throw OutputError(path: path, reason: WriteDestination.describe(errno))
            }
            try temporary.link(path: path)
            guard rename(temporary.name ?? "", target) == 0 else {
                throw OutputError(path: path, reason: WriteDestination.describe(errno))
            }
            temporary.name = nil
            temporary.close()
        }
    }

    /// A temporary file beside the target: unnamed until it is complete where the file system
    /// allows (`O_TMPFILE`), else hidden (`.name.ingestlint-…`) and removed on failure.
    struct TemporaryFile {
        var descriptor: Int32
        /// The name it has in the folder, once it has one.
        var name: String?
        let folder: String
        let target: String
        let isUnnamed: Bool

        static func create(in folder: String, for target: String, path: String) throws(OutputError) -> TemporaryFile {
            #if os(Linux)
            // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; __O_TMPFILE is 0o20000000 on every Linux
            // architecture Swift supports.
            let unnamedFlag: Int32 = 0o20000000 | O_DIRECTORY
            let unnamed = open(folder, unnamedFlag | O_WRONLY | O_CLOEXEC, 0o666)
            if unnamed >= 0 {
                return TemporaryFile(descriptor: unnamed, name: nil, folder: folder, target: target, isUnnamed: true)
            }
            // Not supported by this file system or kernel: fall back to a named file. Any other
            // error (read-only, immutable, full, no permission) would stop a named one too.
            guard [EOPNOTSUPP, EISDIR, EINVAL].contains(errno) else {
                throw OutputError(path: path, reason: WriteDestination.describe(errno))
            }
            #endif
            for _ in 0..<8 {
                let name = temporaryName(in: folder, for: target)
                let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
                if descriptor >= 0 {
                    return TemporaryFile(descriptor: descriptor, name: name, folder: folder, target: target, isUnnamed: false)
                }
                if errno != EEXIST { throw OutputError(path: path, reason: WriteDestination.describe(errno)) }
            }
            throw OutputError(path: path, reason: WriteDestination.describe(EEXIST))
        }

        static func temporaryName(in folder: String, for target: String) -> String {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let name = ".\(WriteDestination.lastComponent(of: target)).ingestlint-\(suffix).tmp"
            return folder == "." ? name : (folder == "/" ? "/" : folder + "/") + name
        }

        /// Gives an unnamed file its hidden name, just before the rename.
        mutating func link(path: String) throws(OutputError) {
            guard isUnnamed, name == nil else { return }
            #if os(Linux)
            // AT_EMPTY_PATH (not imported): link the descriptor itself, when /proc is absent.
            let emptyPathFlag: Int32 = 0x1000
            for _ in 0..<8 {
                let candidate = Self.temporaryName(in: folder, for: target)
                if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0
                    || linkat(descriptor, "", AT_FDCWD, candidate, emptyPathFlag) == 0
                {
                    name = candidate
                    return
                }
                if errno != EEXIST { throw OutputError(path: path, reason: WriteDestination.describe(errno)) }
            }
            throw OutputError(path: path, reason: WriteDestination.describe(EEXIST))
            #endif
        }

        mutating func close() {
            if descriptor >= 0 { _ = systemClose(descriptor) }
            descriptor = -1
        }

        /// After a failure: the named file is removed, the unnamed one vanishes on close.
        mutating func discard() {
            if let name { unlink(name) }
            name = nil
            close()
        }
    }

    // MARK: - Writing through

    /// Opens a device or FIFO for writing without creating, truncating or replacing it. A FIFO
    /// is opened without blocking and retried until a reader appears or the timeout passes.
    static func openForWritingThrough(_ target: String, path: String) throws(OutputError) -> Int32 {
        let flags = O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK
        var waited = 0
        while true {
            let descriptor = open(target, flags)
            if descriptor >= 0 {
                // Blocking writes from here on: a slow reader slows us, it does not fail us.
                let current = fcntl(descriptor, F_GETFL)
                if current >= 0 { _ = fcntl(descriptor, F_SETFL, current & ~O_NONBLOCK) }
                // Through another process's descriptor to a regular file: as `>` would.
                var status = stat()
                if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
                    _ = ftruncate(descriptor, 0)
                }
                return descriptor
            }
            let error = errno
            if error == EINTR { continue }
            // ENXIO: a FIFO with no reader yet.
            guard error == ENXIO else { throw OutputError(path: path, reason: WriteDestination.describe(error)) }
            guard waited < fifoReaderTimeoutSeconds * 100 else {
                throw OutputError(
                    path: path, reason: "no process opened the FIFO for reading within \(fifoReaderTimeoutSeconds) seconds")
            }
            usleep(10_000)
            waited += 1
        }
    }

    /// Runs `body` with SIGPIPE blocked on this thread, so a reader that goes away makes the
    /// write fail with EPIPE — reported as an error — instead of killing the process.
    static func withBrokenPipesReported(_ body: () throws(OutputError) -> Void) throws(OutputError) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            // Consume the SIGPIPE the failed write raised before unblocking it.
            var pending = sigset_t()
            if sigpending(&pending) == 0, sigismember(&pending, SIGPIPE) == 1 {
                var immediately = timespec(tv_sec: 0, tv_nsec: 0)
                _ = sigtimedwait(&pipeSignal, nil, &immediately)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        try body()
    }

    /// `withBrokenPipesReported` for a body that records its failure itself (`ReportOutput`).
    static func withBrokenPipesReported(_ body: () -> Void) {
        try? withBrokenPipesReported { () throws(OutputError) in body() }
    }

    /// Writes every byte, across short writes, interruptions and a non-blocking descriptor.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                let error = errno
                if error == EINTR { continue }
                if error == EAGAIN || error == EWOULDBLOCK {
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&waiting, 1, 1000)
                    continue
                }
                throw OutputError(path: path, reason: WriteDestination.describe(error))
            }
            written += count
        }
    }

    /// Creates `folder` and its missing parents.
    static func createFolders(_ folder: String, path: String) throws(OutputError) {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: path, reason: "'\(folder)' is not a folder")
            }
            return
        }
        let parent = WriteDestination.parentFolder(of: folder)
        if parent != folder { try createFolders(parent, path: path) }
        if mkdir(folder, 0o777) != 0, errno != EEXIST {
            throw OutputError(path: path, reason: "cannot create the folder '\(folder)': \(WriteDestination.describe(errno))")
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
