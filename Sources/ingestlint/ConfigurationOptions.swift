import ArgumentParser
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

    var source: ConfigurationSource {
        if let config { return .file(config) }
        return noConfig ? .none : .discovered
    }

    /// The file `--config` names, else the one discovered from the current folder, else the
    /// defaults.
    func load() throws(LintError) -> Configuration {
        try source.load()
    }
}
