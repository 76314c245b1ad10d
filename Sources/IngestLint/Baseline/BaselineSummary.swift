/// What a baseline did in a run, for the report summaries: findings suppressed, entries stale,
/// and with `--show-stale` the stale entries.
public struct BaselineSummary: Sendable, Equatable {
    public let suppressed: Int
    public let stale: Int
    public let staleEntries: [FindingIdentity]?

    public init(suppressed: Int, stale: Int, staleEntries: [FindingIdentity]? = nil) {
        self.suppressed = suppressed
        self.stale = stale
        self.staleEntries = staleEntries
    }
}
