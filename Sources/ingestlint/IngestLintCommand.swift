import ArgumentParser
import IngestLint

struct IngestLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingestlint",
        abstract: "Lint InterviewFlowAI Ingestion API payloads (JSON and JSON Lines).",
        discussion: selectionHelp,
        version: IngestLintVersion.current,
        subcommands: [LintCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self],
        defaultSubcommand: LintCommand.self)

    /// Which rules run: the README's "Which rules run", in short.
    static let selectionHelp = """
        Which rules run: the command line wins over the configuration; select decides what runs, \
        severity only how loud. Without rules.select the configuration runs the rules on by default, \
        its custom rules, an off-by-default rule it gives a severity, and IL700 when max-candidates \
        is set; rules.ignore and severity off take rules out. --select replaces all of that (the \
        configuration's select, ignore and off alike), --ignore takes rules out of what is left, and \
        repeated flags accumulate. Custom rules are named ID or custom/ID. An unknown or empty rule \
        name, or a selection that leaves no rule, is a usage error (exit 2).
        """
}

/// A tool error (bad configuration, unreadable input, unwritable output): one sentence, exit 2.
struct ToolFailure: Error {
    let message: String
}
