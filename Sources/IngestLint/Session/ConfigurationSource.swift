/// Where a run's configuration comes from (`-c FILE`, `--no-config`, or neither).
package enum ConfigurationSource: Sendable, Equatable {
    /// `.ingestlint.yml` (or `.yaml`, `.json`) looked up from the current folder to the
    /// repository root; the defaults when there is none.
    case discovered
    /// This file, whatever its name.
    case file(String)
    /// The defaults: configuration files are ignored.
    case none

    /// The configuration, its file shown relative to the current folder as messages quote it.
    package func load() throws(LintError) -> Configuration {
        do throws(ConfigurationError) {
            switch self {
            case .file(let path):
                return try ConfigurationLoader.load(file: path)
            case .discovered:
                if let found = ConfigurationDiscovery.find(startingAt: ".") {
                    return try ConfigurationLoader.load(file: found)
                }
            case .none:
                break
            }
        } catch {
            throw LintError(error.description)
        }
        return Configuration()
    }
}
