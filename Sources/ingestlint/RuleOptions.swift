import ArgumentParser
import IngestLint

/// Which rules run and what fails the run: the command line over the configuration.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules to run, comma-separated codes or names (custom rules as ID or custom/ID; 'all' = every rule); repeatable, accumulates. Replaces the configuration's choice of rules (its select, ignore and off severities) completely.",
            valueName: "RULES"))
    var select: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Rules not to run, as for --select; repeatable, accumulates. Taken out of what --select or the configuration selects.",
            valueName: "RULES"))
    var ignore: [String] = []

    @Option(name: .long, help: "Lowest severity that fails the run: error, warning or info.")
    var failOn: Severity?

    @Option(name: .long, parsing: .unconditional, help: "Also fail when there are more than this many warnings.")
    var maxWarnings: Int?

    @Option(name: .long, parsing: .unconditional, help: "Findings listed per file before one '…and N more' line (0 lists all; default 10000). The rest still count.")
    var maxDiagnosticsPerFile: Int?

    @Option(name: .long, help: "Visibility of Interviewers not in the registry: public or private.")
    var visibility: Visibility?

    func apply(to request: inout LintSession.Request) {
        request.select = select
        request.ignore = ignore
        request.failOn = failOn
        request.maxWarnings = maxWarnings
        request.maxDiagnosticsPerFile = maxDiagnosticsPerFile
        request.visibility = visibility
    }
}
