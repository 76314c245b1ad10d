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
    /// Rules to run, as codes, names or `all`; `nil` means each rule's default.
    public var select: [String]?
    /// Rules never to run.
    public var ignore: [String] = []
    /// Per-rule severity overrides by code or name; a severity enables a rule, `off` disables it.
    public var severities: [String: SeveritySetting] = [:]
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

    /// The severity of every enabled rule, by code.
    public func enabledRules(in catalogue: RuleCatalogue = .builtin) -> [String: Severity] {
        func codes(_ names: [String]) -> Set<String> {
            var result: Set<String> = []
            for name in names {
                if name.lowercased() == "all" {
                    result.formUnion(catalogue.rules.map(\.code))
                } else if let rule = catalogue.rule(named: name) {
                    result.insert(rule.code)
                }
            }
            return result
        }
        var enabled: [String: Severity] = [:]
        let selected = select.map(codes) ?? Set(catalogue.rules.filter(\.isEnabledByDefault).map(\.code))
        for rule in catalogue.rules where selected.contains(rule.code) {
            enabled[rule.code] = rule.defaultSeverity
        }
        for (name, setting) in severities {
            guard let rule = catalogue.rule(named: name) else { continue }
            switch setting {
            case .off: enabled[rule.code] = nil
            case .on(let severity): enabled[rule.code] = severity
            }
        }
        // `max-candidates` is what IL700 checks against: setting it enables the rule.
        if maxCandidates != nil, let rule = catalogue["IL700"], enabled[rule.code] == nil,
           severities.keys.compactMap({ catalogue.rule(named: $0)?.code }).contains(rule.code) == false {
            enabled[rule.code] = rule.defaultSeverity
        }
        for code in codes(ignore) { enabled[code] = nil }
        for rule in customRules where !ignore.contains(rule.code) && !ignore.contains(rule.id) {
            enabled[rule.code] = rule.severity
        }
        return enabled
    }
}
