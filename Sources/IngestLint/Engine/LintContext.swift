/// What rules may know beyond the payload itself: the resolved configuration and the data
/// derived from it once per run.
public struct LintContext: Sendable {
    public let configuration: Configuration
    /// Built-in mailbox providers and reserved domains, plus the configuration's.
    public let emailDomains: EmailDomainCatalogue

    public init(configuration: Configuration) {
        self.configuration = configuration
        self.emailDomains = EmailDomainCatalogue.builtin.extended(
            typoDomains: configuration.typoDomains, reservedDomains: configuration.reservedDomains)
    }
}
