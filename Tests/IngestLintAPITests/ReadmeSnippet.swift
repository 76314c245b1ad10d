import IngestLint

/// A request body checked before it is forwarded to the Ingestion API.
struct BodyCheck {
    let forward: Bool
    let problems: [String]
    let report: [UInt8]
}

func check(body: [UInt8]) async throws -> BodyCheck {
    var configuration = try LintConfiguration(text: "fail-on: warning\n")
    try configuration.ignore(["unknown-skill"])
    let linter = PayloadLinter(configuration: configuration)
    let result = try await linter.lint(bytes: body, fileName: "request.json")
    let problems = result.diagnostics.map { diagnostic in
        "\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.code) \(diagnostic.message)"
    }
    return BodyCheck(
        forward: linter.passes([result]), problems: problems,
        report: try ReportFormat.json.render([result], configuration: configuration))
}
