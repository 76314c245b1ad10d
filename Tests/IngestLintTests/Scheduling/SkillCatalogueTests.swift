import Foundation
import Testing
@testable import IngestLint

/// The skill catalogue is data (`rules/catalogues/skills.yml`), and data gets checked: size,
/// canonical forms, unambiguous aliases, the mappings the API documentation and the rules rely
/// on, configuration extension and typo suggestions.
@Suite("Skill catalogue")
struct SkillCatalogueTests {
    static let catalogue = SkillCatalogue.builtin

    // MARK: The data

    @Test("The catalogue covers at least 200 skills")
    func size() {
        #expect(Self.catalogue.skills.count >= 200, "only \(Self.catalogue.skills.count) skills")
    }

    @Test("The YAML loads with the loader's own checks and matches the generated table")
    func loads() throws {
        let loaded = try RuleDataLoader.loadSkills(directory: PackagePaths.root.appendingPathComponent("rules"))
        #expect(loaded == Self.catalogue, "run `swift run generate-rules` after editing rules/catalogues/skills.yml")
    }

    @Test("Every canonical id and every alias is in canonical text form")
    func canonicalForms() {
        for (id, aliases) in Self.catalogue.skills {
            #expect(!id.isEmpty)
            #expect(SkillCatalogue.textForm(id) == id, "id '\(id)'")
            #expect(SkillList.problem(in: id) == nil, "id '\(id)' would be an invalid skill (IL502)")
            for alias in aliases {
                #expect(SkillCatalogue.textForm(alias) == alias, "alias '\(alias)' of '\(id)'")
                #expect(SkillList.problem(in: alias) == nil, "alias '\(alias)' of '\(id)'")
                #expect(alias != id, "'\(id)' lists itself as an alias")
            }
            #expect(Set(aliases).count == aliases.count, "'\(id)' repeats an alias")
        }
    }

    @Test("No alias maps to two skills")
    func aliasesAreUnambiguous() {
        var owners: [String: [String]] = [:]
        for (id, aliases) in Self.catalogue.skills {
            for alias in aliases { owners[alias, default: []].append(id) }
        }
        let ambiguous = owners.filter { $0.value.count > 1 }
        #expect(ambiguous.isEmpty, "\(ambiguous.sorted { $0.key < $1.key })")
    }

    @Test("No alias is another skill's id")
    func aliasesAreNotIds() {
        for (id, aliases) in Self.catalogue.skills {
            for alias in aliases {
                #expect(Self.catalogue.skills[alias] == nil, "alias '\(alias)' of '\(id)' is itself a skill")
            }
        }
    }

    @Test("Every id and alias maps to its id, and ids are known")
    func everyEntryMapsHome() {
        for (id, aliases) in Self.catalogue.skills {
            #expect(Self.catalogue.canonical(id) == id)
            #expect(Self.catalogue.isKnown(id))
            for alias in aliases {
                #expect(Self.catalogue.canonical(alias) == id, "'\(alias)'")
                #expect(Self.catalogue.canonical(alias.uppercased()) == id, "'\(alias.uppercased())'")
                #expect(!Self.catalogue.isKnown(alias), "'\(alias)' is an alias, not a canonical id")
            }
        }
    }

    @Test("Words that mean something else in hiring are not aliases")
    func noAmbiguousAliases() {
        let aliases = Set(Self.catalogue.skills.values.joined())
        // `pm` (project or product?), `pr` (public relations or pull requests?), `cv` (résumé),
        // `rn` (registered nurse), `ad` (Active Directory or advertising?), `next`, `rest`…
        for word in ["r", "pm", "pr", "cv", "rn", "ad", "es", "chef", "next", "rest", "lambda", "oracle",
                     "chinese", "c/c++", "swift", "java", "go", "express", "spring", "sketch", "unity", "apache"] {
            #expect(!aliases.contains(word), "'\(word)' must not be an alias")
        }
    }

    @Test("Skills used by the rule examples, the vendor example and the example payloads are canonical ids")
    func knownSkillsOfTheExamples() {
        for id in ["nodejs", "aws", "mongodb", "go", "kubernetes", "c#", "c++", "c", "react", "python", "javascript",
                   "typescript", "java", "postgresql", "django", "docker", "elixir", "phoenix"] {
            #expect(Self.catalogue.isKnown(id), "'\(id)'")
            #expect(Self.catalogue.canonical(id) == id, "'\(id)'")
        }
        // IL503's triggering example needs these to stay unknown.
        #expect(!Self.catalogue.isKnown(Self.catalogue.canonical("kubernets")))
        #expect(!Self.catalogue.isKnown(Self.catalogue.canonical("basket weaving")))
        #expect(!Self.catalogue.isKnown(Self.catalogue.canonical("made-up-skill")))
    }

    // MARK: Mappings

    static let mappings: [(written: String, canonical: String)] = [
        // The issue's examples (SPEC §1, §6).
        ("Node.js", "nodejs"), ("node", "nodejs"), ("NodeJS", "nodejs"), ("  Node JS ", "nodejs"),
        ("Amazon Web Services", "aws"), ("Amazon  Web\tServices", "aws"), ("AWS", "aws"),
        ("Mongo DB", "mongodb"), ("MongoDB", "mongodb"), ("mongo", "mongodb"),
        ("golang", "go"), ("Go", "go"), ("GoLang", "go"),
        ("k8s", "kubernetes"), ("K8S", "kubernetes"),
        ("C#", "c#"), ("csharp", "c#"), ("C Sharp", "c#"),
        ("C++", "c++"), ("cpp", "c++"), ("CPP", "c++"),
        ("C", "c"), (" c ", "c"),
        // Families that must not collapse into one another.
        ("Objective-C", "objective-c"), ("ObjC", "objective-c"),
        ("F#", "f#"), ("FSharp", "f#"),
        (".NET", ".net"), ("dotnet", ".net"), (".NET Core", ".net"), ("ASP.NET Core", "asp.net"),
        ("React", "react"), ("ReactJS", "react"), ("React Native", "react native"), ("react-native", "react native"),
        ("Vue.js", "vue"), ("VueJS", "vue"), ("Angular", "angular"), ("AngularJS", "angularjs"),
        ("Java", "java"), ("JavaScript", "javascript"), ("JS", "javascript"), ("TS", "typescript"),
        ("Postgres", "postgresql"), ("PostgreSQL", "postgresql"),
        ("GCP", "gcp"), ("Google Cloud Platform", "gcp"), ("Microsoft Azure", "azure"),
        ("MS Excel", "excel"), ("Microsoft Excel", "excel"),
        ("Python3", "python"), ("py", "python"), ("R", "r"), ("Swift", "swift"), ("SwiftUI", "swiftui"),
        ("Español", "spanish"), ("English", "english"),
        ("Ruby on Rails", "ruby on rails"), ("RoR", "ruby on rails"),
        ("scikit learn", "scikit-learn"), ("sklearn", "scikit-learn"),
        ("Power BI", "power bi"), ("PowerBI", "power bi"),
        ("SQL Server", "sql server"), ("MSSQL", "sql server"), ("SQL", "sql"), ("MySQL", "mysql"),
        ("Spring Boot", "spring boot"), ("Spring", "spring"),
        ("Customer Relationship Management", "crm"), ("HR", "human resources"),
        // Unknown skills keep their text form.
        ("  Basket   Weaving ", "basket weaving"),
    ]

    @Test("Written skills map to their canonical id", arguments: mappings)
    func canonical(written: String, canonical: String) {
        #expect(Self.catalogue.canonical(written) == canonical)
    }

    @Test("Text form trims, lower-cases and collapses inner white space only")
    func textForm() {
        #expect(SkillCatalogue.textForm("  Amazon \t Web\n Services  ") == "amazon web services")
        #expect(SkillCatalogue.textForm("Node.js") == "node.js")
        #expect(SkillCatalogue.textForm("ÜNÏCÖDÉ") == "ünïcödé")
        #expect(SkillCatalogue.textForm("\u{00A0}nodejs\u{2003}") == "nodejs")
        #expect(SkillCatalogue.textForm("") == "")
    }

    // MARK: Configuration

    @Test("Configuration aliases and known skills extend the built-in catalogue")
    func extended() {
        let catalogue = SkillCatalogue.builtin.extended(
            aliases: ["Elixir-Lang ": "Elixir", "my  framework": "Acme Framework", "pg": "postgresql"],
            known: ["HTMX", "  Alpine   JS "])
        #expect(catalogue.canonical("elixir-lang") == "elixir")
        #expect(catalogue.canonical("My Framework") == "acme framework")
        #expect(catalogue.isKnown("acme framework"))
        #expect(catalogue.canonical("PG") == "postgresql")
        #expect(catalogue.isKnown("htmx"))
        #expect(catalogue.isKnown("alpine js"))
        // The built-in data is still there, and the built-in catalogue itself is unchanged.
        #expect(catalogue.canonical("Node.js") == "nodejs")
        #expect(catalogue.skills.count == SkillCatalogue.builtin.skills.count + 3)
        #expect(!SkillCatalogue.builtin.isKnown("htmx"))
        #expect(SkillCatalogue.builtin.canonical("pg") == "pg")
        #expect(SkillCatalogue.builtin.extended(aliases: [:], known: []) == SkillCatalogue.builtin)
        // Declaring a built-in skill as known is harmless.
        #expect(SkillCatalogue.builtin.extended(aliases: [:], known: ["Python"]) == SkillCatalogue.builtin)
    }

    @Test("The configuration's skills reach the linter")
    func configurationReachesTheLinter() throws {
        var configuration = try ConfigurationLoader.parse(
            text: """
            skills:
              aliases: {"Elixir-Lang": elixir, "pg": postgresql}
              known: [htmx]
            """, file: ".ingestlint.yml")
        configuration.select = ["IL500", "IL501", "IL503"]
        let text = SchedulingLint.payload(statusMember: "")
            .replacingOccurrences(of: "\"data\"", with: "\"skills\": [\"pg\", \"htmx\", \"elixir-lang\", \"postgresql\"], \"data\"")
        let diagnostics = SchedulingLint.diagnostics(text, configuration)
        #expect(diagnostics.map(\.code) == ["IL500", "IL500", "IL501"])
        #expect(diagnostics.map(\.location.pointer) == ["/skills/0", "/skills/2", "/skills/3"])
        #expect(diagnostics.prefix(2).map(\.message) == [
            "skill 'pg' is an alias of 'postgresql'",
            "skill 'elixir-lang' is an alias of 'elixir'",
        ])
        #expect(diagnostics.last?.related.map(\.location.pointer) == ["/skills/0"])
    }

    // MARK: Suggestions

    static let typos: [(typo: String, suggestion: String?)] = [
        ("kubernets", "kubernetes"), ("kuberentes", "kubernetes"), ("pyhton", "python"), ("javascrpt", "javascript"),
        ("typescirpt", "typescript"), ("terrafrom", "terraform"), ("postgressql", "postgresql"),
        ("djnago", "django"), ("nodjs", "nodejs"), ("rsut", "rust"), ("mongodbb", "mongodb"),
        ("tensorflwo", "tensorflow"), ("salesforse", "salesforce"), ("figmaa", "figma"),
        // Near an alias: the alias's skill is suggested.
        ("golagn", "go"), ("amazon web service", "aws"), ("reactj", "react"),
        // Too far, or equally near two entries: no guess.
        ("basket weaving", nil), ("xyzzy", nil), ("saas", nil),
    ]

    @Test("nearest(to:) suggests the catalogue entry for a typo", arguments: typos)
    func nearest(typo: String, suggestion: String?) {
        #expect(!Self.catalogue.isKnown(typo))
        #expect(Self.catalogue.nearest(to: typo) == suggestion)
    }

    @Test("IL503 suggests the nearest entry through the linter")
    func unknownSkillSuggestion() {
        var configuration = Configuration()
        configuration.select = ["IL503"]
        let text = SchedulingLint.payload(statusMember: "")
            .replacingOccurrences(of: "\"data\"", with: "\"skills\": [\"Kubernets\", \"k8s\", \"basket weaving\"], \"data\"")
        let diagnostics = SchedulingLint.diagnostics(text, configuration)
        #expect(diagnostics.map(\.message) == [
            "skill 'Kubernets' is not in the skill catalogue", "skill 'basket weaving' is not in the skill catalogue",
        ])
        #expect(diagnostics.map(\.help) == ["did you mean 'kubernetes'?", nil])
    }

    // MARK: Through the skill rules

    @Test("IL500 rewrites catalogue aliases to their id; IL501 sees families as different skills")
    func rulesUseTheCatalogue() {
        var configuration = Configuration()
        configuration.select = ["IL500", "IL501", "IL503"]
        let skills = #"["Vue.js", "Postgres", "K8s", "MS Excel", "React Native", "react", "c", "c++", "c#", "C Sharp", "objective-c", "f#", ".net", "Español"]"#
        let text = SchedulingLint.payload(statusMember: "").replacingOccurrences(of: "\"data\"", with: "\"skills\": \(skills), \"data\"")
        let diagnostics = SchedulingLint.diagnostics(text, configuration)
        #expect(diagnostics.filter { $0.code == "IL503" }.isEmpty, "\(diagnostics.map(\.message))")
        let repeats = diagnostics.filter { $0.code == "IL501" }
        #expect(repeats.map(\.location.pointer) == ["/skills/9"], "only 'C Sharp' repeats 'c#'")
        #expect(repeats.first?.message.contains("'C Sharp'") == true)
        #expect(repeats.first?.related.map(\.location.pointer) == ["/skills/8"])
        let normalised = diagnostics.filter { $0.code == "IL500" }
        // 'C Sharp' is a repeat and not canonical: IL500 too (the rules are independent).
        #expect(normalised.map(\.location.pointer) == ["/skills/0", "/skills/1", "/skills/2", "/skills/3", "/skills/4", "/skills/9", "/skills/13"])
        #expect(normalised.map(\.message) == [
            "skill 'Vue.js' is an alias of 'vue'",
            "skill 'Postgres' is an alias of 'postgresql'",
            "skill 'K8s' is an alias of 'kubernetes'",
            "skill 'MS Excel' is an alias of 'excel'",
            "skill 'React Native' is not in canonical form; write 'react native'",
            "skill 'C Sharp' is an alias of 'c#'",
            "skill 'Español' is an alias of 'spanish'",
        ])
        // The fixes of 'C Sharp' overlap: the applier takes the removal (it starts first).
        let (fixedBytes, applied) = FixApplier.apply(diagnostics, to: Array(text.utf8), includesUnsafe: false)
        #expect(applied == diagnostics.filter { $0.fix != nil }.count - 1)
        let fixed = String(decoding: fixedBytes, as: UTF8.self)
        #expect(fixed.contains(#"["vue", "postgresql", "kubernetes", "excel", "react native", "react", "c", "c++", "c#", "objective-c", "f#", ".net", "spanish"]"#))
        #expect(SchedulingLint.diagnostics(fixed, configuration).isEmpty)
    }

    @Test("The skills of the SPEC and of the example payloads are clean")
    func specSkillsAreClean() {
        var configuration = Configuration()
        configuration.select = ["IL500", "IL501", "IL502", "IL503"]
        for skills in [#"["nodejs","aws","mongodb"]"#, #"["nodejs", "typescript", "aws", "postgresql"]"#, #"["python", "django", "docker"]"#] {
            let text = SchedulingLint.payload(statusMember: "").replacingOccurrences(of: "\"data\"", with: "\"skills\": \(skills), \"data\"")
            #expect(SchedulingLint.diagnostics(text, configuration).isEmpty, "\(skills)")
        }
    }
}
