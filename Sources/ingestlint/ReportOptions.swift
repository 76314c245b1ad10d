import ArgumentParser
import IngestLint

/// Which reports a lint writes, and where.
struct ReportOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Report format: text, json, jsonl, junit, sarif, github, gitlab or checkstyle (default: text; under GITHUB_ACTIONS=true, text with workflow-command annotations unless a format is given).")
    var format: ReportFormat?

    @Option(name: [.short, .long], help: "Write the report to this file instead of standard output (- is standard output): a regular file is replaced atomically, a device or FIFO is written through, missing folders are created.")
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp(
            "Also write a report in FORMAT to FILE, from the same run (repeatable), e.g. --report sarif=ingestlint.sarif.",
            valueName: "FORMAT=FILE"))
    var reports: [String] = []

    @Flag(name: .long, help: "Mask e-mails and names in every report (a short stable hash for e-mails, initials for names) and leave out source snippets; refused with --diff, whose lines are the payload's own.")
    var redact = false

    func apply(to request: inout LintSession.Request) {
        request.format = format
        request.output = output
        request.reports = reports
        request.redact = redact
    }
}
