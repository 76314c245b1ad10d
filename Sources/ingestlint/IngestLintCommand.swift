import ArgumentParser
import IngestLint

struct IngestLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingestlint",
        abstract: "Lint InterviewFlowAI Ingestion API payloads (JSON and JSON Lines).",
        version: IngestLintVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self],
        defaultSubcommand: LintCommand.self)
}

/// A tool error (bad configuration, unreadable input, unwritable output): one sentence, exit 2.
struct ToolFailure: Error {
    let message: String
}
