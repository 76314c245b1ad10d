import Synchronization

/// What rules may know beyond the payload itself: the resolved configuration and the data
/// derived from it once per run. A reference: every rule call receives it, and a copy of the
/// configuration and catalogues would retain each of their arrays and dictionaries.
package final class LintContext: Sendable {
    package let configuration: Configuration
    /// Built-in mailbox providers and reserved domains, plus the configuration's.
    package let emailDomains: EmailDomainCatalogue
    /// Built-in skills and aliases, plus the configuration's.
    package let skills: SkillCatalogue
    /// Domain → typo suggestion, shared by all workers: a run meets few distinct domains.
    let domainTypos = DomainTypoCache()

    package init(configuration: Configuration) {
        self.configuration = configuration
        self.emailDomains = EmailDomainCatalogue.builtin.extended(
            typoDomains: configuration.typoDomains, reservedDomains: configuration.reservedDomains)
        self.skills = SkillCatalogue.builtin.extended(aliases: configuration.skillAliases, known: configuration.knownSkills)
    }
}


/// Remembers IL304's verdict per domain; bounded so hostile input cannot grow it without end.
final class DomainTypoCache: Sendable {
    static let capacity = 50_000
    private let verdicts = Mutex<[String: String?]>([:])

    func suggestion(for domain: String, compute: (String) -> String?) -> String? {
        if let known = verdicts.withLock({ $0[domain] }) { return known }
        let verdict = compute(domain)
        verdicts.withLock { cache in
            if cache.count < Self.capacity { cache[domain] = verdict }
        }
        return verdict
    }
}

extension LintContext {
    /// IL304's suggestion for a lower-case domain, cached across the run.
    func typoSuggestion(for domain: String) -> String? {
        domainTypos.suggestion(for: domain) { emailDomains.typoSuggestion(for: $0) }
    }

    /// What the configuration says about an Interviewer: its registry entry, and its visibility
    /// (the entry's, else `default-visibility` / `--visibility`; nil when unknown).
    package func interviewer(_ id: String) -> (profile: InterviewerProfile?, visibility: Visibility?) {
        let profile = configuration.interviewer(id)
        return (profile, profile?.visibility ?? configuration.defaultVisibility)
    }
}
