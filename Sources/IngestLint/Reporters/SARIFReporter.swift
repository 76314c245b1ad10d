#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SARIF 2.1.0 (as GitHub code scanning reads it): one run whose `tool.driver.rules` is the whole
/// rule catalogue, and one result per finding with its region (columns in Unicode code points,
/// as `columnKind` says), related locations, fixes as byte-range replacements, and a stable
/// partial fingerprint. With `projectPaths` (as the CLI runs it), artifact URIs are relative to
/// the project root (`ProjectPaths`), named `PROJECTROOT` in `originalUriBaseIds` with its
/// `file://` URI, however the input was spelt; a file outside the root is an absolute
/// `file://` URI. Without it, paths are taken as given, relative ones relative to `PROJECTROOT`
/// with no URI (the reader supplies it).
package struct SARIFReporter: Reporter {
    package static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `uriBaseId` of artifact URIs.
    package static let projectRoot = "PROJECTROOT"
    /// The key of our entry in `partialFingerprints`.
    package static let fingerprintKey = "ingestlint/\(DiagnosticFingerprint.version)"

    package var catalogue: RuleCatalogue
    package var projectPaths: ProjectPaths?

    package init(catalogue: RuleCatalogue = .builtin, projectPaths: ProjectPaths? = nil) {
        self.catalogue = catalogue
        self.projectPaths = projectPaths
    }

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(reporter: self, output: output) }

    /// The rule table comes before the results, and it describes the codes outside the
    /// catalogue that the run produced, sorted: so the results wait in a spill output (memory up
    /// to 64 KiB, then an unlinked temporary file) until `end`. A result of such a code is
    /// written with the placeholder `"ruleIndex": -N` (N: the code's order of appearance), which
    /// cannot occur otherwise, and gets its real index when the spill is copied out.
    final class Stream: ReportStream {
        let reporter: SARIFReporter
        let output: ReportOutput
        let spill = ReportOutput.spill()
        var results = JSONArrayStream(indent: 3)
        var fingerprints = DiagnosticFingerprint.Counter()
        var ruleIndex: [String: Int] = [:]
        /// Codes outside the catalogue, in order of appearance, with the name of their first finding.
        var extraCodes: [(code: String, name: String)] = []
        var extraOrdinal: [String: Int] = [:]
        let paths: ReportPaths

        init(reporter: SARIFReporter, output: ReportOutput) {
            self.reporter = reporter
            self.output = output
            self.paths = ReportPaths(reporter.projectPaths)
            for (index, rule) in reporter.catalogue.rules.enumerated() { ruleIndex[rule.code] = index }
        }

        func begin() {}

        func write(_ file: FileResult) {
            for diagnostic in file.diagnostics {
                let index: Int
                if let known = ruleIndex[diagnostic.code] {
                    index = known
                } else if let ordinal = extraOrdinal[diagnostic.code] {
                    index = -1 - ordinal
                } else {
                    extraOrdinal[diagnostic.code] = extraCodes.count
                    index = -1 - extraCodes.count
                    extraCodes.append((diagnostic.code, diagnostic.name))
                }
                let path = paths.path(diagnostic.file)
                let fingerprint = fingerprints.fingerprint(of: diagnostic, path: path)
                results.append(reporter.result(diagnostic, ruleIndex: index, fingerprint: fingerprint, paths: paths), to: spill)
            }
            // The fingerprint's key holds the path: nothing carries over to the next file.
            if file.isComplete { fingerprints.reset() }
        }

        func end(_ summary: LintReport.Summary) {
            results.close(to: spill)
            // Codes not in the catalogue (custom rules) are described after the built-in ones,
            // so every result has a rule and a `ruleIndex`.
            var rules = reporter.catalogue.rules
            let extras = extraCodes.enumerated().sorted { $0.element.code < $1.element.code }
            var finalIndex = [Int](repeating: 0, count: extras.count)
            for extra in extras {
                finalIndex[extra.offset] = rules.count
                rules.append(RuleDescription(
                    code: extra.element.code, name: extra.element.name, defaultSeverity: .error, isEnabledByDefault: true,
                    fixAvailability: .none, summary: "\(extra.element.code) \(extra.element.name) (not a built-in rule)",
                    messages: [:], documentation: RuleDocumentation(whatItDoes: "", whyItMatters: "", example: "", useInstead: ""),
                    triggeringExamples: [], nonTriggeringExamples: []))
            }
            // The document with empty results, cut where the results go (the last `[]`: only
            // `columnKind` follows them).
            let skeleton = Array(
                SARIFReporter.document(rules: rules, results: [], projectPaths: reporter.projectPaths).rendered(pretty: true).utf8)
            let cut = SARIFReporter.lastEmptyArray(in: skeleton)
            skeleton.withUnsafeBytes { output.write(UnsafeRawBufferPointer(rebasing: $0[..<cut])) }
            if finalIndex.isEmpty {
                output.append(contentsOf: spill)
            } else {
                output.append(contentsOf: spill) { piece, output in
                    SARIFReporter.replacePlaceholders(in: piece, finalIndex: finalIndex, into: output)
                }
            }
            skeleton.withUnsafeBytes { output.write(UnsafeRawBufferPointer(rebasing: $0[(cut + 2)...])) }
            output.write("\n")
        }
    }

    static func document(rules: [RuleDescription], results: [JSONOutput], projectPaths: ProjectPaths?) -> JSONOutput {
        var root: [(String, JSONOutput)] = projectPaths.map { [("uri", .string(rootURI($0.root)))] } ?? []
        root.append((
            "description",
            .object([("text", .string("The project root (CI_PROJECT_DIR, GITHUB_WORKSPACE, the repository root or the working directory); artifact URIs are relative to it."))])))
        let driver = JSONOutput.object([
            ("name", .string("ingestlint")),
            ("version", .string(IngestLintVersion.current)),
            ("semanticVersion", .string(IngestLintVersion.current)),
            ("rules", .array(rules.map(Self.rule))),
        ])
        let run = JSONOutput.object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([.object([("executionSuccessful", .bool(true))])])),
            ("originalUriBaseIds", .object([(Self.projectRoot, .object(root))])),
            ("results", .array(results)),
            ("columnKind", .string("unicodeCodePoints")),
        ])
        return JSONOutput.object([
            ("$schema", .string(Self.schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    /// The offset of the last `[]` in `bytes`.
    static func lastEmptyArray(in bytes: [UInt8]) -> Int {
        var index = bytes.count - 2
        while index >= 0, !(bytes[index] == UInt8(ascii: "[") && bytes[index + 1] == UInt8(ascii: "]")) { index -= 1 }
        precondition(index >= 0, "the SARIF skeleton has a results array")
        return index
    }

    static let placeholder = Array(#""ruleIndex": -"#.utf8)

    /// `piece` with each `"ruleIndex": -N` replaced by `"ruleIndex": finalIndex[N - 1]`. A JSON
    /// string cannot hold the placeholder (its quotes would be escaped), and it never spans a
    /// line break, which pieces end at.
    static func replacePlaceholders(in piece: UnsafeRawBufferPointer, finalIndex: [Int], into output: ReportOutput) {
        guard let base = piece.baseAddress else { return }
        var position = 0
        var searchFrom = 0
        while searchFrom < piece.count {
            guard let quote = memchr(base + searchFrom, Int32(UInt8(ascii: "\"")), piece.count - searchFrom) else { break }
            let start = base.distance(to: UnsafeRawPointer(quote))
            guard start + placeholder.count <= piece.count,
                  placeholder.indices.allSatisfy({ piece[start + $0] == placeholder[$0] })
            else {
                searchFrom = start + 1
                continue
            }
            var end = start + placeholder.count
            var ordinal = 0
            while end < piece.count, piece[end] >= UInt8(ascii: "0"), piece[end] <= UInt8(ascii: "9") {
                ordinal = ordinal * 10 + Int(piece[end] - UInt8(ascii: "0"))
                end += 1
            }
            output.write(UnsafeRawBufferPointer(rebasing: piece[position..<start]))
            precondition(ordinal >= 1 && ordinal <= finalIndex.count, "a SARIF rule-index placeholder out of range")
            output.write(#""ruleIndex": "# + String(finalIndex[ordinal - 1]))
            position = end
            searchFrom = end
        }
        output.write(UnsafeRawBufferPointer(rebasing: piece[position...]))
    }

    // MARK: Rules

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func rule(_ rule: RuleDescription) -> JSONOutput {
        var configuration: [(String, JSONOutput)] = [("level", .string(level(rule.defaultSeverity)))]
        if !rule.isEnabledByDefault { configuration.append(("enabled", .bool(false))) }
        let documentation = rule.documentation
        let fullDescription = documentation.whatItDoes.isEmpty ? rule.summary : trimmed(documentation.whatItDoes)
        return .object([
            ("id", .string(rule.code)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(fullDescription))])),
            ("defaultConfiguration", .object(configuration)),
            ("help", .object([
                ("text", .string(RuleCatalogueRenderer.explain(rule))),
                ("markdown", .string(helpMarkdown(rule))),
            ])),
            ("properties", .object([("fix", .string(rule.fixAvailability.rawValue))])),
        ])
    }

    /// The rule documentation in ruff's template, as Markdown.
    static func helpMarkdown(_ rule: RuleDescription) -> String {
        let documentation = rule.documentation
        var out = "**\(rule.code) \(rule.name)**: \(rule.summary)\n"
        if !documentation.whatItDoes.isEmpty { out += "\n## What it does\n\n\(trimmed(documentation.whatItDoes))\n" }
        if !documentation.whyItMatters.isEmpty { out += "\n## Why it matters\n\n\(trimmed(documentation.whyItMatters))\n" }
        if !documentation.example.isEmpty { out += "\n## Example\n\n" + fenced(documentation.example) }
        if !documentation.useInstead.isEmpty { out += "\n## Use instead\n\n" + fenced(documentation.useInstead) }
        return out
    }

    /// A code block whose fence is longer than any run of backticks inside it.
    static func fenced(_ code: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)json\n\(trimmed(code))\n\(fence)\n"
    }

    static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }

    // MARK: Results

    func result(_ diagnostic: Diagnostic, ruleIndex: Int, fingerprint: String, paths: ReportPaths) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("ruleId", .string(diagnostic.code)), ("ruleIndex", .int(ruleIndex))]
        members += [
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([("physicalLocation", Self.physicalLocation(diagnostic.location, paths: paths))])])),
        ]
        if !diagnostic.related.isEmpty {
            members.append((
                "relatedLocations",
                .array(diagnostic.related.enumerated().map { index, related in
                    .object([
                        ("id", .int(index + 1)),
                        ("physicalLocation", Self.physicalLocation(related.location, paths: paths)),
                        ("message", .object([("text", .string(related.message))])),
                    ])
                })))
        }
        if let fix = diagnostic.fix, !fix.edits.isEmpty {
            members.append(("fixes", .array([Self.fix(fix, file: paths.path(diagnostic.file))])))
        }
        members.append(("partialFingerprints", .object([(Self.fingerprintKey, .string(fingerprint))])))
        var properties: [(String, JSONOutput)] = [("pointer", .string(diagnostic.location.pointer))]
        if let help = diagnostic.help { properties.append(("help", .string(help))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    static func fix(_ fix: Fix, file: String) -> JSONOutput {
        .object([
            ("description", .object([("text", .string(fix.description))])),
            ("artifactChanges", .array([
                .object([
                    ("artifactLocation", artifactLocation(file)),
                    ("replacements", .array(fix.edits.map { edit in
                        var replacement: [(String, JSONOutput)] = [
                            ("deletedRegion", .object([
                                ("byteOffset", .int(edit.range.lowerBound)),
                                ("byteLength", .int(edit.range.count)),
                            ])),
                        ]
                        if !edit.replacement.isEmpty {
                            replacement.append(("insertedContent", .object([("text", .string(edit.replacement))])))
                        }
                        return .object(replacement)
                    })),
                ]),
            ])),
            ("properties", .object([("safety", .string(fix.safety.rawValue))])),
        ])
    }

    /// Lines and columns only: byte offsets would disagree with the columns for a byte-order
    /// mark (3 bytes, no column), and SARIF requires the two to describe the same region.
    static func physicalLocation(_ location: SourceLocation, paths: ReportPaths) -> JSONOutput {
        .object([
            ("artifactLocation", artifactLocation(paths.path(location.file))),
            ("region", .object([
                ("startLine", .int(location.start.line)),
                ("startColumn", .int(location.start.column)),
                ("endLine", .int(location.end.line)),
                ("endColumn", .int(location.end.column)),
            ])),
        ])
    }

    static func artifactLocation(_ path: String) -> JSONOutput {
        if path.hasPrefix("/") {
            return .object([("uri", .string("file://" + uriPath(path)))])
        }
        return .object([("uri", .string(uriPath(path))), ("uriBaseId", .string(projectRoot))])
    }

    /// The root folder as `originalUriBaseIds` needs it: an absolute `file://` URI ending in `/`.
    static func rootURI(_ root: String) -> String {
        "file://" + uriPath(root.hasSuffix("/") ? root : root + "/")
    }

    /// `path` as a URI path: every byte other than unreserved characters (RFC 3986) and `/`
    /// percent-encoded, so spaces, `%`, `:`, `#`, `?` and non-ASCII names stay unambiguous.
    static func uriPath(_ path: String) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
