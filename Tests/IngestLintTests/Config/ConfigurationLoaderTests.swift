import Foundation
import IngestLint
import Testing

/// The SPEC §7 example, minus `custom-rules` (CustomRuleTests covers them).
private let specExample = """
    rules:
      select: [all]                # codes, names, or "all"
      ignore: [IL209]
      severity: {IL205: error, unknown-skill: info, IL304: off}
    fail-on: error
    max-warnings: 50
    max-candidates: 500            # enables IL700
    include: ["payloads/**/*.json", "exports/*.jsonl"]
    exclude: ["**/fixtures/broken/**"]
    default-visibility: private    # for ids not in the registry; omit for "unknown"
    interviewers:
      "304c0cfb-324f-4b2c-ac89-c93725c00399":
        name: Backend Engineer
        visibility: public         # public | private
        resume-screening: false
        screening-questions: false
    skills:
      aliases: {"reactjs": "react"}
      known: ["elixir", "phoenix"]
    email:
      typo-domains: ["mycompany.com"]   # extra targets for IL304
      reserved-domains: ["staging.mycompany.com"]

    """

/// The same tree as JSON, laid out so that keys sit on known lines.
private let specExampleJSON = """
    {
      "rules": {
        "select": ["all"],
        "ignore": ["IL209"],
        "severity": {"IL205": "error", "unknown-skill": "info", "IL304": "off"}
      },
      "fail-on": "error",
      "max-warnings": 50,
      "max-candidates": 500,
      "include": ["payloads/**/*.json", "exports/*.jsonl"],
      "exclude": ["**/fixtures/broken/**"],
      "default-visibility": "private",
      "interviewers": {
        "304c0cfb-324f-4b2c-ac89-c93725c00399": {
          "name": "Backend Engineer",
          "visibility": "public",
          "resume-screening": false,
          "screening-questions": false
        }
      },
      "skills": {"aliases": {"reactjs": "react"}, "known": ["elixir", "phoenix"]},
      "email": {"typo-domains": ["mycompany.com"], "reserved-domains": ["staging.mycompany.com"]}
    }

    """

private func expectSpecExample(_ configuration: Configuration, file: String) {
    #expect(configuration.select == ["all"])
    #expect(configuration.ignore == ["IL209"])
    #expect(configuration.severities == ["IL205": .on(.error), "unknown-skill": .on(.info), "IL304": .off])
    #expect(configuration.failOn == .error)
    #expect(configuration.maxWarnings == 50)
    #expect(configuration.maxCandidates == 500)
    #expect(configuration.include == ["payloads/**/*.json", "exports/*.jsonl"])
    #expect(configuration.exclude == ["**/fixtures/broken/**"])
    #expect(configuration.defaultVisibility == .private)
    #expect(configuration.interviewers == [
        "304c0cfb-324f-4b2c-ac89-c93725c00399": InterviewerProfile(
            name: "Backend Engineer", visibility: .public, resumeScreening: false, screeningQuestions: false),
    ])
    #expect(configuration.skillAliases == ["reactjs": "react"])
    #expect(configuration.knownSkills == ["elixir", "phoenix"])
    #expect(configuration.typoDomains == ["mycompany.com"])
    #expect(configuration.reservedDomains == ["staging.mycompany.com"])
    #expect(configuration.sourceFile == file)
}

/// The error `parse` throws for `text`, or `nil` when it parses.
func configurationError(_ text: String, file: String = ".ingestlint.yml") -> ConfigurationError? {
    do throws(ConfigurationError) {
        _ = try ConfigurationLoader.parse(text: text, file: file)
        return nil
    } catch {
        return error
    }
}

/// The error `load` throws for `path`, or `nil` when it loads.
func configurationLoadError(_ path: String) -> ConfigurationError? {
    do throws(ConfigurationError) {
        _ = try ConfigurationLoader.load(file: path)
        return nil
    } catch {
        return error
    }
}

/// A fresh folder under the system temporary directory, removed by the caller.
func makeConfigurationTestFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("ingestlint-config-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct ConfigurationLoaderTests {
    @Test func specExampleParses() throws {
        let configuration = try ConfigurationLoader.parse(text: specExample, file: "project/.ingestlint.yml")
        expectSpecExample(configuration, file: "project/.ingestlint.yml")
        #expect(configuration.baseDirectory == "project")
    }

    @Test func jsonFormParsesToTheSameValues() throws {
        let configuration = try ConfigurationLoader.parse(text: specExampleJSON, file: ".ingestlint.json")
        expectSpecExample(configuration, file: ".ingestlint.json")
        #expect(configuration.baseDirectory == ".")
    }

    @Test func minifiedJSONParses() throws {
        let text = #"{"fail-on":"warning","max-warnings":0,"rules":{"select":["IL205","unknown-field"]},"include":["a\/b.json"]}"#
        let configuration = try ConfigurationLoader.parse(text: text, file: "c.json")
        #expect(configuration.failOn == .warning)
        #expect(configuration.maxWarnings == 0)
        #expect(configuration.select == ["IL205", "unknown-field"])
        #expect(configuration.include == ["a/b.json"])
    }

    @Test func tabIndentedJSONParses() throws {
        let text = "{\n\t\"fail-on\": \"info\",\n\t\"email\": {\n\t\t\"typo-domains\": [\"x.org\"]\n\t}\n}\n"
        let configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.json")
        #expect(configuration.failOn == .info)
        #expect(configuration.typoDomains == ["x.org"])
    }

    @Test(arguments: ["", "\n\n", "# only a comment\n", "---\n", "---\n...\n", "~\n", "\u{FEFF}"])
    func emptyFileIsAnEmptyConfiguration(text: String) throws {
        let configuration = try ConfigurationLoader.parse(text: text, file: "dir/.ingestlint.yml")
        #expect(configuration.select == nil)
        #expect(configuration.ignore.isEmpty)
        #expect(configuration.severities.isEmpty)
        #expect(configuration.failOn == .error)
        #expect(configuration.maxWarnings == nil)
        #expect(configuration.interviewers.isEmpty)
        #expect(configuration.sourceFile == "dir/.ingestlint.yml")
        #expect(configuration.baseDirectory == "dir")
    }

    @Test(arguments: [
        (".ingestlint.yml", "."),
        ("a/b/.ingestlint.yml", "a/b"),
        ("/.ingestlint.yml", "/"),
        ("/srv/repo/.ingestlint.yaml", "/srv/repo"),
        ("../.ingestlint.json", ".."),
    ])
    func baseDirectoryIsTheFolderOfTheFile(file: String, folder: String) throws {
        #expect(try ConfigurationLoader.parse(text: "", file: file).baseDirectory == folder)
    }

    @Test func emptyValuesCountAsAbsent() throws {
        let text = """
            rules:
              select:
              severity: null
            fail-on:
            max-warnings: ~
            interviewers:
              "abc":
              "def": {}
            skills:
            email: {typo-domains: null}

            """
        let configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        #expect(configuration.select == nil)
        #expect(configuration.severities.isEmpty)
        #expect(configuration.failOn == .error)
        #expect(configuration.maxWarnings == nil)
        #expect(configuration.interviewers == ["abc": InterviewerProfile(), "def": InterviewerProfile()])
        #expect(configuration.typoDomains.isEmpty)
    }

    /// YAML 1.1 would read `off`, `no`, `yes` as booleans; the loader uses the 1.2 core schema.
    @Test func yaml11BooleanWordsAreStrings() throws {
        let text = """
            rules:
              severity:
                IL304: off
                unknown-field: info
            skills:
              known: [no, yes, on]
              aliases: {off: "offline"}
            interviewers:
              x:
                name: No
                resume-screening: true
                screening-questions: FALSE

            """
        let configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        #expect(configuration.severities == ["IL304": .off, "unknown-field": .on(.info)])
        #expect(configuration.knownSkills == ["no", "yes", "on"])
        #expect(configuration.skillAliases == ["off": "offline"])
        #expect(configuration.interviewers["x"] == InterviewerProfile(name: "No", resumeScreening: true, screeningQuestions: false))
    }

    @Test func ruleSelectorsAreKeptAsWritten() throws {
        let text = "rules:\n  select: [ALL, il205, Unknown-Field, IL304]\n  ignore: [all]\n"
        let configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        #expect(configuration.select == ["ALL", "il205", "Unknown-Field", "IL304"])
        #expect(configuration.ignore == ["all"])
    }

    @Test func anchorsAndAliasesAreResolved() throws {
        let text = """
            include: &globs ["a/**/*.json"]
            exclude: *globs

            """
        let configuration = try ConfigurationLoader.parse(text: text, file: ".ingestlint.yml")
        #expect(configuration.exclude == ["a/**/*.json"])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let configuration = try ConfigurationLoader.parse(text: "\u{FEFF}fail-on: info\nmax-warnings: 2\n", file: ".ingestlint.yml")
        #expect(configuration.failOn == .info)
        #expect(configuration.maxWarnings == 2)
        let error = configurationError("\u{FEFF}include: [a]\ninclude: [b]\n")
        #expect(error?.description == ".ingestlint.yml:2: duplicate key 'include' (first defined on line 1)")
    }

    @Test func crlfLineEndingsKeepLineNumbers() {
        let text = "fail-on: error\r\n\r\nmax-warnings: -2\r\n"
        let error = configurationError(text, file: "c.yml")
        #expect(error?.line == 3)
        #expect(error?.kind == .invalidValue)
    }

    // MARK: load(file:)

    @Test func loadReadsAFile() throws {
        let folder = try makeConfigurationTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".ingestlint.yml").path
        try specExample.write(toFile: path, atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader.load(file: path)
        expectSpecExample(configuration, file: path)
        #expect(configuration.baseDirectory == folder.path)
    }

    @Test func loadReportsAMissingFile() throws {
        let folder = try makeConfigurationTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nope.yml").path
        let error = configurationLoadError(path)
        #expect(error?.kind == .unreadableFile)
        #expect(error?.description == "\(path): the configuration file does not exist")
    }

    @Test func loadReportsAFolder() throws {
        let folder = try makeConfigurationTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = configurationLoadError(folder.path)
        #expect(error?.kind == .unreadableFile)
        #expect(error?.description == "\(folder.path): the configuration path is a folder, not a file")
    }

    @Test func loadRejectsInvalidUTF8WithItsLine() throws {
        let folder = try makeConfigurationTestFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(".ingestlint.yml").path
        var bytes = Array("fail-on: error\nskills:\n  known: [\"caf".utf8)
        bytes += [0xE9] // Latin-1 é
        bytes += Array("\"]\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = configurationLoadError(path)
        #expect(error?.kind == .invalidEncoding)
        #expect(error?.description == "\(path):3: the configuration is not valid UTF-8 (byte 38)")
    }
}
