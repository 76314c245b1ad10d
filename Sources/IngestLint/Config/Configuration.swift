/// Whether an Interviewer's default status is `shortlisted` (public) or `draft` (private).
package enum Visibility: String, Sendable, CaseIterable {
    case `public`, `private`
}

/// One Interviewer of the registry (SPEC §6).
package struct InterviewerProfile: Sendable, Equatable {
    package var name: String?
    package var visibility: Visibility?
    package var resumeScreening: Bool?
    package var screeningQuestions: Bool?

    package init(name: String? = nil, visibility: Visibility? = nil, resumeScreening: Bool? = nil, screeningQuestions: Bool? = nil) {
        self.name = name
        self.visibility = visibility
        self.resumeScreening = resumeScreening
        self.screeningQuestions = screeningQuestions
    }
}

/// The resolved settings of one run: a configuration file (if any) with command-line overrides.
package struct Configuration: Sendable {
    /// The configuration's `rules.select`: codes, names, custom ids or `all`; `nil` means the
    /// default selection (see `enabledRules`).
    package var select: [String]?
    /// The configuration's `rules.ignore`.
    package var ignore: [String] = []
    /// The configuration's `rules.severity`, by the name written; `off` disables a rule.
    package var severities: [String: SeveritySetting] = [:]
    /// `--select` (all of them, accumulated): replaces the configuration's choice of rules.
    package var commandLineSelect: [String]?
    /// `--ignore` (all of them, accumulated): taken out of whatever is selected.
    package var commandLineIgnore: [String] = []
    package var failOn: Severity = .error
    package var maxWarnings: Int?
    package var maxCandidates: Int?
    /// Globs (relative to `baseDirectory`) that walked files must match, when not empty.
    package var include: [String] = []
    /// Globs (relative to `baseDirectory`) of files and folders never walked.
    package var exclude: [String] = []
    package var defaultVisibility: Visibility?
    package var interviewers: [String: InterviewerProfile] = [:]
    package var skillAliases: [String: String] = [:]
    package var knownSkills: [String] = []
    package var typoDomains: [String] = []
    package var reservedDomains: [String] = []
    /// Declarative checks of the configuration, reported as `custom/<id>`.
    package var customRules: [CustomRule] = []
    /// Largest file and JSON Lines line read (`limits:`).
    package var limits = InputLimits()
    /// The folder of the configuration file; globs are relative to it.
    package var baseDirectory: String?
    /// The configuration file this came from, if any.
    package var sourceFile: String?

    package init() {}

    /// The registry entry of an Interviewer id; ids compare case-insensitively, as UUIDs do.
    package func interviewer(_ id: String) -> InterviewerProfile? {
        if let profile = interviewers[id] { return profile }
        let lowered = id.lowercased()
        return interviewers.first { $0.key.lowercased() == lowered }?.value
    }
}
