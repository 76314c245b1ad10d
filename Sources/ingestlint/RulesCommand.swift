import ArgumentParser
import IngestLint

extension RuleCatalogueRenderer.Format: ExpressibleByArgument {}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: code, name, default severity, fix, summary; then the configuration's custom rules.")

    @Option(name: [.short, .long], help: "Output format: text, json or markdown.")
    var format: RuleCatalogueRenderer.Format = .text

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let custom = try configurationOptions.load().customRules.map(\.ruleDescription)
        let catalogue = RuleCatalogue(rules: RuleCatalogue.builtin.rules + custom)
        print(RuleCatalogueRenderer.list(catalogue, format: format), terminator: "")
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: what it checks, why, a bad and a good example, how to fix it.")

    @Argument(help: "A rule code (IL206) or name (misplaced-field); a custom rule as ID or custom/ID.")
    var rule: String

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        // Loaded even for a built-in rule, so a broken or missing configuration is reported here
        // as `lint` and `rules` report it.
        let configuration = try configurationOptions.load()
        if let description = RuleCatalogue.builtin.rule(named: rule) {
            print(RuleCatalogueRenderer.explain(description), terminator: "")
            return
        }
        let names = configuration.ruleNames
        guard let code = names.code(of: rule), let custom = configuration.customRules.first(where: { $0.code == code }) else {
            throw ToolFailure(message: names.unknownRuleMessage(rule, in: "explain") + " (see `ingestlint rules`).")
        }
        print(RuleCatalogueRenderer.explain(custom, file: configuration.sourceFile), terminator: "")
    }
}
