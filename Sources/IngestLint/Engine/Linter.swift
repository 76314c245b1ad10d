/// Lints one document: parses it, finds its payloads and runs the enabled rules on them.
package struct Linter: Sendable {
    package let severities: [String: Severity]
    /// The configuration's rules by id: enabled, severity, code and name.
    package let ruleTable: RuleTable
    package let context: LintContext
    private let rules: [any Rule]
    /// What the enabled rules read of the views, built only then.
    private let parts: ViewParts
    /// Findings kept per document (`limits.max-diagnostics-per-file`); the rest are counted.
    private let findingLimit: Int

    package init(configuration: Configuration) {
        findingLimit = configuration.limits.diagnosticsPerFile
        severities = configuration.enabledRules()
        let table = RuleTable(configuration: configuration)
        ruleTable = table
        context = LintContext(configuration: configuration)
        rules = BuiltinRules.all.filter { table.isEnabled(type(of: $0).id) }
        parts = rules.reduce(into: []) { $0.formUnion(type(of: $1).reads) }
    }

    package struct Result: Sendable {
        package var findings: [Finding]
        package var payloadCount: Int
        package var candidateCount: Int
        /// Findings past the per-file limit, counted by rule code.
        package var omitted: [String: Int] = [:]
        /// The fixes of those findings.
        package var omittedFixes = FixCounts()
        /// Candidate e-mails for IL303, when it is enabled.
        var emailSightings: [EmailSighting] = []
    }

    /// The run stage: the state of each enabled rule that compares documents across the run.
    package func makeRunStages(includesValueHashes: Bool) -> [any RunStage] {
        rules.compactMap { rule in
            ruleTable.severities[type(of: rule).id.index].flatMap {
                rule.makeRunStage(severity: $0, includesValueHashes: includesValueHashes)
            }
        }
    }

    /// The input stage: what the enabled rules report of a whole input at its start or end.
    package func check(input: InputFacts) -> [Finding] {
        var sink = FindingSink(rules: ruleTable)
        for rule in rules { rule.check(input: input, sink: &sink) }
        return sink.findings
    }

    /// Lints `bytes[range]` as one document. Offsets in the findings are offsets into `bytes`;
    /// `inputName` is what messages about the whole input call it.
    package func lint(bytes: [UInt8], range: Range<Int>, kind: DocumentKind, inputName: String = "the file") -> Result {
        var sink = FindingSink(rules: ruleTable, limit: findingLimit)
        var tape = JSONTape()
        // About one node per 8 bytes of a typical payload: one allocation, no regrowth, for a line.
        tape.nodes.reserveCapacity(min(range.count / 8, 1 << 16))
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
                try JSONParser.parse(buffer, in: range, endName: kind == .jsonLine ? "end of line" : "end of input", into: &tape)
            }
        } catch {
            for rule in rules { rule.check(syntaxError: error, sink: &sink) }
            return Result(findings: sink.findings, payloadCount: 0, candidateCount: 0)
        }
        // The rules read views over the tape; nothing they keep points into it.
        return DocumentSource.with(bytes: bytes, tape: tape) { source in
            let root = ValueView(source: source, index: 0)
            let shape = PayloadExtraction.shape(of: root, kind: kind)
            let payloads = PayloadExtraction.payloads(in: root, shape: shape, skills: context.skills, parts: parts)
            let document = Document(root: root, kind: kind, inputName: inputName, shape: shape, payloads: payloads)
            for rule in rules { rule.check(shapeOf: document, sink: &sink) }
            if case .candidateList = shape {
                // A list of candidates: its shape is the one finding (SPEC §3a).
                return Result(findings: sink.findings, payloadCount: 0, candidateCount: 0)
            }
            for rule in rules {
                rule.check(document: document, sink: &sink)
                for payload in payloads {
                    rule.check(payload: payload, context: context, sink: &sink)
                }
            }
            for (index, rule) in context.configuration.customRules.enumerated() {
                let id = ruleTable.customRule(at: index)
                guard ruleTable.isEnabled(id) else { continue }
                for payload in payloads { rule.check(payload, id: id, sink: &sink) }
            }
            let candidateCount = payloads.reduce(0) { $0 + $1.candidates.count }
            var result = Result(findings: sink.findings, payloadCount: payloads.count, candidateCount: candidateCount)
            result.omitted = sink.omittedCounts
            result.omittedFixes = sink.omittedFixCounts
            for rule in rules { result.emailSightings += rule.sightings(in: document) }
            return result
        }
    }
}
