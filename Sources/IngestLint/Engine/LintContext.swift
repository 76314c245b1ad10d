/// What rules may know beyond the payload itself: the resolved configuration and the data
/// derived from it once per run.
public struct LintContext: Sendable {
    public let configuration: Configuration
    /// Built-in mailbox providers and reserved domains, plus the configuration's.
    public let emailDomains: EmailDomainCatalogue
    /// Built-in skills and aliases, plus the configuration's.
    public let skills: SkillCatalogue

    public init(configuration: Configuration) {
        self.configuration = configuration
        self.emailDomains = EmailDomainCatalogue.builtin.extended(
            typoDomains: configuration.typoDomains, reservedDomains: configuration.reservedDomains)
        self.skills = SkillCatalogue.builtin.extended(aliases: configuration.skillAliases, known: configuration.knownSkills)
    }
}

extension LintContext {
    /// What the configuration says about an Interviewer: its registry entry, and its visibility
    /// (the entry's, else `default-visibility` / `--visibility`; nil when unknown).
    public func interviewer(_ id: String) -> (profile: InterviewerProfile?, visibility: Visibility?) {
        let profile = configuration.interviewer(id)
        return (profile, profile?.visibility ?? configuration.defaultVisibility)
    }
}
