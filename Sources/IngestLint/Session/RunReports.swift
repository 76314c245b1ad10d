#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reports of one run — the primary one (standard output, or `-o FILE`) and every
/// `--report FORMAT=FILE` — written together from each result as it arrives. Report files are
/// committed (renamed over their destination) only by `finish`, once every report is complete;
/// `discard` leaves every destination as it was.
final class RunReports {
    private struct Destination {
        let stream: any ReportStream
        let output: ReportOutput
        let file: ReportFile?
    }

    private var destinations: [Destination] = []

    /// Opens every destination; when one cannot be written, those already opened are removed.
    init(
        format: ReportFormat, output: String?, extraReports: [ReportRequest], options: ReportFormat.Options,
        useColor: Bool, githubAnnotations: Bool = false
    ) throws(LintError) {
        var primaryOptions = options
        primaryOptions.useColor = output == nil && useColor
        primaryOptions.githubAnnotations = githubAnnotations
        do {
            try add(format, primaryOptions, file: output)
            for request in extraReports { try add(request.format, options, file: request.path) }
        } catch {
            discard()
            throw error
        }
    }

    private func add(_ format: ReportFormat, _ options: ReportFormat.Options, file path: String?) throws(LintError) {
        if let reason = format.unavailableReason {
            throw LintError("cannot write the \(format.rawValue) report: \(reason); install libxml2 (apt install libxml2), set INGESTLINT_LIBXML2 to its path, or choose another format.")
        }
        let reporter = format.reporter(options)
        guard let path else {
            let output = ReportOutput(descriptor: STDOUT_FILENO, name: "standard output")
            destinations.append(Destination(stream: reporter.stream(to: output), output: output, file: nil))
            return
        }
        let file: ReportFile
        do {
            file = try ReportFile(path: path)
        } catch {
            throw Self.failure(error)
        }
        destinations.append(Destination(stream: reporter.stream(to: file.output), output: file.output, file: file))
    }

    func begin() {
        for destination in destinations { destination.stream.begin() }
    }

    func write(_ result: FileResult) {
        for destination in destinations { destination.stream.write(result) }
    }

    /// Ends every report with `summary` and commits the report files: all of them, or — when
    /// one cannot be written (a full disk, `/dev/full`) — none, each left as it was.
    func finish(_ summary: LintReport.Summary) throws(LintError) {
        defer { discard() }
        for destination in destinations { destination.stream.end(summary) }
        for destination in destinations {
            do throws(OutputError) {
                try destination.file?.finishWriting()
            } catch {
                throw Self.failure(error)
            }
            if destination.file == nil {
                do {
                    try destination.output.finish()
                } catch {
                    throw LintError(error.description + ".")
                }
            }
        }
        for destination in destinations {
            do throws(OutputError) {
                try destination.file?.commit()
            } catch {
                throw Self.failure(error)
            }
        }
    }

    /// After a failed run: what standard output was given stays, every report file is removed.
    func discard() {
        for destination in destinations {
            if let file = destination.file { file.discard() } else { try? destination.output.finish() }
        }
        destinations.removeAll()
    }

    /// "cannot write the report to 'x': No space left on device."
    static func failure(_ error: OutputError) -> LintError {
        LintError("cannot write the report to '\(error.path)': \(error.reason).")
    }
}
