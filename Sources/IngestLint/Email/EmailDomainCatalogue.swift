/// Mailbox providers, misspelt top-level domains and reserved domains (from
/// `rules/catalogues/email-domains.yml`, extended by the configuration's `email` section).
package struct EmailDomainCatalogue: Sendable, Equatable {
    /// Lower-case domains that are real providers: typo targets, and never typos themselves.
    package let providers: [String]
    /// Misspelt top-level label → the intended one (`con` → `com`).
    package let topLevelTypos: [String: String]
    /// Domains reserved for testing and documentation; their subdomains are reserved too.
    package let reserved: [String]
    /// `reserved` with a leading dot, for the subdomain test without building a string per address.
    private let dottedReserved: [String]
    private let providerSet: Set<String>
    /// Providers long enough for fuzzy matching, as bytes, for the per-address hot path.
    private let fuzzyTargets: [(domain: String, bytes: [UInt8])]

    package init(providers: [String], topLevelTypos: [String: String], reserved: [String]) {
        self.providers = providers
        self.topLevelTypos = topLevelTypos
        self.reserved = reserved
        dottedReserved = reserved.map { "." + $0 }
        providerSet = Set(providers)
        fuzzyTargets = providers.filter { $0.utf8.count >= Self.minimumFuzzyLength }.map { ($0, Array($0.utf8)) }
        var brands: [Substring: Int] = [:]
        for provider in providers { brands[Self.brand(of: provider), default: 0] += 1 }
        multiCountryBrands = Set(brands.filter { $0.value > 1 }.keys.map(String.init))
    }

    /// Brands with several country domains (`hotmail.fr`, `hotmail.de`, …): another country
    /// suffix of theirs (`hotmail.be`) is probably real, not a typo.
    private let multiCountryBrands: Set<String>

    /// The first label: `hotmail` of `hotmail.co.uk`.
    static func brand(of domain: String) -> Substring {
        domain.prefix { $0 != "." }
    }

    package static func == (lhs: EmailDomainCatalogue, rhs: EmailDomainCatalogue) -> Bool {
        lhs.providers == rhs.providers && lhs.topLevelTypos == rhs.topLevelTypos && lhs.reserved == rhs.reserved
    }

    /// The built-in catalogue plus the configuration's extra domains.
    package func extended(typoDomains: [String], reservedDomains: [String]) -> EmailDomainCatalogue {
        if typoDomains.isEmpty, reservedDomains.isEmpty { return self }
        return EmailDomainCatalogue(
            providers: providers + typoDomains.map { $0.lowercased() },
            topLevelTypos: topLevelTypos,
            reserved: reserved + reservedDomains.map { $0.lowercased() })
    }

    /// Providers long enough for fuzzy matching: `live.com` or `me.com` are one letter from too
    /// many real domains (`love.com`, `mc.com`).
    static let minimumFuzzyLength = 9

    /// The provider or top-level domain that `domain` (lower-case) probably misspells.
    package func typoSuggestion(for domain: String) -> String? {
        if providerSet.contains(domain) { return nil }
        if let dot = domain.lastIndex(of: "."), let intended = topLevelTypos[String(domain[domain.index(after: dot)...])] {
            return domain[..<dot] + "." + intended
        }
        let bytes = Array(domain.utf8)
        let limit = bytes.count >= 10 ? 2 : 1
        var best: String?
        var bestDistance = limit + 1
        var isTie = false
        let brand = Self.brand(of: domain)
        for target in fuzzyTargets where abs(target.bytes.count - bytes.count) <= limit {
            // `hotmail.be` is a real sibling of `hotmail.de`; `hotmail.co` is `hotmail.com` cut short.
            if Self.brand(of: target.domain) == brand, multiCountryBrands.contains(String(brand)),
               !target.domain.hasPrefix(domain) { continue }
            let distance = Suggestion.editDistance(bytes, target.bytes, limit: limit)
            if distance < bestDistance {
                (best, bestDistance, isTie) = (target.domain, distance, false)
            } else if distance == bestDistance, distance <= limit {
                isTie = true
            }
        }
        return isTie ? nil : best
    }

    /// The reserved domain that `domain` (lower-case) is or is under.
    package func reservedMatch(for domain: String) -> String? {
        zip(reserved, dottedReserved).first { domain == $0.0 || domain.hasSuffix($0.1) }?.0
    }
}
