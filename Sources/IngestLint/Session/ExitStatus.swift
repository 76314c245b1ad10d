/// How a command-line run ends (README "Usage"): the process exits with `rawValue`.
package enum ExitStatus: Int32, Sendable {
    /// Nothing at or above `--fail-on`, warnings within `--max-warnings`.
    case passed = 0
    /// The gate failed (or `--diff` has something to fix).
    case failed = 1
    /// An input could not be linted (or not wholly): the findings are reported, the run cannot pass.
    case inputError = 2
}
