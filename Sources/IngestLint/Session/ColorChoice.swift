#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `--color`: whether the text report on standard output is coloured.
package enum ColorChoice: String, Sendable, CaseIterable {
    case auto, always, never

    /// `auto` colours only a terminal, and not when `NO_COLOR` is set to anything non-empty.
    package func usesColor(environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(STDOUT_FILENO) == 1
        }
    }
}
