#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file through a temporary file in the same folder and a rename, so readers never
/// see a half-written report or payload. Missing folders are created; an existing file keeps
/// its permissions.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        let folder = parentFolder(of: path)
        try createFolders(folder)
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let temporary = (folder == "." ? "" : folder + "/") + ".\(lastComponent(of: path)).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        fchmod(descriptor, mode)
        guard close(descriptor) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    static func failure(_ path: String) -> InputError {
        InputError("cannot write '\(path)': \(String(cString: strerror(errno)))")
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

    static func createFolders(_ folder: String) throws(InputError) {
        var isFolder = stat()
        if stat(folder, &isFolder) == 0 {
            guard isFolder.st_mode & S_IFMT == S_IFDIR else {
                throw InputError("cannot write into '\(folder)': it is not a folder")
            }
            return
        }
        let parent = parentFolder(of: folder)
        if parent != folder { try createFolders(parent) }
        if mkdir(folder, 0o755) != 0, errno != EEXIST {
            throw InputError("cannot create the folder '\(folder)': \(String(cString: strerror(errno)))")
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
