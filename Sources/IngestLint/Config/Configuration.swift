/// Whether an Interviewer's default status is `shortlisted` (public) or `draft` (private).
public enum Visibility: String, Sendable, CaseIterable {
    case `public`, `private`
}

/// One Interviewer of the registry (SPEC §6).
public struct InterviewerProfile: Sendable, Equatable {
    public var name: String?
    public var visibility: Visibility?
    public var resumeScreening: Bool?
    public var screeningQuestions: Bool?

    public init(name: String? = nil, visibility: Visibility? = nil, resumeScreening: Bool? = nil, screeningQuestions: Bool? = nil) {
        self.name = name
        self.visibility = visibility
        self.resumeScreening = resumeScreening
        self.screeningQuestions = screeningQuestions
    }
}

/// The resolved settings of one run: a configuration file (if any) with command-line overrides.
public struct Configuration: Sendable {
    /// The configuration's `rules.select`: codes, names, custom ids or `all`; `nil` means the
    /// default selection (see `enabledRules`).
    public var select: [String]?
    /// The configuration's `rules.ignore`.
    public var ignore: [String] = []
    /// The configuration's `rules.severity`, by the name written; `off` disables a rule.
    public var severities: [String: SeveritySetting] = [:]
    /// `--select` (all of them, accumulated): replaces the configuration's choice of rules.
    public var commandLineSelect: [String]?
    /// `--ignore` (all of them, accumulated): taken out of whatever is selected.
    public var commandLineIgnore: [String] = []
    public var failOn: Severity = .error
    public var maxWarnings: Int?
    public var maxCandidates: Int?
    /// Globs (relative to `baseDirectory`) that walked files must match, when not empty.
    public var include: [String] = []
    /// Globs (relative to `baseDirectory`) of files and folders never walked.
    public var exclude: [String] = []
    public var defaultVisibility: Visibility?
    public var interviewers: [String: InterviewerProfile] = [:]
    public var skillAliases: [String: String] = [:]
    public var knownSkills: [String] = []
    public var typoDomains: [String] = []
    public var reservedDomains: [String] = []
    /// Declarative checks of the configuration, reported as `custom/<id>`.
    public var customRules: [CustomRule] = []
    /// Largest file and JSON Lines line read (`limits:`).
    public var limits = InputLimits()
    /// The folder of the configuration file; globs are relative to it.
    public var baseDirectory: String?
    /// The configuration file this came from, if any.
    public var sourceFile: String?

    public init() {}

    /// The registry entry of an Interviewer id; ids compare case-insensitively, as UUIDs do.
    public func interviewer(_ id: String) -> InterviewerProfile? {
        if let profile = interviewers[id] { return profile }
        let lowered = id.lowercased()
        return interviewers.first { $0.key.lowercased() == lowered }?.value
    }
}
