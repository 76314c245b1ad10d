/// Mailbox providers, misspelt top-level domains and reserved domains (from
/// `rules/catalogues/email-domains.yml`, extended by the configuration's `email` section).
public struct EmailDomainCatalogue: Sendable, Equatable {
    /// Lower-case domains that are real providers: typo targets, and never typos themselves.
    public let providers: [String]
    /// Misspelt top-level label → the intended one (`con` → `com`).
    public let topLevelTypos: [String: String]
    /// Domains reserved for testing and documentation; their subdomains are reserved too.
    public let reserved: [String]

    public init(providers: [String], topLevelTypos: [String: String], reserved: [String]) {
        self.providers = providers
        self.topLevelTypos = topLevelTypos
        self.reserved = reserved
    }

    /// The built-in catalogue plus the configuration's extra domains.
    public func extended(typoDomains: [String], reservedDomains: [String]) -> EmailDomainCatalogue {
        if typoDomains.isEmpty, reservedDomains.isEmpty { return self }
        return EmailDomainCatalogue(
            providers: providers + typoDomains.map { $0.lowercased() },
            topLevelTypos: topLevelTypos,
            reserved: reserved + reservedDomains.map { $0.lowercased() })
    }

    /// Providers long enough for fuzzy matching: `me.com` is one letter from too many real domains.
    static let minimumFuzzyLength = 8

    /// The provider or top-level domain that `domain` (lower-case) probably misspells.
    public func typoSuggestion(for domain: String) -> String? {
        if providers.contains(domain) { return nil }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if let top = labels.last, let intended = topLevelTypos[String(top)] {
            return labels.dropLast().joined(separator: ".") + "." + intended
        }
        let targets = providers.filter { $0.utf8.count >= Self.minimumFuzzyLength }
        let limit = domain.utf8.count >= 10 ? 2 : 1
        return Suggestion.nearest(to: domain, in: targets, maximumDistance: limit)
    }

    /// The reserved domain that `domain` (lower-case) is or is under.
    public func reservedMatch(for domain: String) -> String? {
        reserved.first { domain == $0 || domain.hasSuffix("." + $0) }
    }
}
