/// One `--report FORMAT=FILE`.
struct ReportRequest: Equatable {
    let format: ReportFormat
    let path: String

    static var formatNames: String {
        let names = ReportFormat.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }

    /// Parses every `--report` value before anything is linted, so a typo costs nothing.
    static func parse(_ values: [String], primaryOutput: String?) throws(LintError) -> [ReportRequest] {
        var requests: [ReportRequest] = []
        // Standard output takes the primary report unless -o names a file.
        var paths: Set<String> = [primaryOutput ?? WriteDestination.standardOutputName]
        for value in values {
            guard let equals = value.firstIndex(of: "=") else {
                throw LintError("--report needs FORMAT=FILE, e.g. --report sarif=ingestlint.sarif, not '\(value)'.")
            }
            let name = String(value[..<equals])
            let path = String(value[value.index(after: equals)...])
            guard let format = ReportFormat(rawValue: name.lowercased()) else {
                throw LintError("unknown report format '\(name)' in --report \(value) (use \(formatNames)).")
            }
            guard !path.isEmpty else {
                throw LintError("--report \(value) names no file (use FORMAT=FILE).")
            }
            if path == WriteDestination.standardOutputName, primaryOutput == nil {
                throw LintError(
                    "--report \(value) writes to standard output, which already takes the --format report (send that one to a file with -o FILE).")
            }
            guard paths.insert(path).inserted else {
                throw LintError("the report file '\(path)' is named more than once (by -o or --report).")
            }
            requests.append(ReportRequest(format: format, path: path))
        }
        return requests
    }
}
