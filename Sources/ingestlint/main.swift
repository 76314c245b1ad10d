import ArgumentParser
import Foundation
import IngestLint

// A hand-written entry point so every usage error exits with 2 (argument-parser uses 64).
do {
    var command = try IngestLintCommand.parseAsRoot(Array(CommandLine.arguments.dropFirst()))
    if var asyncCommand = command as? AsyncParsableCommand {
        try await runAsync(&asyncCommand)
    } else {
        try command.run()
    }
} catch let exitCode as ExitCode {
    exit(exitCode.rawValue)
} catch let failure as ToolFailure {
    FileHandle.standardError.write(Data("ingestlint: \(failure.message)\n".utf8))
    exit(2)
} catch let failure as LintError {
    FileHandle.standardError.write(Data("ingestlint: \(failure.description)\n".utf8))
    exit(2)
} catch {
    let code = IngestLintCommand.exitCode(for: error)
    let message = IngestLintCommand.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(2)
}

/// Calls the async `run()`; on an existential the synchronous requirement would be chosen.
func runAsync<Command: AsyncParsableCommand>(_ command: inout Command) async throws {
    try await command.run()
}
