import Foundation
import Testing
@testable import IngestLint

/// Where candidates go (SPEC §1, §3a, §6): the whole decision table of IL601
/// shortlisted-with-screening and IL602 implicit-status, run through the linter, plus the other
/// scheduling rules (IL400, IL401, IL201 on `sendEmailAfter`, IL600, IL603, IL700).
@Suite("Status routing and scheduling")
struct StatusRoutingTests {
    // MARK: The decision table

    /// How the payload writes `status`.
    enum StatusField: String, CaseIterable, Sendable {
        case shortlisted, draft, omitted, null

        var member: String {
            switch self {
            case .shortlisted: "  \"status\": \"shortlisted\",\n"
            case .draft: "  \"status\": \"draft\",\n"
            case .omitted: ""
            case .null: "  \"status\": null,\n"
            }
        }

        var isExplicit: Bool { self == .shortlisted || self == .draft }
    }

    /// What the configuration's registry says about the payload's Interviewer.
    enum RegistryEntry: Sendable, CustomStringConvertible {
        /// Listed, with these settings (nil: not given).
        case listed(visibility: Visibility?, resumeScreening: Bool?, screeningQuestions: Bool?)
        /// Not listed, and no registry at all.
        case noRegistry
        /// Not listed in a registry of other Interviewers.
        case unlisted

        static let all: [RegistryEntry] = {
            let flags: [Bool?] = [nil, false, true]
            var entries: [RegistryEntry] = [.noRegistry, .unlisted]
            for visibility in [nil] + Visibility.allCases.map(Optional.some) {
                for resume in flags {
                    for questions in flags {
                        entries.append(.listed(visibility: visibility, resumeScreening: resume, screeningQuestions: questions))
                    }
                }
            }
            return entries
        }()

        var description: String {
            switch self {
            case .noRegistry: "no registry"
            case .unlisted: "not in the registry"
            case .listed(let visibility, let resume, let questions):
                "listed(visibility: \(visibility?.rawValue ?? "-"), resume-screening: \(resume.map { "\($0)" } ?? "-"), "
                    + "screening-questions: \(questions.map { "\($0)" } ?? "-"))"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let status: StatusField
        let entry: RegistryEntry
        let defaultVisibility: Visibility?

        var testDescription: String {
            "status \(status.rawValue), \(entry), default-visibility \(defaultVisibility?.rawValue ?? "unset")"
        }

        static let all: [Case] = StatusField.allCases.flatMap { status in
            RegistryEntry.all.flatMap { entry in
                ([nil] + Visibility.allCases.map(Optional.some)).map {
                    Case(status: status, entry: entry, defaultVisibility: $0)
                }
            }
        }

        var text: String {
            """
            {
              "interviewerId": "\(SchedulingLint.interviewerId)",
            \(status.member)  "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]
            }

            """
        }

        var configuration: Configuration {
            var configuration = Configuration()
            configuration.defaultVisibility = defaultVisibility
            switch entry {
            case .noRegistry: break
            case .unlisted:
                configuration.interviewers = [
                    SchedulingLint.otherInterviewerId: InterviewerProfile(
                        name: "Designer", visibility: .public, resumeScreening: true, screeningQuestions: true)
                ]
            case .listed(let visibility, let resume, let questions):
                configuration.interviewers = [
                    SchedulingLint.interviewerId: InterviewerProfile(
                        name: "Backend Engineer", visibility: visibility, resumeScreening: resume, screeningQuestions: questions),
                    SchedulingLint.otherInterviewerId: InterviewerProfile(name: "Designer", visibility: .private),
                ]
            }
            return configuration
        }

        // The expectation, worked out from the SPEC's wording rather than from the rules' code.

        var visibility: Visibility? {
            if case .listed(let visibility?, _, _) = entry { return visibility }
            return defaultVisibility
        }

        /// The status candidates get; nil when it depends on an unknown visibility.
        var effectiveStatus: String? {
            switch status {
            case .shortlisted: return "shortlisted"
            case .draft: return "draft"
            case .omitted, .null:
                switch visibility {
                case .public?: return "shortlisted"
                case .private?: return "draft"
                case nil: return nil
                }
            }
        }

        /// The screening settings known to be enabled (none for an Interviewer not in the registry).
        var enabledScreening: [String] {
            guard case .listed(_, let resume, let questions) = entry else { return [] }
            return (resume == true ? ["resume-screening"] : []) + (questions == true ? ["screening-questions"] : [])
        }

        var expectsShortlistedWithScreening: Bool { effectiveStatus == "shortlisted" && !enabledScreening.isEmpty }
        var expectsImplicitStatus: Bool { !status.isExplicit && visibility == nil }
    }

    @Test("IL601 and IL602 follow the routing table", arguments: Case.all)
    func decisionTable(_ testCase: Case) throws {
        let text = testCase.text
        let diagnostics = SchedulingLint.diagnostics(text, testCase.configuration, codes: ["IL601", "IL602"])
        var expectedCodes: [String] = []
        if testCase.expectsImplicitStatus { expectedCodes.append("IL602") }
        if testCase.expectsShortlistedWithScreening { expectedCodes.append("IL601") }
        #expect(diagnostics.map(\.code) == expectedCodes, "\(diagnostics.map(\.message))")

        if testCase.expectsImplicitStatus, let implicit = diagnostics.first(where: { $0.code == "IL602" }) {
            #expect(implicit.severity == .warning)
            #expect(implicit.location.range == 0..<1, "at the payload's '{'")
            #expect(implicit.start == SourcePosition(line: 1, column: 1))
            #expect(implicit.location.pointer == "")
            #expect(implicit.message.contains(SchedulingLint.interviewerId))
            #expect(implicit.help != nil)
        }

        guard testCase.expectsShortlistedWithScreening,
              let conflict = diagnostics.first(where: { $0.code == "IL601" }) else { return }
        #expect(conflict.severity == .error)
        if testCase.status == .shortlisted {
            let start = try #require(SchedulingLint.offset(of: "\"shortlisted\"", in: text))
            #expect(conflict.location.range == start..<(start + "\"shortlisted\"".utf8.count), "at the status value")
            #expect(conflict.start == SourcePosition(line: 3, column: 13))
            #expect(conflict.location.pointer == "/status")
            #expect(conflict.message.contains("status 'shortlisted'"), "says the status was explicit")
            #expect(!conflict.message.contains("without a status"))
            #expect(conflict.help?.contains("draft") == true)
        } else {
            let quoted = "\"\(SchedulingLint.interviewerId)\""
            let start = try #require(SchedulingLint.offset(of: quoted, in: text))
            #expect(conflict.location.range == start..<(start + quoted.utf8.count), "at the interviewerId value")
            #expect(conflict.start == SourcePosition(line: 2, column: 20))
            #expect(conflict.location.pointer == "/interviewerId")
            #expect(conflict.message.contains("without a status"), "says the status was defaulted")
            #expect(conflict.message.contains("public Interviewer"), "says the default came from a public Interviewer")
            #expect(conflict.help?.contains("\"status\": \"draft\"") == true)
        }
        #expect(conflict.message.contains("'Backend Engineer' (\(SchedulingLint.interviewerId))"))
        for setting in ["resume-screening", "screening-questions"] {
            #expect(conflict.message.contains(setting) == testCase.enabledScreening.contains(setting),
                    "names exactly the conflicting setting(s): \(conflict.message)")
        }
        if testCase.enabledScreening.count == 2 {
            #expect(conflict.message.contains("resume-screening and screening-questions"))
        }
    }

    @Test("The decision table has every combination")
    func decisionTableSize() {
        // 4 ways to write status × (27 registry entries + 2 ways to be unlisted) × 3 default visibilities.
        #expect(Case.all.count == 4 * 29 * 3)
        #expect(Case.all.filter(\.expectsShortlistedWithScreening).count > 0)
        #expect(Case.all.filter(\.expectsImplicitStatus).count > 0)
    }

    /// The table's landmark rows, written out by hand.
    struct Row: Sendable, CustomTestStringConvertible {
        let title: String
        let configuration: Configuration
        let payload: String
        /// Codes with the text each finding must start at.
        let expected: [(code: String, at: String)]

        var testDescription: String { title }

        static func registry(_ profile: InterviewerProfile, defaultVisibility: Visibility? = nil) -> Configuration {
            var configuration = Configuration()
            configuration.interviewers = [SchedulingLint.interviewerId: profile]
            configuration.defaultVisibility = defaultVisibility
            return configuration
        }

        static func visibility(_ visibility: Visibility?) -> Configuration {
            var configuration = Configuration()
            configuration.defaultVisibility = visibility
            return configuration
        }

        static let id = "\"\(SchedulingLint.interviewerId)\""
        static let shortlisted = SchedulingLint.payload(statusMember: "\"status\": \"shortlisted\", ")
        static let draft = SchedulingLint.payload(statusMember: "\"status\": \"draft\", ")
        static let omitted = SchedulingLint.payload(statusMember: "")
        static let null = SchedulingLint.payload(statusMember: "\"status\": null, ")

        static let all: [Row] = [
            Row(title: "shortlisted on a public Interviewer with resume screening",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true)),
                payload: shortlisted, expected: [("IL601", "\"shortlisted\"")]),
            Row(title: "shortlisted on a private Interviewer with screening questions",
                configuration: registry(InterviewerProfile(visibility: .private, screeningQuestions: true)),
                payload: shortlisted, expected: [("IL601", "\"shortlisted\"")]),
            Row(title: "shortlisted on a listed Interviewer of unknown visibility with screening",
                configuration: registry(InterviewerProfile(resumeScreening: true)),
                payload: shortlisted, expected: [("IL601", "\"shortlisted\"")]),
            Row(title: "shortlisted with both screenings off",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: false, screeningQuestions: false)),
                payload: shortlisted, expected: []),
            Row(title: "shortlisted on an Interviewer not in the registry",
                configuration: visibility(.public), payload: shortlisted, expected: []),
            Row(title: "draft on a public Interviewer with both screenings",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true, screeningQuestions: true)),
                payload: draft, expected: []),
            Row(title: "omitted on a public Interviewer with screening questions",
                configuration: registry(InterviewerProfile(visibility: .public, screeningQuestions: true)),
                payload: omitted, expected: [("IL601", id)]),
            Row(title: "null on a public Interviewer with resume screening",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true)),
                payload: null, expected: [("IL601", id)]),
            Row(title: "omitted on a private Interviewer with both screenings",
                configuration: registry(InterviewerProfile(visibility: .private, resumeScreening: true, screeningQuestions: true)),
                payload: omitted, expected: []),
            Row(title: "omitted on a listed Interviewer without visibility, default public",
                configuration: registry(InterviewerProfile(resumeScreening: true), defaultVisibility: .public),
                payload: omitted, expected: [("IL601", id)]),
            Row(title: "omitted on a listed Interviewer without visibility, default private",
                configuration: registry(InterviewerProfile(resumeScreening: true), defaultVisibility: .private),
                payload: omitted, expected: []),
            Row(title: "the registry's visibility wins over default-visibility",
                configuration: registry(InterviewerProfile(visibility: .private, resumeScreening: true), defaultVisibility: .public),
                payload: omitted, expected: []),
            Row(title: "omitted on a listed Interviewer without visibility and no default",
                configuration: registry(InterviewerProfile(resumeScreening: true)),
                payload: omitted, expected: [("IL602", "{")]),
            Row(title: "omitted on an unlisted Interviewer, no default",
                configuration: Configuration(), payload: omitted, expected: [("IL602", "{")]),
            Row(title: "null on an unlisted Interviewer, no default",
                configuration: Configuration(), payload: null, expected: [("IL602", "{")]),
            Row(title: "omitted on an unlisted Interviewer, default public (screening unknown)",
                configuration: visibility(.public), payload: omitted, expected: []),
            Row(title: "omitted on an unlisted Interviewer, default private",
                configuration: visibility(.private), payload: omitted, expected: []),
            Row(title: "the registry matches ids case-insensitively",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true)),
                payload: omitted.replacingOccurrences(of: SchedulingLint.interviewerId, with: SchedulingLint.interviewerId.uppercased()),
                expected: [("IL601", id.uppercased())]),
            // Payloads whose routing cannot be known are skipped.
            Row(title: "an invalid status is IL600's, not routed",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true)),
                payload: SchedulingLint.payload(statusMember: "\"status\": \"Shortlisted\", "), expected: []),
            Row(title: "a status of the wrong type is IL201's, not routed",
                configuration: Configuration(),
                payload: SchedulingLint.payload(statusMember: "\"status\": 1, "), expected: []),
            Row(title: "a blank interviewerId is skipped",
                configuration: registry(InterviewerProfile(visibility: .public, resumeScreening: true)),
                payload: omitted.replacingOccurrences(of: SchedulingLint.interviewerId, with: " "), expected: []),
            Row(title: "a numeric interviewerId is skipped",
                configuration: Configuration(),
                payload: omitted.replacingOccurrences(of: id, with: "42"), expected: []),
            Row(title: "a missing interviewerId is skipped",
                configuration: Configuration(),
                payload: omitted.replacingOccurrences(of: "\"interviewerId\": \(id), ", with: ""), expected: []),
        ]
    }

    @Test("Landmark rows of the routing table", arguments: Row.all)
    func landmarks(_ row: Row) throws {
        let diagnostics = SchedulingLint.diagnostics(row.payload, row.configuration, codes: ["IL601", "IL602"])
        #expect(diagnostics.map(\.code) == row.expected.map(\.code), "\(diagnostics.map(\.message))")
        for (diagnostic, expected) in zip(diagnostics, row.expected) {
            let start = try #require(SchedulingLint.offset(of: expected.at, in: row.payload))
            #expect(diagnostic.location.range.lowerBound == start)
        }
    }

    @Test("Without a name, IL601 names the Interviewer by its id; both settings are listed")
    func messageWithoutName() throws {
        var configuration = Configuration()
        configuration.interviewers = [
            SchedulingLint.interviewerId: InterviewerProfile(visibility: .public, resumeScreening: true, screeningQuestions: true)
        ]
        let explicit = try #require(SchedulingLint.diagnostics(Row.shortlisted, configuration, codes: ["IL601"]).first)
        #expect(explicit.message == "status 'shortlisted' sends candidates straight to the interview lobby, but Interviewer "
                + "\(SchedulingLint.interviewerId) has resume-screening and screening-questions enabled")
        let defaulted = try #require(SchedulingLint.diagnostics(Row.omitted, configuration, codes: ["IL601"]).first)
        #expect(defaulted.message == "without a status, public Interviewer \(SchedulingLint.interviewerId) shortlists "
                + "candidates straight to the interview lobby, but it has resume-screening and screening-questions enabled")
    }

    @Test("Every payload of a batch is routed on its own, with pointers into the batch")
    func batch() {
        var configuration = Configuration()
        configuration.interviewers = [
            SchedulingLint.interviewerId: InterviewerProfile(name: "Backend Engineer", visibility: .public, resumeScreening: true)
        ]
        let text = """
        [
          {"interviewerId": "\(SchedulingLint.interviewerId)", "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]},
          {"interviewerId": "\(SchedulingLint.interviewerId)", "status": "draft", "data": [{"name": "Bo", "email": "bo@lovelace.dev"}]},
          {"interviewerId": "\(SchedulingLint.otherInterviewerId)", "data": [{"name": "Cy", "email": "cy@lovelace.dev"}]},
          {"interviewerId": "\(SchedulingLint.interviewerId)", "status": "shortlisted", "data": [{"name": "Di", "email": "di@lovelace.dev"}]}
        ]

        """
        let diagnostics = SchedulingLint.diagnostics(text, configuration, codes: ["IL601", "IL602"])
        #expect(diagnostics.map(\.code) == ["IL601", "IL602", "IL601"])
        #expect(diagnostics.map(\.location.pointer) == ["/0/interviewerId", "/2", "/3/status"])
        #expect(diagnostics.map(\.start) == [
            SourcePosition(line: 2, column: 21), SourcePosition(line: 4, column: 3), SourcePosition(line: 5, column: 71),
        ])
    }

    @Test("Routing works line by line in JSON Lines")
    func jsonLines() {
        var configuration = Configuration()
        configuration.interviewers = [SchedulingLint.interviewerId: InterviewerProfile(visibility: .public, screeningQuestions: true)]
        let line = #"{"interviewerId": "\#(SchedulingLint.interviewerId)", "data": [{"name": "Ada", "email": "ada@lovelace.dev"}]}"#
        let other = line.replacingOccurrences(of: SchedulingLint.interviewerId, with: SchedulingLint.otherInterviewerId)
        let linter = FileLinter(linter: Linter(configuration: configuration))
        let result = linter.lint(bytes: Array("\(line)\n\(other)\n".utf8), path: "export.jsonl", format: .jsonLines)
        let routed = result.diagnostics.filter { ["IL601", "IL602"].contains($0.code) }
        #expect(routed.map(\.code) == ["IL601", "IL602"])
        #expect(routed.map(\.start) == [SourcePosition(line: 1, column: 19), SourcePosition(line: 2, column: 1)])
        #expect(routed.map(\.location.pointer) == ["/interviewerId", ""])
    }

    // MARK: explain IL601

    @Test("`explain IL601` shows the routing table; `explain IL602` points to it")
    func explain() throws {
        let text = RuleCatalogueRenderer.explain(try #require(RuleCatalogue.builtin.rule(named: "IL601")))
        #expect(text.hasPrefix("IL601 shortlisted-with-screening\n"))
        for line in [
            "| status in the payload | public Interviewer | private Interviewer | visibility unknown |",
            "|---|---|---|---|",
            "| `shortlisted` | lobby (IL601 if screening is on) | lobby (IL601 if screening is on) | lobby (IL601 if screening is on) |",
            "| `draft` | application form, then manual shortlisting | same | same |",
            "| omitted | defaults to `shortlisted`: lobby (IL601 if screening is on) | defaults to `draft` | depends on the dashboard (IL602) |",
        ] {
            #expect(text.contains("\n" + line + "\n"), "missing table line: \(line)")
        }
        #expect(text.contains("## What it does"))
        #expect(text.contains("## Why it matters"))
        #expect(text.contains("## Example"))
        #expect(text.contains("## Use instead"))
        let byName = RuleCatalogueRenderer.explain(try #require(RuleCatalogue.builtin.rule(named: "shortlisted-with-screening")))
        #expect(byName == text)
        let implicit = RuleCatalogueRenderer.explain(try #require(RuleCatalogue.builtin.rule(named: "IL602")))
        #expect(implicit.contains("explain IL601"))
    }

    // MARK: IL603 unknown-interviewer

    @Test("IL603 reports ids outside the registry, with a suggestion when one is near")
    func unknownInterviewer() throws {
        var configuration = Configuration()
        configuration.interviewers = [
            SchedulingLint.interviewerId: InterviewerProfile(visibility: .public),
            SchedulingLint.otherInterviewerId: InterviewerProfile(visibility: .private),
        ]
        let typo = String(SchedulingLint.interviewerId.dropLast()) + "8"
        let near = SchedulingLint.payload(statusMember: "\"status\": \"draft\", ")
            .replacingOccurrences(of: SchedulingLint.interviewerId, with: typo)
        let diagnostics = SchedulingLint.diagnostics(near, configuration, codes: ["IL603"])
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.severity == .warning)
        #expect(finding.message == "Interviewer '\(typo)' is not in the registry (2 Interviewers in the configuration)")
        #expect(finding.help == "did you mean '\(SchedulingLint.interviewerId)'?")
        #expect(finding.location.range.lowerBound == SchedulingLint.offset(of: "\"\(typo)\"", in: near))
        #expect(finding.location.pointer == "/interviewerId")

        let far = near.replacingOccurrences(of: typo, with: "backend-engineer")
        let farFinding = try #require(SchedulingLint.diagnostics(far, configuration, codes: ["IL603"]).first)
        #expect(farFinding.help == nil)

        // Registered ids compare case-insensitively; without a registry the rule never fires.
        let upper = near.replacingOccurrences(of: typo, with: SchedulingLint.interviewerId.uppercased())
        #expect(SchedulingLint.diagnostics(upper, configuration, codes: ["IL603"]).isEmpty)
        #expect(SchedulingLint.diagnostics(near, Configuration(), codes: ["IL603"]).isEmpty)
        // Not a valid interviewerId: IL201 / IL202 say so, IL603 stays quiet.
        let numeric = near.replacingOccurrences(of: "\"\(typo)\"", with: "42")
        #expect(SchedulingLint.diagnostics(numeric, configuration, codes: ["IL603"]).isEmpty)
        let blank = near.replacingOccurrences(of: typo, with: "  ")
        #expect(SchedulingLint.diagnostics(blank, configuration, codes: ["IL603"]).isEmpty)
    }

    @Test("IL603 does not guess when the only registered id is far from the written one")
    func unknownInterviewerNoFarSuggestion() throws {
        var configuration = Configuration()
        configuration.interviewers = [SchedulingLint.interviewerId: InterviewerProfile(visibility: .public)]
        let text = SchedulingLint.payload(statusMember: "").replacingOccurrences(of: SchedulingLint.interviewerId, with: "backend")
        let finding = try #require(SchedulingLint.diagnostics(text, configuration, codes: ["IL603"]).first)
        #expect(finding.help == nil, "'backend' is 36 edits away from the registered UUID: no 'did you mean'")
    }

    @Test("IL603's suggestion is the id as registered")
    func unknownInterviewerSuggestsRegisteredSpelling() throws {
        var configuration = Configuration()
        let registered = SchedulingLint.interviewerId.uppercased()
        configuration.interviewers = [registered: InterviewerProfile(visibility: .public)]
        let typo = String(SchedulingLint.interviewerId.dropLast()) + "8"
        let text = SchedulingLint.payload(statusMember: "").replacingOccurrences(of: SchedulingLint.interviewerId, with: typo)
        let finding = try #require(SchedulingLint.diagnostics(text, configuration, codes: ["IL603"]).first)
        #expect(finding.help == "did you mean '\(registered)'?")
    }

    // MARK: IL700 too-many-candidates

    static func candidates(_ count: Int) -> String {
        let list = (0..<count).map { #"{"name": "C\#($0)", "email": "c\#($0)@lovelace.dev"}"# }.joined(separator: ", ")
        return #"{"interviewerId": "\#(SchedulingLint.interviewerId)", "status": "draft", "data": [\#(list)]}"# + "\n"
    }

    @Test("IL700 is off until max-candidates enables it")
    func tooManyCandidates() throws {
        let many = Self.candidates(3)
        #expect(SchedulingLint.diagnostics(Self.candidates(600), Configuration(), codes: ["IL700"]).isEmpty)
        #expect(Configuration().enabledRules()["IL700"] == nil)

        var configuration = Configuration()
        configuration.maxCandidates = 2
        #expect(configuration.enabledRules()["IL700"] == .warning)
        let finding = try #require(SchedulingLint.diagnostics(many, configuration, codes: ["IL700"]).first)
        #expect(finding.severity == .warning)
        #expect(finding.message == "'data' holds 3 candidates, more than max-candidates (2)")
        #expect(finding.location.range.lowerBound == SchedulingLint.offset(of: "[", in: many))
        #expect(finding.location.pointer == "/data")
        #expect(SchedulingLint.diagnostics(Self.candidates(2), configuration, codes: ["IL700"]).isEmpty)

        configuration.severities = ["too-many-candidates": .on(.error)]
        #expect(SchedulingLint.diagnostics(many, configuration, codes: ["IL700"]).map(\.severity) == [.error])
        configuration.severities = ["IL700": .off]
        #expect(SchedulingLint.diagnostics(many, configuration, codes: ["IL700"]).isEmpty)
        configuration.severities = [:]
        configuration.ignore = ["IL700"]
        #expect(SchedulingLint.diagnostics(many, configuration, codes: ["IL700"]).isEmpty)

        let loaded = try ConfigurationLoader.parse(text: "max-candidates: 2\n", file: ".ingestlint.yml")
        #expect(SchedulingLint.diagnostics(many, loaded, codes: ["IL700"]).count == 1)
    }

    // MARK: IL400 / IL401 sendEmailAfter

    static let sendEmailAfterCases: [(literal: String, expected: [String])] = [
        ("1", []), ("96", []), ("24", []), ("24.0", []), ("2.4e1", []), ("9.6e1", []), ("1E0", []), ("96.0", []),
        ("1.0e0", []), ("960e-1", []),
        ("0.999", ["IL400"]), ("96.0001", ["IL400"]), ("1e2", ["IL400"]), ("-0", ["IL400"]), ("0", ["IL400"]),
        ("-0.0", ["IL400"]), ("97", ["IL400"]), ("-1", ["IL400"]), ("0.5", ["IL400"]), ("1e400", ["IL400"]),
        ("1e-400", ["IL400"]), ("-1e400", ["IL400"]),
        ("1.5", ["IL401"]), ("95.5", ["IL401"]), ("23.999", ["IL401"]), ("1.0001", ["IL401"]), ("2.45e1", ["IL401"]),
    ]

    @Test("IL400 and IL401 at the boundaries", arguments: sendEmailAfterCases)
    func sendEmailAfter(literal: String, expected: [String]) throws {
        let text = SchedulingLint.payload(sendEmailAfter: literal)
        let diagnostics = SchedulingLint.diagnostics(text, Configuration(), codes: ["IL400", "IL401", "IL201"])
        #expect(diagnostics.map(\.code) == expected, "\(diagnostics.map(\.message))")
        let start = try #require(SchedulingLint.offset(of: literal + "}", in: text))
        for diagnostic in diagnostics {
            #expect(diagnostic.location.range == start..<(start + literal.utf8.count))
            #expect(diagnostic.location.pointer == "/data/0/metadata/sendEmailAfter")
            #expect(diagnostic.message.contains(literal), "the message quotes the value as written")
        }
    }

    @Test("IL400 says below or above; IL401 offers the neighbouring whole hours")
    func sendEmailAfterMessages() throws {
        let below = try #require(SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: "0.999"), codes: ["IL400"]).first)
        #expect(below.message == "sendEmailAfter is 0.999 hours; the API accepts 1 to 96")
        #expect(below.severity == .error)
        let above = try #require(SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: "1e2"), codes: ["IL400"]).first)
        #expect(above.message == "sendEmailAfter is 1e2 hours; the API accepts 1 to 96 (4 days)")
        let fraction = try #require(SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: "1.5"), codes: ["IL401"]).first)
        #expect(fraction.message == "sendEmailAfter is 1.5 hours, not a whole number; write 1 or 2")
        #expect(fraction.severity == .warning)
        #expect(fraction.fix == nil)
    }

    @Test("sendEmailAfter outside metadata, or elsewhere, is not range-checked")
    func sendEmailAfterElsewhere() {
        let text = """
        {"interviewerId": "\(SchedulingLint.interviewerId)", "status": "draft", "data": [
          {"name": "Ada", "email": "ada@lovelace.dev", "additionalFields": {"sendEmailAfter": 500}},
          {"name": "Bo", "email": "bo@lovelace.dev", "metadata": {"delay": 0}}
        ]}

        """
        #expect(SchedulingLint.diagnostics(text, Configuration(), codes: ["IL400", "IL401"]).isEmpty)
    }

    // MARK: IL201 on sendEmailAfter

    @Test("IL201: \"24\" gets an unsafe fix to the number, \"24h\" none; no range check on strings")
    func numericString() throws {
        let text = SchedulingLint.payload(sendEmailAfter: #""24""#)
        let diagnostics = SchedulingLint.diagnostics(text, Configuration(), codes: ["IL201", "IL400", "IL401"])
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.map(\.code) == ["IL201"])
        #expect(finding.message == "'sendEmailAfter' must be a number, found the string \"24\"")
        let fix = try #require(finding.fix)
        #expect(fix.safety == .unsafe)
        #expect(fix.description == "replace the string with the number 24")
        let start = try #require(SchedulingLint.offset(of: #""24""#, in: text))
        #expect(fix.edits == [Edit(range: start..<(start + 4), replacement: "24")])
        let fixed = SchedulingLint.applying([fix], to: text)
        #expect(fixed == SchedulingLint.payload(sendEmailAfter: "24"))
        #expect(SchedulingLint.diagnostics(fixed, Configuration(), codes: ["IL201", "IL400", "IL401"]).isEmpty)

        for literal in [#""24h""#, #""""#, #""twenty""#, #""NaN""#, #""1,5""#, #""0x18""#] {
            let other = SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: literal), Configuration(),
                                                   codes: ["IL201", "IL400", "IL401"])
            #expect(other.map(\.code) == ["IL201"], "\(literal)")
            #expect(other.first?.fix == nil, "\(literal) must get no fix")
        }
        // A numeric string out of range is still only IL201 (the fix makes it IL400 on the next pass).
        let outOfRange = SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: #""200""#), Configuration(),
                                                    codes: ["IL201", "IL400", "IL401"])
        #expect(outOfRange.map(\.code) == ["IL201"])
        #expect(outOfRange.first?.fix?.edits.map(\.replacement) == ["200"])
        // Surrounding white space is dropped by the fix.
        let padded = SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: #"" 48 ""#), Configuration(), codes: ["IL201"])
        #expect(padded.first?.fix?.edits.map(\.replacement) == ["48"])
    }

    @Test("sendEmailAfter null is IL204 only")
    func nullSendEmailAfter() {
        let diagnostics = SchedulingLint.diagnostics(SchedulingLint.payload(sendEmailAfter: "null"), Configuration(),
                                                     codes: ["IL201", "IL204", "IL400", "IL401"])
        #expect(diagnostics.map(\.code) == ["IL204"])
    }

    // MARK: IL600 invalid-status

    static let statusCases: [(written: String, fixed: String?, help: String?)] = [
        (#""Shortlisted""#, "shortlisted", nil), (#""SHORTLISTED""#, "shortlisted", nil), (#"" draft ""#, "draft", nil),
        (#""Draft""#, "draft", nil), (#""\tdraft\n""#, "draft", nil), (#""\u0064raft ""#, "draft", nil),
        (#""shortlist""#, nil, "did you mean 'shortlisted'?"), (#""drafted""#, nil, "did you mean 'draft'?"),
        (#""short-listed""#, nil, "did you mean 'shortlisted'?"), (#""Shortlist""#, nil, "did you mean 'shortlisted'?"),
        (#""pending""#, nil, nil), (#""""#, nil, nil), (#""hired""#, nil, nil),
    ]

    @Test("IL600 fixes case and white-space variants only", arguments: statusCases)
    func invalidStatus(written: String, fixed: String?, help: String?) throws {
        let text = SchedulingLint.payload(statusMember: "\"status\": \(written), ")
        let diagnostics = SchedulingLint.diagnostics(text, Configuration(), codes: ["IL600"])
        let finding = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(finding.severity == .error)
        let start = try #require(SchedulingLint.offset(of: written, in: text))
        #expect(finding.location.range == start..<(start + written.utf8.count))
        #expect(finding.location.pointer == "/status")
        if let fixed {
            let fix = try #require(finding.fix)
            #expect(fix.safety == .safe)
            #expect(fix.edits == [Edit(range: finding.location.range, replacement: "\"\(fixed)\"")])
            let repaired = SchedulingLint.applying([fix], to: text)
            #expect(repaired == SchedulingLint.payload(statusMember: "\"status\": \"\(fixed)\", "))
            #expect(SchedulingLint.diagnostics(repaired, Configuration(), codes: ["IL600"]).isEmpty)
        } else {
            #expect(finding.fix == nil, "a near miss gets a suggestion, never a fix")
            #expect(finding.help == help)
        }
    }

    @Test("\"Did you mean\" never suggests a candidate beyond the maximum distance")
    func suggestionLimit() {
        // The root of IL600's and IL603's far-fetched suggestions: a candidate whose length alone
        // puts it beyond the limit must not count as a match.
        #expect(Suggestion.nearest(to: "pending", in: InvalidStatusRule.values, maximumDistance: 3) == nil)
        #expect(Suggestion.nearest(to: "backend", in: [SchedulingLint.interviewerId], maximumDistance: 3) == nil)
        #expect(Suggestion.nearest(to: "abcdefgh", in: ["abcd"], maximumDistance: 3) == nil)
        #expect(Suggestion.nearest(to: "shortlist", in: InvalidStatusRule.values, maximumDistance: 3) == "shortlisted")
        #expect(Suggestion.nearest(to: "Draft", in: InvalidStatusRule.values, maximumDistance: 0) == "draft")
    }

    @Test("Valid statuses and non-strings are not IL600")
    func validStatus() {
        for member in [#""status": "shortlisted", "#, #""status": "draft", "#, #""status": 1, "#, #""status": null, "#, ""] {
            #expect(SchedulingLint.diagnostics(SchedulingLint.payload(statusMember: member), Configuration(), codes: ["IL600"]).isEmpty,
                    "\(member)")
        }
    }
}
