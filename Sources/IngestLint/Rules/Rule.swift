/// The check of one built-in rule. Its metadata (name, severity, messages, docs, examples)
/// lives in `rules/` and is reached through `Self.description`.
///
/// A rule takes part in the stages it implements, which the linter runs in this order: input
/// (the whole input at its start and end; a document that did not parse), shape (what the root
/// holds), document, payload, and the run stage, for a rule that compares documents. The
/// engine runs every enabled rule's stages and names none.
package protocol Rule: Sendable {
    static var code: String { get }

    /// Its index in the built-in catalogue (generated from `rules/`).
    static var id: RuleID { get }

    /// Input stage: what is known of a whole input (a file, standard input) rather than of one
    /// document in it — a BOM, an input with no document. It runs twice per input: at its start
    /// and at its end (`InputFacts.holdsDocument`). Offsets are the input's.
    func check(input: InputFacts, sink: inout FindingSink)

    /// What a finding of this rule in a fixed file says is wrong with the fixes, checked
    /// whatever the configuration enables (SPEC §10): the file no longer parses (IL100), or a
    /// key is duplicated (IL101, when it has more findings than before). Nil for other rules.
    static var fixHazard: FixProblem? { get }

    /// The per-payload parts this rule reads (the views build them only when a rule does).
    static var reads: ViewParts { get }

    /// Input stage, per document: it is not JSON; nothing else runs on it.
    func check(syntaxError: JSONSyntaxError, sink: inout FindingSink)

    /// Shape stage: what the document's root holds (a payload, a batch, a list of candidates…),
    /// before any other check; a list of candidates gets no further stage.
    func check(shapeOf document: Document, sink: inout FindingSink)

    /// Checks a whole document once (e.g. duplicate keys anywhere in it).
    func check(document: Document, sink: inout FindingSink)

    /// Checks one payload object and its candidates.
    func check(payload: Payload, context: LintContext, sink: inout FindingSink)

    /// Run stage: what a rule comparing documents keeps of this one (candidate e-mails for
    /// IL303); the run compares them across files in input order and reports at the end.
    func sightings(in document: Document) -> [EmailSighting]

    /// Run stage: the state this rule compares documents with, for a run that enables it with
    /// `severity`; nil for a rule that looks at one document at a time.
    func makeRunStage(severity: Severity, includesValueHashes: Bool) -> (any RunStage)?
}

extension Rule {
    package static var reads: ViewParts { [] }
    package func check(input: InputFacts, sink: inout FindingSink) {}
    package static var fixHazard: FixProblem? { nil }
    package func check(syntaxError: JSONSyntaxError, sink: inout FindingSink) {}
    package func check(shapeOf document: Document, sink: inout FindingSink) {}
    package func check(document: Document, sink: inout FindingSink) {}
    package func sightings(in document: Document) -> [EmailSighting] { [] }
    package func makeRunStage(severity: Severity, includesValueHashes: Bool) -> (any RunStage)? { nil }
    package func check(payload: Payload, context: LintContext, sink: inout FindingSink) {}

    /// Its entry in the built-in catalogue, by id (the tests check every rule type has one).
    package static var description: RuleDescription {
        let rules = RuleCatalogue.builtin.rules
        return id.index < rules.count ? rules[id.index] : RuleCatalogue.builtin.description(of: code)
    }

    /// A finding of this rule; `message` comes from `Self.Message`, generated from `rules/`.
    package static func finding(
        _ message: String, range: Range<Int>, pointer: JSONPointer, help: String? = nil, fix: Fix? = nil,
        related: [RelatedFinding] = [], sensitive: [SensitiveValue] = []
    ) -> Finding {
        Finding(
            rule: id, message: message, range: range, pointer: pointer, help: help, fix: fix, related: related,
            sensitive: sensitive)
    }
}

extension RuleCatalogue {
    /// The description of a built-in code; the tests guarantee every rule type has one.
    func description(of code: String) -> RuleDescription {
        if let rule = self[code] { return rule }
        return RuleDescription(
            code: code, name: code.lowercased(), defaultSeverity: .error, isEnabledByDefault: true,
            fixAvailability: .none, summary: code, messages: [:],
            documentation: RuleDocumentation(whatItDoes: "", whyItMatters: "", example: "", useInstead: ""),
            triggeringExamples: [], nonTriggeringExamples: [])
    }
}
