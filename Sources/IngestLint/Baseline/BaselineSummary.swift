/// What a baseline did in a run, for the report summaries: findings suppressed, entries stale,
/// and with `--show-stale` the stale entries.
package struct BaselineSummary: Sendable, Equatable {
    package let suppressed: Int
    package let stale: Int
    package let staleEntries: [FindingIdentity]?

    package init(suppressed: Int, stale: Int, staleEntries: [FindingIdentity]? = nil) {
        self.suppressed = suppressed
        self.stale = stale
        self.staleEntries = staleEntries
    }
}
