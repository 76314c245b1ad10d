import IngestLint
import Testing

/// One bad configuration and the exact sentence it must produce.
struct BadConfiguration: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let file: String
    let kind: ConfigurationError.Kind
    let expected: String

    init(_ name: String, _ text: String, file: String = ".ingestlint.yml", _ kind: ConfigurationError.Kind, _ expected: String) {
        self.name = name
        self.text = text
        self.file = file
        self.kind = kind
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Errors that do not depend on the rule catalogue.
private let structuralCases: [BadConfiguration] = [
    // Unknown keys, with "did you mean".
    .init("unknown top-level key", """
        rules:
          select: [all]
        fail-on: error
        fial-on: error
        """, .unknownKey, ".ingestlint.yml:4: unknown key 'fial-on' in the configuration (did you mean 'fail-on'?)"),
    .init("camelCase key", "failOn: error\n", .unknownKey,
          ".ingestlint.yml:1: unknown key 'failOn' in the configuration (did you mean 'fail-on'?)"),
    .init("snake_case key", "\nmax_warnings: 3\n", .unknownKey,
          ".ingestlint.yml:2: unknown key 'max_warnings' in the configuration (did you mean 'max-warnings'?)"),
    .init("unknown key without suggestion", "colour: always\n", .unknownKey,
          ".ingestlint.yml:1: unknown key 'colour' in the configuration"),
    .init("section key at top level", "fail-on: info\nreserved-domains: [a.test]\n", .unknownKey,
          ".ingestlint.yml:2: unknown key 'reserved-domains' in the configuration (did you mean 'email.reserved-domains'?)"),
    .init("unknown key in rules", "rules:\n  selct: [all]\n", .unknownKey,
          ".ingestlint.yml:2: unknown key 'selct' in 'rules' (did you mean 'select'?)"),
    .init("unknown key in an interviewer", """
        interviewers:
          "304c0cfb-324f-4b2c-ac89-c93725c00399":
            name: Backend Engineer
            visiblity: public
        """, .unknownKey,
          ".ingestlint.yml:4: unknown key 'visiblity' in 'interviewers.304c0cfb-324f-4b2c-ac89-c93725c00399' (did you mean 'visibility'?)"),
    .init("unknown key in skills", "skills:\n  alias: {}\n", .unknownKey,
          ".ingestlint.yml:2: unknown key 'alias' in 'skills' (did you mean 'aliases'?)"),
    .init("unknown key in email", "email:\n  typo_domains: []\n", .unknownKey,
          ".ingestlint.yml:2: unknown key 'typo_domains' in 'email' (did you mean 'typo-domains'?)"),

    // Wrong types.
    .init("quoted number", "max-warnings: \"x\"\n", .wrongType,
          ".ingestlint.yml:1: 'max-warnings' must be a non-negative integer, not the string 'x'"),
    .init("quoted digits", "max-warnings: \"5\"\n", .wrongType,
          ".ingestlint.yml:1: 'max-warnings' must be a non-negative integer, not the string '5'"),
    .init("fraction", "max-candidates: 1.5\n", .wrongType,
          ".ingestlint.yml:1: 'max-candidates' must be an integer of at least 1, not the number 1.5"),
    .init("list where a number goes", "max-warnings: [1]\n", .wrongType,
          ".ingestlint.yml:1: 'max-warnings' must be a non-negative integer, not a list"),
    .init("string where a list goes", "include: \"*.json\"\n", .wrongType,
          ".ingestlint.yml:1: 'include' must be a list of globs, not the string '*.json' (write it as a list: [\"*.json\"])"),
    .init("number in a list of strings", "exclude:\n  - a/**\n  - 12\n", .wrongType,
          ".ingestlint.yml:3: an entry of 'exclude' must be a string, not the number 12 (quote it to use it as text)"),
    .init("mapping where a section goes", "rules: [all]\n", .wrongType,
          ".ingestlint.yml:1: 'rules' must be a mapping, not a list"),
    .init("root is a list", "- fail-on: error\n", .wrongType,
          ".ingestlint.yml:1: the configuration must be a mapping of settings, not a list"),
    .init("root is a string", "hello\n", .wrongType,
          ".ingestlint.yml:1: the configuration must be a mapping of settings, not the string 'hello'"),
    .init("yes is not a boolean", "interviewers:\n  abc:\n    resume-screening: yes\n", .wrongType,
          ".ingestlint.yml:3: 'interviewers.abc.resume-screening' must be true or false, not the string 'yes'"),
    .init("quoted boolean", "interviewers:\n  abc:\n    screening-questions: \"false\"\n", .wrongType,
          ".ingestlint.yml:3: 'interviewers.abc.screening-questions' must be true or false, not the string 'false'"),
    .init("number as a name", "interviewers:\n  abc:\n    name: 42\n", .wrongType,
          ".ingestlint.yml:3: 'interviewers.abc.name' must be a string, not the number 42 (quote it to use it as text)"),
    .init("interviewer is a list", "interviewers:\n  abc: [public]\n", .wrongType,
          ".ingestlint.yml:2: 'interviewers.abc' must be a mapping, not a list"),
    .init("mapping as a key", "? {a: 1}\n: 2\n", .wrongType,
          ".ingestlint.yml:1: keys in the configuration must be plain names, not a mapping"),

    // Values out of their domain.
    .init("negative number", "fail-on: error\nmax-warnings: -1\n", .invalidValue,
          ".ingestlint.yml:2: 'max-warnings' must be a non-negative integer, not -1"),
    .init("zero max-candidates", "max-candidates: 0\n", .invalidValue,
          ".ingestlint.yml:1: 'max-candidates' must be an integer of at least 1, not 0"),
    .init("huge number", "max-warnings: 123456789012345678901234567890\n", .invalidValue,
          ".ingestlint.yml:1: 'max-warnings' must be a non-negative integer (123456789012345678901234567890 is too large)"),
    .init("hexadecimal number", "max-warnings: 0x10\n", .invalidValue,
          ".ingestlint.yml:1: 'max-warnings' must be a non-negative integer (write it in decimal, not '0x10')"),
    .init("fail-on off", "fail-on: off\n", .invalidValue,
          ".ingestlint.yml:1: 'fail-on' must be error, warning or info, not 'off'"),
    .init("fail-on typo", "fail-on: warn\n", .invalidValue,
          ".ingestlint.yml:1: 'fail-on' must be error, warning or info, not 'warn' (did you mean 'warning'?)"),
    .init("unknown visibility", "default-visibility: publik\n", .invalidValue,
          ".ingestlint.yml:1: unknown visibility 'publik' for 'default-visibility' (expected public or private) (did you mean 'public'?)"),
    .init("interviewer visibility", "interviewers:\n  abc:\n    visibility: hidden\n", .invalidValue,
          ".ingestlint.yml:3: unknown visibility 'hidden' for 'interviewers.abc.visibility' (expected public or private)"),
    .init("blank glob", "include: [\"  \"]\n", .invalidValue,
          ".ingestlint.yml:1: an entry of 'include' must be a glob, not a blank string"),
    .init("address as a domain", "email:\n  typo-domains:\n    - user@gmail.com\n", .invalidValue,
          ".ingestlint.yml:3: 'user@gmail.com' in 'email.typo-domains' is not a domain name"),
    .init("blank interviewer id", "interviewers:\n  \" \": {}\n", .invalidValue,
          ".ingestlint.yml:2: an interviewer id must not be blank"),

    // Duplicate keys: reported at the second occurrence.
    .init("duplicate top-level key", "fail-on: error\nmax-warnings: 3\nfail-on: info\n", .duplicateKey,
          ".ingestlint.yml:3: duplicate key 'fail-on' (first defined on line 1)"),
    .init("duplicate nested key", "rules:\n  select: [all]\n\n  select: []\n", .duplicateKey,
          ".ingestlint.yml:4: duplicate key 'select' (first defined on line 2)"),
    .init("duplicate quoted key", "interviewers:\n  \"abc\": {}\n  'x': {}\n  \"abc\": {}\n", .duplicateKey,
          ".ingestlint.yml:4: duplicate key 'abc' (first defined on line 2)"),
    .init("key three times", "include: []\ninclude: []\ninclude: []\n", .duplicateKey,
          ".ingestlint.yml:2: duplicate key 'include' (first defined on line 1)"),
    .init("duplicate in a flow mapping", "skills:\n  aliases: {a: b,\n    c: d, a: e}\n", .duplicateKey,
          ".ingestlint.yml:3: duplicate key 'a' (first defined on line 2)"),
    .init("same key as number and string", "interviewers:\n  1: {}\n  \"1\": {}\n", .duplicateKey,
          ".ingestlint.yml:3: duplicate key '1' (first defined on line 2)"),

    // A custom rule needs an id, a target and a field (CustomRuleTests has the rest).
    .init("custom rule without field", """
        fail-on: error
        custom-rules:
          - id: ats-id-required
            target: candidate
        """, .invalidValue, ".ingestlint.yml:3: custom-rules[0] needs field"),

    // Syntax.
    .init("bad indentation", "rules:\n  select: [all]\n ignore: []\n", .syntax,
          ".ingestlint.yml:3: the configuration is not valid YAML: did not find expected key (while parsing a block mapping on line 1)"),
    .init("unclosed flow sequence", "include: [a, b\nexclude: []\n", .syntax,
          ".ingestlint.yml:2: the configuration is not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence on line 1)"),
    .init("two documents", "fail-on: error\n---\nfail-on: info\n", .syntax,
          ".ingestlint.yml:2: the configuration must be a single YAML document, but another one starts here"),
    .init("tab indentation", "rules:\n\tselect: [all]\n", .syntax,
          ".ingestlint.yml:2: the configuration is not valid YAML: found character that cannot start any token (while scanning for the next token)"),
    .init("deep nesting", String(repeating: "[", count: 2_000), .syntax,
          ".ingestlint.yml:1: the configuration is nested too deeply"),
    .init("NUL byte", "fail-on: error\nmax-warnings: 1\u{0}\n", .syntax,
          ".ingestlint.yml:2: the configuration is not valid YAML: control characters are not allowed"),
    .init("undefined alias", "include: *nothing\n", .syntax,
          ".ingestlint.yml:1: the configuration is not valid YAML: found undefined alias"),

    // The JSON form gives lines too.
    .init("JSON unknown key", """
        {
          "fail-on": "error",
          "max-warnings": 3,
          "selct": ["all"]
        }
        """, file: "conf/.ingestlint.json", .unknownKey,
          "conf/.ingestlint.json:4: unknown key 'selct' in the configuration (did you mean 'rules.select'?)"),
    .init("JSON wrong type", "{\n  \"rules\": {\n    \"select\": \"all\"\n  }\n}\n", file: ".ingestlint.json", .wrongType,
          ".ingestlint.json:3: 'rules.select' must be a list of rule codes or names, not the string 'all' (write it as a list: [\"all\"])"),
    .init("JSON duplicate key", "{\n  \"fail-on\": \"error\",\n  \"fail-on\": \"info\"\n}\n", file: ".ingestlint.json", .duplicateKey,
          ".ingestlint.json:3: duplicate key 'fail-on' (first defined on line 2)"),
    .init("JSON minified duplicate key", #"{"include":[],"include":[]}"#, file: ".ingestlint.json", .duplicateKey,
          ".ingestlint.json:1: duplicate key 'include' (first defined on line 1)"),
    .init("JSON syntax", "{\n  \"fail-on\": \"error\"\n  \"max-warnings\": 3\n}\n", file: ".ingestlint.json", .syntax,
          ".ingestlint.json:3: the configuration is not valid JSON at column 3: expected ',' or '}' after object member, found '\"'"),
    // Strict JSON: what YAML would tolerate is an error at its line and column.
    .init("JSON trailing comma", "{\n  \"fail-on\": \"error\",\n}\n", file: ".ingestlint.json", .syntax,
          ".ingestlint.json:3: the configuration is not valid JSON at column 1: expected a string key after ',', found '}' (trailing commas are not allowed)"),
    .init("JSON comment", "{\"fail-on\": \"error\" // x\n}\n", file: ".ingestlint.json", .syntax,
          ".ingestlint.json:1: the configuration is not valid JSON at column 21: expected ',' or '}' after object member, found '/' (comments are not allowed in JSON)"),
    .init("JSON single quotes", "{'fail-on': 'error'}", file: ".ingestlint.json", .syntax,
          ".ingestlint.json:1: the configuration is not valid JSON at column 2: expected a string key or '}', found a single quote (JSON strings use double quotes)"),
    .init("JSON negative number", "{\"max-warnings\": -5}", file: ".ingestlint.json", .invalidValue,
          ".ingestlint.json:1: 'max-warnings' must be a non-negative integer, not -5"),
]

/// Errors about rule names: they need `RuleCatalogue.builtin` to hold the SPEC §4 rules.
private let ruleCases: [BadConfiguration] = [
    .init("unknown code in select", "rules:\n  select: [IL205, XY123]\n", .unknownRule,
          ".ingestlint.yml:2: unknown rule 'XY123' in 'rules.select'"),
    .init("misspelt name in ignore", "rules:\n  select: [all]\n  ignore:\n    - unknown-feild\n", .unknownRule,
          ".ingestlint.yml:4: unknown rule 'unknown-feild' in 'rules.ignore' (did you mean 'unknown-field'?)"),
    .init("near code in ignore", "rules:\n  ignore: [IL3O4]\n", .unknownRule,
          ".ingestlint.yml:2: unknown rule 'IL3O4' in 'rules.ignore' (did you mean 'IL304'?)"),
    .init("unknown rule in severity", "rules:\n  severity:\n    IL205: error\n    email-typo: warning\n", .unknownRule,
          ".ingestlint.yml:4: unknown rule 'email-typo' in 'rules.severity'"),
    .init("unknown severity", "rules:\n  severity: {IL205: fatal}\n", .invalidValue,
          ".ingestlint.yml:2: unknown severity 'fatal' for rule 'IL205' (expected error, warning, info or off)"),
    .init("capitalised severity", "rules:\n  severity:\n    IL304: Error\n", .invalidValue,
          ".ingestlint.yml:3: unknown severity 'Error' for rule 'IL304' (expected error, warning, info or off) (did you mean 'error'?)"),
    .init("boolean severity", "rules:\n  severity:\n    IL304: false\n", .wrongType,
          ".ingestlint.yml:3: the severity of 'IL304' must be a string, not the boolean false (quote it to use it as text)"),
    .init("same rule by code and name", "rules:\n  severity:\n    IL205: error\n    unknown-field: info\n", .duplicateKey,
          ".ingestlint.yml:4: rule 'unknown-field' already has a severity on line 3 (as 'IL205')"),
    .init("JSON unknown rule", "{\"rules\": {\n  \"select\": [\n    \"IL205\",\n    \"IL2O5\"\n  ]\n}}\n",
          file: ".ingestlint.json", .unknownRule,
          ".ingestlint.json:4: unknown rule 'IL2O5' in 'rules.select' (did you mean 'IL205'?)"),
]

@Suite struct ConfigurationErrorTests {
    @Test(arguments: structuralCases)
    func structuralError(_ bad: BadConfiguration) {
        expectError(bad)
    }

    @Test(arguments: ruleCases)
    func ruleError(_ bad: BadConfiguration) {
        expectError(bad)
    }

    private func expectError(_ bad: BadConfiguration) {
        guard let error = configurationError(bad.text, file: bad.file) else {
            Issue.record("\(bad.name): parsed without an error")
            return
        }
        #expect(error.description == bad.expected)
        #expect(error.kind == bad.kind)
        #expect(error.file == bad.file)
        #expect(error.line != nil)
        #expect(!error.description.contains("\n"), "one sentence, one line")
    }

    @Test func descriptionWithoutAPosition() {
        #expect(ConfigurationError(.unreadableFile, "cannot read it", file: "x.yml").description == "x.yml: cannot read it")
        #expect(ConfigurationError(.syntax, "bad", file: "x.yml", line: 7, column: 3).description == "x.yml:7: bad")
        #expect(ConfigurationError(.syntax, "bad").description == "bad")
    }

    @Test func errorCarriesTheColumn() {
        let error = configurationError("rules:\n  select: [all]\n  ignroe: []\n")
        #expect(error?.line == 3)
        #expect(error?.column == 3)
    }

    @Test func catalogueKnowsTheRulesTheseTestsName() {
        for name in ["IL205", "unknown-field", "IL209", "IL304", "unknown-skill"] {
            #expect(RuleCatalogue.builtin.rule(named: name) != nil, "rule \(name) missing from the catalogue")
        }
    }
}
