import ArgumentParser
import Foundation
import IngestLint

/// `-c/--config` and `--no-config`, shared by `lint`, `rules` and `explain`, so all three see
/// the same custom rules.
struct ConfigurationOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Use this configuration file instead of discovering .ingestlint.yml.")
    var config: String?

    @Flag(name: .long, help: "Ignore configuration files.")
    var noConfig = false

    func validate() throws {
        if noConfig, config != nil {
            throw ValidationError("--config and --no-config cannot be used together.")
        }
    }

    /// The file `--config` names, else the one discovered from the current folder (shown
    /// relative to it, as messages quote it), else the defaults.
    func load() throws -> Configuration {
        do {
            if let config {
                return try ConfigurationLoader.load(file: config)
            }
            if !noConfig, let found = ConfigurationDiscovery.find(startingAt: ".") {
                return try ConfigurationLoader.load(file: found)
            }
        } catch {
            throw ToolFailure(message: error.description)
        }
        return Configuration()
    }
}

extension RuleNames {
    /// Every rule named in the values of a repeatable option (`--select A --select B,C`), in
    /// order. An empty value or an empty name between commas is a usage error, as is an unknown
    /// name (with "did you mean"): a CI gate must never run fewer rules than it was asked to.
    func parse(_ values: [String], option: String) throws -> [String] {
        var names: [String] = []
        for value in values {
            let parts = value.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.contains(where: \.isEmpty) else {
                let shown = value.isEmpty ? "an empty value" : "'\(value)', which holds an empty rule name"
                throw ToolFailure(message: "\(option) got \(shown); name the rules (codes, names or all), e.g. \(option) IL200,misplaced-field.")
            }
            for name in parts where !RuleNames.isAll(name) && code(of: name) == nil {
                throw ToolFailure(message: unknownRuleMessage(name, in: option) + " (see `ingestlint rules`).")
            }
            names += parts
        }
        return names
    }
}
