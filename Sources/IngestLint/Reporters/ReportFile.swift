#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file written while the run goes: into a temporary file beside the destination,
/// renamed over it by `commit()` only once the report is complete. `discard()` (or dropping an
/// uncommitted file) removes the temporary file, so a run that fails midway leaves the
/// destination as it was. Missing folders are created; an existing file keeps its permissions.
///
/// The final step mirrors `AtomicFileWriter.write` (temporary file, `fchmod`, rename) and uses
/// its folder helpers, so both write report files the same way.
public final class ReportFile {
    public let path: String
    /// Write the report here; `commit()` flushes it.
    public let output: ReportOutput
    private let temporaryPath: String
    private var descriptor: Int32
    private let mode: mode_t

    public init(path: String) throws(InputError) {
        self.path = path
        let folder = AtomicFileWriter.parentFolder(of: path)
        try AtomicFileWriter.createFolders(folder)
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        self.mode = mode
        temporaryPath = (folder == "." ? "" : folder + "/") + ".\(AtomicFileWriter.lastComponent(of: path)).\(getpid()).tmp"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw AtomicFileWriter.failure(path) }
        output = ReportOutput(descriptor: descriptor, name: "'\(path)'")
    }

    deinit { discard() }

    /// Writes out the rest of the report and renames the temporary file over the destination.
    public func commit() throws(InputError) {
        guard descriptor >= 0 else { return }
        do {
            try output.finish()
        } catch {
            discard()
            throw error
        }
        fchmod(descriptor, mode)
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else {
            let error = AtomicFileWriter.failure(path)
            unlink(temporaryPath)
            throw error
        }
        guard rename(temporaryPath, path) == 0 else {
            let error = AtomicFileWriter.failure(path)
            unlink(temporaryPath)
            throw error
        }
    }

    /// Removes the temporary file; the destination is not touched.
    public func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }
}
