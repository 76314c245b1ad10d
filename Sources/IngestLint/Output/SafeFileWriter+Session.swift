#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SafeFileWriter {
    /// A write that arrives in pieces — a report streamed while the run goes — with the same
    /// guarantees as `write(_:to:)`: opened before the run, fed through `descriptor`, and put in
    /// place by `commit()` only once complete. A regular file (or a new one) gets its bytes in an
    /// unnamed temporary file renamed over it at `commit()`; a device, FIFO or standard output is
    /// written through as the bytes come. `discard()` — or dropping an uncommitted session —
    /// leaves a replaced file as it was and no temporary name behind.
    package final class Session {
        /// The destination as the user spelt it.
        package let path: String
        /// Where the bytes go until `commit()`.
        package private(set) var descriptor: Int32

        private enum Mode {
            case writeThrough(ownsDescriptor: Bool)
            case replace(target: String, attributes: (mode: mode_t, owner: uid_t, group: gid_t)?, temporary: TemporaryFile)
        }

        private var mode: Mode?

        package convenience init(path: String) throws(OutputError) {
            try self.init(WriteDestination.resolve(path), path: path)
        }

        /// Opens an already resolved destination; `path` names it in errors.
        init(_ destination: WriteDestination, path: String) throws(OutputError) {
            self.path = path
            switch destination {
            case .descriptor(let descriptor):
                var status = stat()
                guard fstat(descriptor, &status) == 0 else {
                    throw OutputError(path: path, reason: "descriptor \(descriptor) is not open")
                }
                self.descriptor = descriptor
                mode = .writeThrough(ownsDescriptor: false)
            case .writeThrough(let target):
                descriptor = try openForWritingThrough(target, path: path)
                mode = .writeThrough(ownsDescriptor: true)
            case .regularFile(let target, let fileMode, let owner, let group):
                let temporary = try TemporaryFile.create(in: WriteDestination.parentFolder(of: target), for: target, path: path)
                descriptor = temporary.descriptor
                mode = .replace(target: target, attributes: (fileMode, owner, group), temporary: temporary)
            case .newFile(let target):
                let folder = WriteDestination.parentFolder(of: target)
                try createFolders(folder, path: path)
                let temporary = try TemporaryFile.create(in: folder, for: target, path: path)
                descriptor = temporary.descriptor
                mode = .replace(target: target, attributes: nil, temporary: temporary)
            }
        }

        deinit { discard() }

        /// Puts the written bytes in place (for a replaced file: mode and owner, flushed to disk,
        /// renamed over the target).
        package func commit() throws(OutputError) {
            guard let mode else { return }
            let written = descriptor
            self.mode = nil
            descriptor = -1
            switch mode {
            case .writeThrough(let ownsDescriptor):
                if ownsDescriptor, close(written) != 0 {
                    throw OutputError(path: path, reason: WriteDestination.describe(errno))
                }
            case .replace(let target, let attributes, var temporary):
                do throws(OutputError) {
                    try SafeFileWriter.complete(&temporary, replacing: target, keeping: attributes, path: path)
                } catch {
                    temporary.discard()
                    throw error
                }
            }
        }

        /// Leaves the destination as it was (what a device or FIFO was given stays given).
        package func discard() {
            guard let mode else { return }
            self.mode = nil
            switch mode {
            case .writeThrough(let ownsDescriptor):
                if ownsDescriptor { close(descriptor) }
            case .replace(_, _, var temporary):
                temporary.discard()
            }
            descriptor = -1
        }
    }
}
