/// A report file written while the run goes, through a `SafeFileWriter.Session`: a regular file
/// is replaced only by `commit()`, once the report is complete (so a run that fails midway leaves
/// it as it was), a device or FIFO is written through as the report goes, and a hard-linked file,
/// folder or socket is refused before anything is linted.
package final class ReportFile {
    package let path: String
    /// Write the report here; `commit()` flushes it.
    package let output: ReportOutput
    private let session: SafeFileWriter.Session

    package init(path: String) throws(OutputError) {
        self.path = path
        session = try SafeFileWriter.Session(path: path)
        output = ReportOutput(descriptor: session.descriptor, name: "'\(path)'")
    }

    /// Writes out the rest of the report without putting it in place: the run's reports all
    /// get this far before any of them replaces a file.
    package func finishWriting() throws(OutputError) {
        do {
            try output.finish()
        } catch {
            throw OutputError(path: path, reason: output.failureReason ?? error.description)
        }
    }

    /// Writes out the rest of the report and puts the file in place.
    package func commit() throws(OutputError) {
        do {
            try finishWriting()
        } catch {
            session.discard()
            throw error
        }
        try session.commit()
    }

    /// Leaves the destination as it was.
    package func discard() {
        session.discard()
    }
}
