/// What rules may know beyond the payload itself: the resolved configuration.
public struct LintContext: Sendable {
    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }
}
