#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with plain POSIX calls: no Foundation objects on the hot path.
///
/// Every read is bounded by a size limit: a regular file over it is refused before a byte is
/// read, and anything else (a FIFO, `/dev/zero`, `/dev/stdin`) is read only until it passes the
/// limit, so memory never grows beyond it.
package enum FileReader {
    /// The whole file, at most `limit` bytes. A regular file is read into one buffer of its
    /// size; anything else into a buffer grown with `realloc` (which moves large blocks by
    /// remapping, not copying), so even `/dev/zero` costs no more memory than the limit.
    /// `regularFileOnly` (for files found by walking a folder) refuses anything that is not a
    /// regular file by the time it is opened, without blocking on a FIFO put in its place.
    package static func readAll(
        _ path: String, limit: Int = InputLimits.defaultMaxFileSize, regularFileOnly: Bool = false
    ) throws(InputError) -> [UInt8] {
        let (descriptor, knownSize) = try openForReading(path, limit: limit, regularFileOnly: regularFileOnly)
        defer { close(descriptor) }
        if let knownSize {
            // One byte more than announced tells a file that grew while read from one that did not.
            var bytes = [UInt8](repeating: 0, count: knownSize + 1)
            var filled = 0
            while filled < bytes.count {
                let count = bytes.withUnsafeMutableBytes { raw in
                    read(descriptor, raw.baseAddress.map { $0 + filled }, raw.count - filled)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw InputError("cannot read '\(path)': \(reason(errno))")
                }
                if count == 0 { break }
                filled += count
            }
            // It grew while being read: read on like a stream, within the limit.
            if filled == bytes.count { return try readStream(descriptor, path: path, limit: limit, prefix: bytes) }
            bytes.removeLast(bytes.count - filled)
            return bytes
        }
        return try readStream(descriptor, path: path, limit: limit, prefix: [])
    }

    /// Reads `descriptor` to its end after `prefix`, at most `limit` bytes in all.
    private static func readStream(_ descriptor: Int32, path: String, limit: Int, prefix: [UInt8]) throws(InputError) -> [UInt8] {
        let ceiling = limit < Int.max ? limit + 1 : limit
        var capacity = min(max(1 << 16, prefix.count * 2), max(ceiling, prefix.count + 1))
        guard var storage = malloc(capacity) else { throw InputError("cannot read '\(path)': out of memory") }
        defer { free(storage) }
        prefix.withUnsafeBytes { raw in
            if let base = raw.baseAddress { storage.copyMemory(from: base, byteCount: raw.count) }
        }
        var filled = prefix.count
        if filled > limit { throw tooLarge(path, limit: limit, size: nil) }
        while true {
            if filled == capacity {
                guard filled <= limit else { throw tooLarge(path, limit: limit, size: nil) }
                let grown = capacity > ceiling / 2 ? ceiling : capacity * 2
                guard let moved = realloc(storage, grown) else { throw InputError("cannot read '\(path)': out of memory") }
                storage = moved
                capacity = grown
            }
            let count = read(descriptor, storage + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read '\(path)': \(reason(errno))")
            }
            if count == 0 { break }
            filled += count
            if filled > limit { throw tooLarge(path, limit: limit, size: nil) }
        }
        return Array(UnsafeRawBufferPointer(start: storage, count: filled))
    }

    /// Standard input, to its end, at most `limit` bytes.
    package static func readStandardInput(limit: Int = InputLimits.defaultMaxFileSize) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read standard input: \(reason(errno))")
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else {
                throw InputError("standard input is larger than the \(InputLimits.describe(limit)) limit (limits.max-file-size); it was not linted")
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Calls `body` with successive chunks of the file; `isLast` is true for the final call.
    /// Throws once more than `limit` bytes have been read (chunks before it may have been handed
    /// over).
    package static func readChunks(
        _ path: String, chunkSize: Int, limit: Int = InputLimits.defaultMaxFileSize, regularFileOnly: Bool = false,
        _ body: ([UInt8], _ isLast: Bool) -> Void
    ) throws(InputError) {
        let (descriptor, _) = try openForReading(path, limit: limit, regularFileOnly: regularFileOnly)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress.map { $0 + filled }, chunkSize - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read '\(path)': \(reason(errno))")
            }
            if count == 0 {
                body(Array(buffer[0..<filled]), true)
                return
            }
            total += count
            if total > limit { throw tooLarge(path, limit: limit, size: nil) }
            filled += count
            if filled == chunkSize {
                body(buffer, false)
                filled = 0
            }
        }
    }

    /// Opens `path` for reading and checks what it is: a folder is refused, and so is a regular
    /// file over `limit` (before a byte is read). Returns the descriptor and, for a regular file,
    /// its size. With `regularFileOnly`, the file is opened without blocking (a FIFO swapped in
    /// since the walk would otherwise wait for a writer forever) and refused unless regular.
    static func openForReading(_ path: String, limit: Int, regularFileOnly: Bool = false) throws(InputError) -> (Int32, Int?) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (regularFileOnly ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw InputError("cannot read '\(path)': \(reason(errno))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = InputError("cannot read '\(path)': \(reason(errno))")
            close(descriptor)
            throw error
        }
        let type = status.st_mode & S_IFMT
        if regularFileOnly, type != S_IFREG, type != S_IFDIR {
            close(descriptor)
            throw InputError("'\(path)' is no longer a regular file (it changed after its folder was walked); it was not read")
        }
        switch type {
        case S_IFDIR:
            close(descriptor)
            throw InputError("cannot read '\(path)': it is a folder, not a file")
        case S_IFREG:
            if regularFileOnly {
                // Linux ignores O_NONBLOCK for regular files; cleared so reads behave alike everywhere.
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
            }
            let size = Int(status.st_size)
            if size > limit {
                close(descriptor)
                throw tooLarge(path, limit: limit, size: size)
            }
            return (descriptor, size)
        default:
            return (descriptor, nil)
        }
    }

    static func tooLarge(_ path: String, limit: Int, size: Int?) -> InputError {
        let size = size.map { " (\(InputLimits.describe($0)))" } ?? ""
        return InputError(
            "'\(path)' is larger than the \(InputLimits.describe(limit)) limit\(size) (limits.max-file-size); it was not linted")
    }

    /// `strerror` with a lower-case first letter, to sit inside a sentence.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
