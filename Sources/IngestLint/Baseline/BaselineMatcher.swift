/// Applies a baseline to a run: each entry suppresses one finding with its identity (a
/// multiset, so a finding recorded twice suppresses two), and the entries no finding used are
/// stale. Results must come in report order, as `LintRun` hands them over, so which of several
/// identical findings is suppressed does not depend on scheduling: the first ones.
///
/// Only entries of files linted in this run, and of rules it ran, can be stale: a run over some
/// of the files (a pre-commit hook given the changed ones) or some of the rules (`--select`)
/// leaves the other entries alone.
package struct BaselineMatcher: Sendable {
    package let paths: ProjectPaths
    private var remaining: [FindingIdentity: Int] = [:]
    /// As bytes, as identities compare files.
    private var lintedFiles: Set<[UInt8]> = []
    /// The codes this run checks; `nil` for every one.
    private let rulesRun: Set<String>?
    package private(set) var suppressedCount = 0

    package init(_ baseline: Baseline, paths: ProjectPaths, rulesRun: Set<String>? = nil) {
        self.paths = paths
        self.rulesRun = rulesRun
        for entry in baseline.entries { remaining[entry, default: 0] += 1 }
    }

    /// Removes the recorded findings from `result` and counts them. The result must hold every
    /// finding (no listing limit applied yet), or omitted ones could not be matched.
    package mutating func apply(to result: inout FileResult) {
        let file = paths.relativePath(result.path)
        lintedFiles.insert(Array(file.utf8))
        guard !remaining.isEmpty else { return }
        let before = result.diagnostics.count
        result.diagnostics.removeAll { diagnostic in
            let identity = FindingIdentity(diagnostic, file: diagnostic.file == result.path ? file : paths.relativePath(diagnostic.file))
            guard let count = remaining[identity] else { return false }
            remaining[identity] = count == 1 ? nil : count - 1
            return true
        }
        suppressedCount += before - result.diagnostics.count
    }

    /// Entries of linted files that matched no finding, in baseline order (one per unused
    /// occurrence).
    package var staleEntries: [FindingIdentity] {
        remaining.filter { lintedFiles.contains(Array($0.key.file.utf8)) && rulesRun?.contains($0.key.code) != false }
            .flatMap { Array(repeating: $0.key, count: $0.value) }
            .sorted()
    }

    /// The counts for the report summary; `listsStale` adds the stale entries themselves.
    package func summary(listsStale: Bool) -> BaselineSummary {
        let stale = staleEntries
        return BaselineSummary(suppressed: suppressedCount, stale: stale.count, staleEntries: listsStale ? stale : nil)
    }
}
