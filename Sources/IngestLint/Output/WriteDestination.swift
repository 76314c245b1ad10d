#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a destination path really is, found by following its symlinks one hop at a time, and
/// so how it must be written: a regular file is replaced atomically, anything else that can
/// take bytes is written through, and what cannot (a folder, a socket, a block device) is
/// refused.
package enum WriteDestination: Equatable, Sendable {
    /// One of this process's open descriptors: `-`, `/dev/stdout`, `/dev/fd/N`,
    /// `/proc/self/fd/N`, or a symlink to one. Written on the descriptor itself, so its offset
    /// and append mode are kept.
    case descriptor(Int32)
    /// A character device, a FIFO, or another process's descriptor under `/proc`: opened for
    /// writing, never created, truncated or renamed over.
    case writeThrough(path: String)
    /// An existing regular file with one link: `path` is the real file, after symlinks.
    case regularFile(path: String, mode: mode_t, owner: uid_t, group: gid_t)
    /// Nothing there yet: created (with its missing folders).
    case newFile(path: String)

    /// The standard-output spelling of `-o` and `--report FORMAT=FILE`.
    package static let standardOutputName = "-"

    /// Symlink hops followed before giving up, as the kernel does (`ELOOP`).
    static let maximumHops = 40

    /// Finds what `path` names. Throws, with the reason in one sentence, for a destination that
    /// must not be written: a folder, a socket, a block device, a hard-linked file (replacing it
    /// would split the link; writing into it could not be atomic), a dangling symlink.
    package static func resolve(_ path: String) throws(OutputError) -> WriteDestination {
        if path == standardOutputName { return .descriptor(STDOUT_FILENO) }
        // `out/` asks for a folder: refused before anything (a folder included) is created.
        if path.hasSuffix("/") {
            throw OutputError(path: path, reason: "it ends with '/', so it names a folder, not a file")
        }
        var current = path
        var hops = 0
        var linkText = ""
        while true {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                let error = errno
                if error == ENOENT, hops == 0 { return .newFile(path: current) }
                if error == ENOENT {
                    throw OutputError(path: path, reason: "it is a symlink to '\(linkText)', which does not exist")
                }
                throw OutputError(path: path, reason: describe(error))
            }
            let type = status.st_mode & S_IFMT
            if type == S_IFLNK {
                let folder = parentFolder(of: current)
                if let descriptor = ownDescriptor(linkName: lastComponent(of: current), in: folder) {
                    return .descriptor(descriptor)
                }
                // Another process's descriptor: the kernel follows these links, readlink(2)
                // only names them ("pipe:[123]").
                if isProcessFileSystem(folder) { return .writeThrough(path: current) }
                hops += 1
                guard hops <= maximumHops, let target = readLink(current) else {
                    throw OutputError(path: path, reason: describe(hops > maximumHops ? ELOOP : errno))
                }
                linkText = target
                if target.hasPrefix("/") || folder == "." {
                    current = target
                } else {
                    current = (folder == "/" ? "/" : folder + "/") + target
                }
                continue
            }
            switch type {
            case S_IFREG:
                guard status.st_nlink <= 1 else {
                    throw OutputError(
                        path: path,
                        reason: "it has \(status.st_nlink) hard links, and replacing it would split them")
                }
                return .regularFile(
                    path: current, mode: status.st_mode & 0o7777, owner: status.st_uid, group: status.st_gid)
            case S_IFCHR, S_IFIFO:
                return .writeThrough(path: current)
            case S_IFDIR:
                throw OutputError(path: path, reason: "it is a folder")
            case S_IFSOCK:
                throw OutputError(path: path, reason: "it is a socket")
            case S_IFBLK:
                throw OutputError(path: path, reason: "it is a block device, which ingestlint never writes to")
            default:
                throw OutputError(path: path, reason: "it is not a file ingestlint can write")
            }
        }
    }

    /// The descriptor a link in `/proc/self/fd`, `/proc/<our pid>/task/<tid>/fd` or `/dev/fd`
    /// stands for, when `folder` is really one of ours.
    static func ownDescriptor(linkName: String, in folder: String) -> Int32? {
        guard let number = Int32(linkName), number >= 0, let real = realPath(folder) else { return nil }
        let parts = real.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 3, parts[0] == "proc", parts.last == "fd", Int32(parts[1]) == getpid() else { return nil }
        // /proc/<pid>/fd or /proc/<pid>/task/<tid>/fd
        guard parts.count == 3 || (parts.count == 5 && parts[2] == "task") else { return nil }
        return number
    }

    /// Whether `folder` lies in the `/proc` file system (its device is the one `/proc` is on).
    static func isProcessFileSystem(_ folder: String) -> Bool {
        var folderStatus = stat()
        var procStatus = stat()
        guard stat(folder, &folderStatus) == 0, stat("/proc/self", &procStatus) == 0 else { return false }
        return folderStatus.st_dev == procStatus.st_dev
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func describe(_ error: Int32) -> String {
        String(cString: strerror(error))
    }
}
