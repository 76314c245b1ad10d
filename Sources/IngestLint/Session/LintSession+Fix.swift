extension LintSession {
    /// `--fix`, `--diff`, `--unsafe-fixes`: each input is fixed until stable (SPEC §10), then the
    /// findings that remain are reported as usual. Files that are not valid JSON are not changed.
    func fix(
        _ inputs: [LintInput], standardInput: [UInt8]?, run: Run, baseline: inout RunBaseline?
    ) async throws(LintError) -> ExitStatus {
        // Fixing needs every finding; the listing limit applies to what is reported afterwards.
        var fixConfiguration = run.configuration
        fixConfiguration.limits.maxDiagnosticsPerFile = 0
        var lintRun = LintRun(configuration: fixConfiguration, jobs: request.jobs, includesSourceExcerpts: !request.redact)
        lintRun.includesValueHashes = baseline != nil
        let fixRun = FixRun(lintRun: lintRun, includesUnsafe: request.unsafeFixes, writesFiles: !request.diff)
        var results: [FileResult] = []
        let totals: FixRun.Totals
        do {
            totals = try await fixRun.run(inputs, standardInput: standardInput, onInputError: run.inputErrors.report) {
                results.append($0)
            }
        } catch {
            throw LintError("cannot write the fixes to '\(error.path)': \(error.reason).")
        }
        // The baseline sees what remains after fixing: entries of fixed findings become stale.
        for index in results.indices {
            if baseline != nil {
                baseline?.process(&results[index])
            } else {
                results[index].limitListing(to: run.configuration.limits.diagnosticsPerFile)
            }
        }
        let noun = totals.fixedFindings == 1 ? "finding" : "findings"
        let files = totals.changedFiles == 1 ? "file" : "files"
        let diff = request.diff
        // Fixes that would have duplicated a key or left a more severe finding (SPEC §10).
        let withheld = totals.withheldFixes == 0 ? "" : totals.withheldFixes == 1
            ? "; 1 fix was not applied because it would make the file worse" + (diff ? "" : " (see its help line)")
            : "; \(totals.withheldFixes) fixes were not applied because they would make the file worse"
                + (diff ? "" : " (see their help lines)")
        if diff {
            console.writeOutput(totals.diff)
            console.writeError(
                "ingestlint: \(totals.fixedFindings) \(noun) would be fixed in \(totals.changedFiles) \(files)\(withheld)\n")
            if run.inputErrors.count > 0 { return .inputError }
            return totals.changedFiles > 0 ? .failed : .passed
        }
        console.writeError("ingestlint: fixed \(totals.fixedFindings) \(noun) in \(totals.changedFiles) \(files)\(withheld)\n")
        let report = LintReport(files: request.redact ? results.map(Redactor.redact) : results)
        let reports = try openReports(run)
        reports.begin()
        for result in report.files { reports.write(result) }
        return try finish(reports, summary: report.summary, baseline: baseline, run: run)
    }
}
