import Foundation

/// Runs a child process to completion. Standard input, output and error go through temporary
/// files, so a large output can never dead-lock on a full pipe, and a child that reads standard
/// input sees end of file instead of waiting for a terminal.
struct ExternalProcess {
    struct Outcome: Sendable {
        let status: Int32
        let standardOutput: Data
        let standardError: Data

        var output: String { String(decoding: standardOutput, as: UTF8.self) }
        var error: String { String(decoding: standardError, as: UTF8.self) }
    }

    struct LaunchFailure: Error, CustomStringConvertible {
        let description: String
    }

    var executable: URL
    var arguments: [String] = []
    /// Bytes for standard input; `nil` connects it to /dev/null.
    var standardInput: Data?
    /// Changes to the inherited environment; a `nil` value removes the variable.
    var environment: [String: String?] = [:]
    var currentDirectory: URL?
    /// The child is terminated after this long, so a hang fails the test instead of the suite.
    var timeout: Duration = .seconds(120)

    func run() async throws -> Outcome {
        let fileManager = FileManager.default
        let folder = fileManager.temporaryDirectory
            .appendingPathComponent("ingestlint-process-\(UUID().uuidString)", isDirectory: true)
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(at: folder) }

        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        _ = fileManager.createFile(atPath: outputURL.path, contents: nil)
        _ = fileManager.createFile(atPath: errorURL.path, contents: nil)
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        defer {
            try? outputHandle.close()
            try? errorHandle.close()
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        var inputHandle: FileHandle?
        if let standardInput {
            let inputURL = folder.appendingPathComponent("stdin")
            try standardInput.write(to: inputURL)
            inputHandle = try FileHandle(forReadingFrom: inputURL)
            process.standardInput = inputHandle
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        defer { try? inputHandle?.close() }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        var merged = ProcessInfo.processInfo.environment
        // `ingestlint` adds annotations to its text report under GitHub Actions: a test that
        // wants them says so, so the suite gives the same results inside a workflow.
        merged["GITHUB_ACTIONS"] = nil
        for (name, value) in environment { merged[name] = value }
        process.environment = merged

        let timeout = self.timeout
        let watchdog = Task.detached {
            try await Task.sleep(for: timeout)
            // Ends only the child started here, by its handle.
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in
                continuation.resume(returning: finished.terminationStatus)
            }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: LaunchFailure(
                    description: "cannot start \(executable.path): \(error.localizedDescription)"))
            }
        }
        return Outcome(
            status: status,
            standardOutput: (try? Data(contentsOf: outputURL)) ?? Data(),
            standardError: (try? Data(contentsOf: errorURL)) ?? Data())
    }
}
