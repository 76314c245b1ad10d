/// Lints one document: parses it, finds its payloads and runs the enabled rules on them.
public struct Linter: Sendable {
    public let severities: [String: Severity]
    public let context: LintContext
    private let rules: [any Rule]
    /// What the enabled rules read of the views, built only then.
    private let parts: ViewParts
    private let enabledCodes: Set<String>
    /// Findings kept per document (`limits.max-diagnostics-per-file`); the rest are counted.
    private let findingLimit: Int

    public init(configuration: Configuration) {
        findingLimit = configuration.limits.diagnosticsPerFile
        severities = configuration.enabledRules()
        enabledCodes = Set(severities.keys)
        context = LintContext(configuration: configuration)
        let codes = enabledCodes
        rules = BuiltinRules.all.filter { codes.contains(type(of: $0).code) }
        parts = rules.reduce(into: []) { $0.formUnion(type(of: $1).reads) }
    }

    public struct Result: Sendable {
        public var findings: [Finding]
        public var payloadCount: Int
        public var candidateCount: Int
        /// Findings past the per-file limit, counted by rule code.
        public var omitted: [String: Int] = [:]
        /// The fixes of those findings.
        public var omittedFixes = FixCounts()
        /// Candidate e-mails for IL303, when it is enabled.
        var emailSightings: [EmailSighting] = []
    }

    /// Lints `bytes[range]` as one document. Offsets in the findings are offsets into `bytes`;
    /// `inputName` is what messages about the whole input call it.
    public func lint(bytes: [UInt8], range: Range<Int>, kind: DocumentKind, inputName: String = "the file") -> Result {
        var sink = FindingSink(enabledCodes: enabledCodes, limit: findingLimit)
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
            for rule in context.configuration.customRules where enabledCodes.contains(rule.code) {
                for payload in payloads { rule.check(payload, sink: &sink) }
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
