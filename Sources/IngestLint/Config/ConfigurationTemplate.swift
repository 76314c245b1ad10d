/// The commented default configuration `ingestlint init` writes. It is valid as it stands (a
/// test loads it) and every commented line shows a real option.
package enum ConfigurationTemplate {
    package static let fileName = ".ingestlint.yml"

    package static let text = """
    # ingestlint configuration (README.md, "Configuration"). `ingestlint explain RULE` documents a rule.
    # Every key is optional; unknown keys are errors, so typos never pass silently.

    rules:
      # Rules to run, by code, name or custom rule id; "all" is every rule, off by default or not.
      # Without `select`: the rules on by default (`ingestlint rules`), the custom rules, a rule
      # off by default that `severity` gives a level, and IL700 when max-candidates is set.
      # `ignore` and `off` take rules out; --select on the command line replaces all of this.
      # select: [all]
      ignore: []                # e.g. [IL209, unknown-skill]
      severity: {}              # e.g. {IL205: error, IL304: off, unknown-skill: info}

    fail-on: error              # lowest severity that fails the run: error | warning | info
    # max-warnings: 50          # also fail above this many warnings
    # max-candidates: 500       # enables IL700 too-many-candidates

    # Globs relative to this file's folder; folders given on the command line are walked with them.
    include: []                 # e.g. ["payloads/**/*.json", "exports/*.jsonl"]
    exclude: []                 # e.g. ["**/fixtures/broken/**"]

    # Visibility of Interviewers not listed below: public | private. Leave it out for "unknown"
    # (then a payload without a status is IL602 implicit-status).
    # default-visibility: private

    # The Interviewer registry, for IL601 shortlisted-with-screening and IL603 unknown-interviewer.
    interviewers: {}
    #  "304c0cfb-324f-4b2c-ac89-c93725c00399":
    #    name: Backend Engineer
    #    visibility: public
    #    resume-screening: false
    #    screening-questions: false

    skills:
      aliases: {}               # e.g. {"reactjs": "react"}
      known: []                 # e.g. ["elixir", "phoenix"]

    email:
      typo-domains: []          # your own domains, as targets of IL304 email-domain-typo
      reserved-domains: []      # e.g. ["staging.mycompany.com"] for IL305

    # How much of an input is read at most (bytes, or a size such as '64 MiB'). A larger file, or
    # a longer JSON Lines line, is an input error (exit 2); the other files and lines are linted.
    # Past max-diagnostics-per-file findings in one file, the rest are counted (they still fail
    # the run) and shown as one "...and N more" line; 0 lists them all.
    limits:
      max-file-size: 1 GiB
      max-line-size: 64 MiB
      max-diagnostics-per-file: 10000

    # Declarative checks of your own, reported as custom/<id>. Keys: id, target (payload |
    # candidate), field (a JSON Pointer relative to the target), required, type (string | number |
    # integer | boolean | object | array), pattern, enum, min, max, min-length, max-length,
    # severity (default warning; off keeps it defined, run only when selected by name), message.
    custom-rules: []
    #  - id: ats-id-required
    #    target: candidate
    #    field: metadata/External ID
    #    required: true
    #    type: string
    #    pattern: '^candidate_[0-9]+$'
    #    severity: error
    #    message: every candidate needs its ATS id in metadata."External ID"

    """
}
