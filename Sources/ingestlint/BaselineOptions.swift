import ArgumentParser
import IngestLint

/// `--baseline`, `--write-baseline` and `--show-stale` (docs/baseline.md).
struct BaselineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Report only findings not recorded in this baseline file (written by --write-baseline); entries that match nothing are counted as stale.", valueName: "FILE"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record every current finding in this baseline file (replacing it) and exit 0.", valueName: "FILE"))
    var writeBaseline: String?

    @Flag(name: .long, help: "With --baseline: list the stale entries (the text report, the JSON report's summary, else standard error).")
    var showStale = false

    func apply(to request: inout LintSession.Request) {
        request.baseline = baseline
        request.writeBaseline = writeBaseline
        request.showStale = showStale
    }
}
