/// The paths a CI report (SARIF, GitLab Code Quality) writes: relative to the project root when
/// the report has `ProjectPaths`, else as given. Findings come file by file, so the last answer
/// is kept: a file's thousands of findings cost one lookup (a lookup may call `realpath`).
final class ReportPaths {
    let projectPaths: ProjectPaths?
    private var last: (given: String, reported: String)?

    init(_ projectPaths: ProjectPaths?) {
        self.projectPaths = projectPaths
    }

    func path(_ given: String) -> String {
        guard let projectPaths else { return given }
        if let last, last.given.utf8.elementsEqual(given.utf8) { return last.reported }
        let reported = projectPaths.relativePath(given)
        last = (given, reported)
        return reported
    }
}
