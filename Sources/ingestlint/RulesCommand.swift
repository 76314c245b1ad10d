import ArgumentParser
import IngestLint

extension RuleCatalogueRenderer.Format: ExpressibleByArgument {}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: code, name, default severity, fix, summary.")

    @Option(name: [.short, .long], help: "Output format: text, json or markdown.")
    var format: RuleCatalogueRenderer.Format = .text

    func run() {
        print(RuleCatalogueRenderer.list(.builtin, format: format), terminator: "")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, why, a bad and a good example, how to fix it.")

    @Argument(help: "A rule code (IL206) or name (misplaced-field).")
    var rule: String

    func run() throws {
        guard let description = RuleCatalogue.builtin.rule(named: rule) else {
            throw ToolFailure(message: "unknown rule '\(rule)' (see `ingestlint rules`).")
        }
        print(RuleCatalogueRenderer.explain(description), terminator: "")
    }
}
