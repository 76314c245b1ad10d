/// A baseline file: the findings recorded by `--write-baseline`, which `--baseline` suppresses
/// (docs/baseline.md). A versioned JSON document, one finding per line so a review diff shows
/// what changed:
///
/// ```json
/// {
///   "tool": "ingestlint",
///   "version": 1,
///   "findings": [
///     {"file":"exports/a.jsonl","pointer":"/data/0/email","code":"IL300","value":"3f9a…"}
///   ]
/// }
/// ```
///
/// Entries are sorted (file, pointer, code, value, as bytes); a finding that occurs twice is
/// recorded twice.
package struct Baseline: Sendable, Equatable {
    /// Bumped when what identifies a finding changes: a baseline of another version is refused
    /// rather than silently matching nothing.
    package static let formatVersion = 1
    package static let toolName = "ingestlint"

    /// Sorted, with repeats.
    package let entries: [FindingIdentity]

    package init(entries: [FindingIdentity]) {
        self.entries = entries.sorted()
    }

    /// The file's bytes.
    package var encoded: [UInt8] {
        var out = "{\n  \"tool\": \(JSONOutput.string(Self.toolName).rendered(pretty: false)),\n"
        out += "  \"version\": \(Self.formatVersion),\n  \"findings\": ["
        for (index, entry) in entries.enumerated() {
            let object = JSONOutput.object([
                ("file", .string(entry.file)), ("pointer", .string(entry.pointer)), ("code", .string(entry.code)),
                ("value", .string(entry.valueHash)),
            ])
            out += (index == 0 ? "\n" : ",\n") + "    " + object.rendered(pretty: false)
        }
        out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return Array(out.utf8)
    }

    /// Reads the baseline at `path` (at most `limit` bytes).
    package static func read(_ path: String, limit: Int) throws(BaselineError) -> Baseline {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readAll(path, limit: limit)
        } catch {
            throw BaselineError(path: path, reason: error.description)
        }
        return try Baseline(parsing: bytes, path: path)
    }

    /// Parses a baseline file; `path` names it in errors.
    package init(parsing bytes: [UInt8], path: String) throws(BaselineError) {
        func fail(_ reason: String) -> BaselineError { BaselineError(path: path, reason: reason) }
        let notBaseline = "it is not an ingestlint baseline (write one with --write-baseline FILE)"
        let document: JSONValue
        do {
            document = try JSONParser.parseDocument(bytes, in: ByteOrderMark.length(in: bytes)..<bytes.count)
        } catch {
            let line = 1 + bytes[..<min(error.offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw fail("\(notBaseline): it is not JSON (line \(line): \(error.message))")
        }
        guard let members = document.objectMembers,
              members.first(where: { $0.key == "tool" })?.value.stringValue == Self.toolName
        else { throw fail(notBaseline) }
        guard let version = members.first(where: { $0.key == "version" })?.value.numberValue,
              version.isIntegerLiteral
        else { throw fail("it has no integer \"version\"; \(notBaseline.dropFirst("it is ".count))") }
        guard version.text == String(Self.formatVersion) else {
            throw fail(
                "it is in baseline format version \(version.text) and this ingestlint reads version \(Self.formatVersion) "
                    + "(write it again with --write-baseline FILE)")
        }
        guard let findings = members.first(where: { $0.key == "findings" })?.value.arrayElements else {
            throw fail("it has no \"findings\" array")
        }
        var entries: [FindingIdentity] = []
        entries.reserveCapacity(findings.count)
        for (index, finding) in findings.enumerated() {
            func field(_ name: String) throws(BaselineError) -> String {
                guard let value = finding.objectMembers?.first(where: { $0.key == name })?.value.stringValue else {
                    throw fail("finding \(index + 1) has no string \"\(name)\"")
                }
                return value
            }
            entries.append(FindingIdentity(
                file: try field("file"), pointer: try field("pointer"), code: try field("code"), valueHash: try field("value")))
        }
        self.init(entries: entries)
    }
}
