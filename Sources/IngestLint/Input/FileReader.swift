#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with plain POSIX calls: no Foundation objects on the hot path.
public enum FileReader {
    /// The whole file.
    public static func readAll(_ path: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        try readChunks(path, chunkSize: 1 << 20) { chunk, _ in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Standard input, to its end.
    public static func readStandardInput() throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read standard input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Calls `body` with successive chunks of the file; `isLast` is true for the final call.
    public static func readChunks(
        _ path: String, chunkSize: Int, _ body: ([UInt8], _ isLast: Bool) -> Void
    ) throws(InputError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw InputError("cannot read '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress.map { $0 + filled }, chunkSize - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError("cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            if count == 0 {
                body(Array(buffer[0..<filled]), true)
                return
            }
            filled += count
            if filled == chunkSize {
                body(buffer, false)
                filled = 0
            }
        }
    }
}
