/// The settings a ``PayloadLinter`` runs with: which rules run, how loud each is, and what
/// fails the gate.
///
/// Load it from a configuration file (the `.ingestlint.yml` format the command line reads),
/// from configuration text, or build it in code from the defaults; then adjust it:
///
/// ```swift
/// var configuration = try LintConfiguration(text: "fail-on: warning\n")
/// try configuration.ignore(["unknown-skill"])
/// try configuration.setSeverity(.error, for: "IL205")
/// ```
///
/// Rules are named as everywhere else: by code (`IL205`, any case), by name (`unknown-field`),
/// a custom rule by `ID` or `custom/ID`, and `all` for every rule. A name no rule has is an error,
/// so a gate never runs fewer rules than it was asked to.
public struct LintConfiguration: Sendable {
    package var configuration: Configuration

    /// The defaults: every rule that is on by default, at its default severity; the gate fails
    /// on an error.
    public init() {
        configuration = Configuration()
    }

    /// Reads a configuration file: YAML, or strict JSON when the name ends in `.json`.
    ///
    /// - Parameter path: The file, absolute or relative to the current folder; the globs it
    ///   holds (`include`, `exclude`) are relative to its folder.
    /// - Throws: ``LintError`` when the file cannot be read or holds an unknown key, a wrong
    ///   type or an unknown rule name; the message gives the file, line and column.
    public init(contentsOfFile path: String) throws(LintError) {
        do throws(ConfigurationError) {
            configuration = try ConfigurationLoader.load(file: path)
        } catch {
            throw LintError(error.description)
        }
    }

    /// Decodes configuration text, for a configuration kept in code or in a server's settings.
    ///
    /// - Parameters:
    ///   - text: The configuration, in the `.ingestlint.yml` format.
    ///   - fileName: The name messages quote; a name ending in `.json` reads `text` as strict JSON.
    /// - Throws: ``LintError`` for an unknown key, a wrong type or an unknown rule name.
    public init(text: String, fileName: String = ".ingestlint.yml") throws(LintError) {
        do throws(ConfigurationError) {
            configuration = try ConfigurationLoader.parse(text: text, file: fileName)
        } catch {
            throw LintError(error.description)
        }
    }

    /// Runs exactly these rules, replacing the configuration's own choice (its `select`,
    /// `ignore` and `off` severities), as `--select` does.
    ///
    /// - Parameter rules: Codes, names, custom rule ids or `all`.
    /// - Throws: ``LintError`` for a name no rule has, or when no rule is left to run.
    public mutating func select(_ rules: [String]) throws(LintError) {
        try checkNames(rules, in: "select")
        var changed = configuration
        changed.commandLineSelect = (changed.commandLineSelect ?? []) + rules
        try replace(with: changed)
    }

    /// Takes these rules out of whatever is selected, as `--ignore` does.
    ///
    /// - Parameter rules: Codes, names, custom rule ids or `all`.
    /// - Throws: ``LintError`` for a name no rule has, or when no rule is left to run.
    public mutating func ignore(_ rules: [String]) throws(LintError) {
        try checkNames(rules, in: "ignore")
        var changed = configuration
        changed.commandLineIgnore += rules
        try replace(with: changed)
    }

    /// Sets how loud a rule is, as `rules.severity` does; it never adds a rule to an explicit
    /// ``select(_:)``.
    ///
    /// - Parameters:
    ///   - severity: The rule's severity, or `nil` to turn it off.
    ///   - rule: A code, name or custom rule id.
    /// - Throws: ``LintError`` for a name no rule has, or when no rule is left to run.
    public mutating func setSeverity(_ severity: Severity?, for rule: String) throws(LintError) {
        try checkNames([rule], in: "setSeverity")
        var changed = configuration
        changed.severities[rule] = severity.map(SeveritySetting.on) ?? .off
        try replace(with: changed)
    }

    /// The lowest severity that fails the gate (``PayloadLinter/passes(_:)``); `.error` by default.
    public var failOn: Severity {
        get { configuration.failOn }
        set { configuration.failOn = newValue }
    }

    /// The gate also fails with more warnings than this; `nil` (the default) for no limit.
    public var maxWarnings: Int? {
        get { configuration.maxWarnings }
        set { configuration.maxWarnings = newValue.map { max(0, $0) } }
    }

    /// The rules that run, by code, with the severity each reports at.
    public var enabledRules: [String: Severity] {
        configuration.enabledRules()
    }

    private func checkNames(_ rules: [String], in place: String) throws(LintError) {
        let names = configuration.ruleNames
        for name in rules where RuleNames.isAll(name) == false && names.code(of: name) == nil {
            throw LintError(names.unknownRuleMessage(name, in: place) + ".")
        }
    }

    private mutating func replace(with changed: Configuration) throws(LintError) {
        guard !changed.enabledRules().isEmpty else {
            throw LintError("no rule is left to run: the selection is empty.")
        }
        configuration = changed
    }
}
