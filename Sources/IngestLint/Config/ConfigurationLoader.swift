#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import class Foundation.NSRegularExpression
import Yams

/// Reads a configuration file (SPEC §7) into a `Configuration`.
///
/// The YAML is composed with Yams into nodes that keep their line and column, then decoded by
/// hand, strictly: unknown keys (with "did you mean"), wrong types, negative numbers, unknown
/// rules, severities and visibilities, and duplicate keys are errors at their line. The `.json`
/// form is read by the same YAML parser (JSON is YAML's flow syntax), so it gets the same checks
/// and line numbers; YAML-only syntax in a `.json` file is therefore tolerated.
///
/// Scalars follow the YAML 1.2 core schema, not Yams' YAML 1.1 resolver: only `true`/`false`
/// are booleans, so `IL304: off` is the severity `off` and `name: No` is a string. Quoted
/// scalars are always strings, so `max-warnings: "5"` is a type error.
///
/// A key whose value is empty (`max-warnings:` or `null`) counts as absent. An interviewer id
/// with an empty value is a registry entry with nothing else known about it.
package enum ConfigurationLoader {
    /// Reads, decodes and validates the file at `path`.
    package static func load(file path: String) throws(ConfigurationError) -> Configuration {
        guard let isDirectory = ConfigurationDiscovery.isDirectory(atPath: path) else {
            throw ConfigurationError(.unreadableFile, "the configuration file does not exist", file: path)
        }
        guard !isDirectory else {
            throw ConfigurationError(.unreadableFile, "the configuration path is a folder, not a file", file: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError(.unreadableFile, "the configuration file cannot be read", file: path)
        }
        let text = try decodeUTF8(data, file: path)
        return try parse(text: text, file: path)
    }

    /// Decodes configuration `text`; `file` is the path used in messages, and its folder becomes
    /// `baseDirectory` (the folder globs are relative to).
    package static func parse(text: String, file: String) throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        configuration.sourceFile = file
        configuration.baseDirectory = folder(of: file)
        // Yams fixes the encoding to UTF-8, so libyaml does not consume a byte-order mark; its
        // scanner then skips it as a character of line 1 and the first key lands one column to
        // the right of the next line's, which breaks any block mapping. Lines are unaffected.
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let isJSON = file.lowercased().hasSuffix(".json")
        guard let root = try isJSON ? parseJSON(body, file: file) : compose(body, file: file) else { return configuration }
        let decoder = ConfigurationDecoder(file: file, catalogue: .builtin, customIDs: ConfigurationDecoder.customIDs(in: root))
        try decoder.decode(root, into: &configuration)
        return configuration
    }

    // MARK: - Reading

    /// The folder part of `path`: `.` for a bare file name, `/` for a file at the root.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = path[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// Strict UTF-8: a configuration is text we show back to the user, so a bad byte is reported,
    /// not repaired into U+FFFD.
    private static func decodeUTF8(_ data: Data, file: String) throws(ConfigurationError) -> String {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return String(decoding: data, as: UTF8.self)
            case .error:
                var line = 1
                var previous: UInt8 = 0
                for byte in data.prefix(offset) {
                    if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { line += 1 }
                    previous = byte
                }
                throw ConfigurationError(
                    .invalidEncoding, "the configuration is not valid UTF-8 (byte \(offset + 1))",
                    file: file, line: line)
            }
        }
    }

    private static func compose(_ text: String, file: String) throws(ConfigurationError) -> ConfigurationNode? {
        do {
            return try Yams.compose(yaml: text).map(ConfigurationNode.init)
        } catch let error as YamlError {
            throw translate(error, text: text, file: file)
        } catch {
            throw ConfigurationError(.syntax, "the configuration is not valid YAML", file: file)
        }
    }

    /// Strict RFC 8259 JSON, as payloads are read. Blank text is an empty configuration, as an
    /// empty YAML file is.
    private static func parseJSON(_ text: String, file: String) throws(ConfigurationError) -> ConfigurationNode? {
        let bytes = Array(text.utf8)
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return nil }
        let lines = LineIndex(bytes: bytes)
        do {
            return ConfigurationNode(try JSONParser.parseDocument(bytes), lines: lines)
        } catch {
            let position = lines.position(of: error.offset)
            throw ConfigurationError(
                .syntax, "the configuration is not valid JSON at column \(position.column): \(error.message)",
                file: file, line: position.line, column: position.column)
        }
    }

    private static func translate(_ error: YamlError, text: String, file: String) -> ConfigurationError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message: String
            if problem == "but found another document" {
                // Yams' own wording for a second `---` document reads oddly on its own.
                message = "the configuration must be a single YAML document, but another one starts here"
            } else if problem.hasPrefix("Maximum nesting level") {
                // libyaml stops at 1,000 levels; its message names a C function.
                message = "the configuration is nested too deeply"
            } else {
                message = "the configuration is not valid YAML: \(problem)"
                if let context, context.mark.line != mark.line {
                    message += " (\(context.text) on line \(context.mark.line))"
                } else if let context {
                    message += " (\(context.text))"
                }
            }
            return ConfigurationError(.syntax, message, file: file, line: mark.line, column: mark.column)
        case let .reader(problem, offset, _, _):
            // Yams gives the offset in Characters.
            var line: Int?
            if let offset {
                line = 1 + text.prefix(offset).reduce(0) { $0 + ($1.isNewline ? 1 : 0) }
            }
            return ConfigurationError(.syntax, "the configuration is not valid YAML: \(problem)", file: file, line: line)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = context.mark
            if let second = DuplicateKeyLocator.secondOccurrence(of: key, firstAt: first, in: text) {
                return ConfigurationError(
                    .duplicateKey, "duplicate key '\(key)' (first defined on line \(first.line))",
                    file: file, line: second.line, column: second.column)
            }
            return ConfigurationError(
                .duplicateKey, "key '\(key)' is defined more than once in the same mapping",
                file: file, line: first.line, column: first.column)
        default:
            return ConfigurationError(.syntax, "the configuration is not valid YAML", file: file)
        }
    }
}

// MARK: - Duplicate keys

/// Yams rejects a mapping with a repeated key before handing out any node, and reports the
/// *first* occurrence. Our convention (SPEC §3) is to report the second one, so: rename the first
/// occurrence in the text, compose again, and read the position of the remaining one. Anything
/// unexpected returns `nil` and the caller falls back to the first occurrence.
private enum DuplicateKeyLocator {
    /// Private-use scalars: printable for libyaml, never in a real configuration key.
    static let marker = "\u{E000}ingestlint-duplicate\u{E000}"

    static func secondOccurrence(of key: String, firstAt mark: Mark, in text: String) -> Mark? {
        guard let index = index(of: mark, in: text) else { return nil }
        let scalars = text.unicodeScalars
        var insertion = index
        if let first = scalars[index...].first, first == "\"" || first == "'" {
            insertion = scalars.index(after: index)
        } else if !text.unicodeScalars[index...].starts(with: key.unicodeScalars) {
            return nil
        }
        var renamed = text
        renamed.insert(contentsOf: marker, at: insertion)
        do {
            guard let root = try Yams.compose(yaml: renamed) else { return nil }
            return find(key, besideMarkerIn: root)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) where duplicates.first == key {
            // A third occurrence: Yams now reports the second as the first.
            return context.mark
        } catch {
            return nil
        }
    }

    /// The `String.Index` of a libyaml mark: 1-based line and column in Unicode scalars, lines
    /// ending at LF, CR, CRLF, NEL, LS or PS as libyaml counts them.
    private static func index(of mark: Mark, in text: String) -> String.Index? {
        let scalars = text.unicodeScalars
        var line = 1
        var column = 1
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if line == mark.line, column == mark.column { return index }
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch scalar {
            case "\r" where next < scalars.endIndex && scalars[next] == "\n":
                column += 1
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
            index = next
        }
        return nil
    }

    private static func find(_ key: String, besideMarkerIn node: Node) -> Mark? {
        switch node {
        case .mapping(let mapping):
            let keys = mapping.map(\.key)
            if keys.contains(where: { $0.scalar?.string.hasPrefix(marker) ?? false }),
               let other = keys.first(where: { $0.scalar?.string == key }) {
                return other.mark
            }
            for pair in mapping {
                if let found = find(key, besideMarkerIn: pair.value) { return found }
            }
            return nil
        case .sequence(let sequence):
            for element in sequence {
                if let found = find(key, besideMarkerIn: element) { return found }
            }
            return nil
        case .scalar, .alias:
            return nil
        }
    }
}

// MARK: - Scalars

/// A scalar under the YAML 1.2 core schema (see `ConfigurationLoader`).
private enum ScalarValue {
    case null
    case bool(Bool)
    case integer(String)
    case float(String)
    case string(String)

    /// The value of a plain integer or float, in decimal.
    var number: Double? {
        switch self {
        case .integer(let text), .float(let text): Double(text)
        default: nil
        }
    }

    init(_ scalar: ConfigurationNode.Scalar) {
        let text = scalar.string
        // Quoted and block scalars are strings; so is an explicit `!!str`.
        guard scalar.isPlain else {
            self = .string(text)
            return
        }
        switch text {
        case "", "~", "null", "Null", "NULL": self = .null
        case "true", "True", "TRUE": self = .bool(true)
        case "false", "False", "FALSE": self = .bool(false)
        default:
            if ScalarValue.isInteger(text) {
                self = .integer(text)
            } else if ScalarValue.isFloat(text) {
                self = .float(text)
            } else {
                self = .string(text)
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isInteger(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.starts(with: "0o".utf8) || bytes.starts(with: "0x".utf8) {
            let digits = bytes.dropFirst(2)
            let isHex = bytes.starts(with: "0x".utf8)
            return !digits.isEmpty && digits.allSatisfy { byte in
                isHex ? (isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte))
                    : (0x30...0x37).contains(byte)
            }
        }
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    /// `[-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, `.inf`, `.nan`.
    private static func isFloat(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        let rest = String(decoding: bytes[index...], as: UTF8.self)
        if [".inf", ".Inf", ".INF"].contains(rest) { return true }
        if index == 0, [".nan", ".NaN", ".NAN"].contains(rest) { return true }
        var mantissaDigits = 0
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
            mantissaDigits += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > exponentStart else { return false }
        }
        return index == bytes.count
    }
}

// MARK: - Decoding

/// Turns the composed tree into a `Configuration`, one key at a time, in document order, so the
/// first error in the file is the one reported.
private struct ConfigurationDecoder {
    let file: String
    let catalogue: RuleCatalogue
    /// The ids of `custom-rules`, read ahead: `rules` may name them before they are defined.
    let customIDs: [String]

    /// The `id`s written in `custom-rules`, whatever else is wrong there (decoding reports that).
    static func customIDs(in root: ConfigurationNode) -> [String] {
        guard case .mapping(let top, _) = root,
              let rules = top.first(where: { $0.key.scalar?.string == "custom-rules" })?.value,
              case .sequence(let list, _) = rules else { return [] }
        return list.compactMap { element in
            guard case .mapping(let rule, _) = element else { return nil }
            return rule.first { $0.key.scalar?.string == "id" }?.value.scalar?.string
        }
    }

    var ruleNames: RuleNames { RuleNames(catalogue: catalogue, customIDs: customIDs) }

    private struct Entry {
        let key: String
        let keyNode: ConfigurationNode
        let value: ConfigurationNode

        /// Absent, or explicitly empty (`key:` / `key: null`), which we treat the same.
        var isNull: Bool {
            if case .scalar(let scalar) = value, case .null = ScalarValue(scalar) { return true }
            return false
        }
    }

    private static let topLevelKeys = [
        "rules", "fail-on", "max-warnings", "max-candidates", "include", "exclude",
        "default-visibility", "interviewers", "skills", "email", "custom-rules", "limits",
    ]
    private static let rulesKeys = ["select", "ignore", "severity"]
    private static let interviewerKeys = ["name", "visibility", "resume-screening", "screening-questions"]
    private static let skillsKeys = ["aliases", "known"]
    private static let emailKeys = ["typo-domains", "reserved-domains"]
    private static let limitsKeys = ["max-file-size", "max-line-size", "max-diagnostics-per-file"]
    private static let customRuleKeys = [
        "id", "target", "field", "required", "type", "pattern", "enum", "min", "max", "min-length", "max-length",
        "severity", "message",
    ]
    /// Keys users put at the top level that belong to a section.
    private static let sectionOfNestedKey: [String: String] = [
        "select": "rules", "ignore": "rules", "severity": "rules",
        "aliases": "skills", "known": "skills",
        "typo-domains": "email", "reserved-domains": "email",
        "max-file-size": "limits", "max-line-size": "limits", "max-diagnostics-per-file": "limits",
    ]

    func decode(_ root: ConfigurationNode, into configuration: inout Configuration) throws(ConfigurationError) {
        if case .scalar(let scalar) = root, case .null = ScalarValue(scalar) { return }
        let entries = try mapping(root, named: nil)
        try checkKeys(entries, allowed: Self.topLevelKeys, in: nil)
        for entry in entries where !entry.isNull || entry.key == "custom-rules" {
            switch entry.key {
            case "rules":
                try decodeRules(entry.value, into: &configuration)
            case "fail-on":
                let name = try string(entry.value, subject: "'fail-on'")
                guard let severity = Severity(rawValue: name) else {
                    throw error(.invalidValue, "'fail-on' must be error, warning or info, not '\(name)'"
                        + didYouMean(name, in: Severity.allCases.map(\.rawValue)), at: entry.value)
                }
                configuration.failOn = severity
            case "max-warnings":
                configuration.maxWarnings = try integer(entry.value, named: "max-warnings", minimum: 0)
            case "max-candidates":
                // 0 would flag every non-empty payload, which is never what anyone means.
                configuration.maxCandidates = try integer(entry.value, named: "max-candidates", minimum: 1)
            case "include":
                configuration.include = try globs(entry.value, named: "include")
            case "exclude":
                configuration.exclude = try globs(entry.value, named: "exclude")
            case "default-visibility":
                configuration.defaultVisibility = try visibility(entry.value, named: "default-visibility")
            case "interviewers":
                configuration.interviewers = try interviewers(entry.value)
            case "skills":
                try decodeSkills(entry.value, into: &configuration)
            case "email":
                try decodeEmail(entry.value, into: &configuration)
            case "custom-rules":
                if !entry.isNull { configuration.customRules = try customRules(entry.value) }
            case "limits":
                try decodeLimits(entry.value, into: &configuration)
            default:
                break // checkKeys has rejected it.
            }
        }
    }

    // MARK: Sections

    private func decodeRules(_ node: ConfigurationNode, into configuration: inout Configuration) throws(ConfigurationError) {
        let entries = try mapping(node, named: "rules")
        try checkKeys(entries, allowed: Self.rulesKeys, in: "rules")
        for entry in entries where !entry.isNull {
            switch entry.key {
            case "select":
                configuration.select = try ruleList(entry.value, named: "rules.select")
            case "ignore":
                configuration.ignore = try ruleList(entry.value, named: "rules.ignore")
            case "severity":
                configuration.severities = try severities(entry.value)
            default:
                break
            }
        }
    }

    private func ruleList(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> [String] {
        var result: [String] = []
        for element in try sequence(node, named: name, what: "rule codes or names") {
            let rule = try string(element, subject: "an entry of '\(name)'")
            if !RuleNames.isAll(rule) {
                _ = try knownRule(rule, at: element, in: name)
            }
            result.append(rule)
        }
        return result
    }

    private func severities(_ node: ConfigurationNode) throws(ConfigurationError) -> [String: SeveritySetting] {
        var result: [String: SeveritySetting] = [:]
        // A rule named twice (as `IL205` and `unknown-field`) would make the outcome depend on
        // dictionary order, so it is an error.
        var lineOfCode: [String: (name: String, line: Int?)] = [:]
        for entry in try mapping(node, named: "rules.severity") {
            let code = try knownRule(entry.key, at: entry.keyNode, in: "rules.severity")
            if let earlier = lineOfCode[code] {
                let place = earlier.line.map { " on line \($0)" } ?? ""
                throw error(
                    .duplicateKey,
                    "rule '\(entry.key)' already has a severity\(place) (as '\(earlier.name)')", at: entry.keyNode)
            }
            lineOfCode[code] = (entry.key, entry.keyNode.line)
            let value = try string(entry.value, subject: "the severity of '\(entry.key)'")
            guard let setting = SeveritySetting(name: value) else {
                let allowed = ["error", "warning", "info", "off"]
                throw error(
                    .invalidValue,
                    "unknown severity '\(value)' for rule '\(entry.key)' (expected error, warning, info or off)"
                        + didYouMean(value, in: allowed), at: entry.value)
            }
            result[entry.key] = setting
        }
        return result
    }

    private func interviewers(_ node: ConfigurationNode) throws(ConfigurationError) -> [String: InterviewerProfile] {
        var result: [String: InterviewerProfile] = [:]
        for entry in try mapping(node, named: "interviewers") {
            let id = entry.key
            guard !id.allSatisfy(\.isWhitespace) else {
                throw error(.invalidValue, "an interviewer id must not be blank", at: entry.keyNode)
            }
            var profile = InterviewerProfile()
            let section = "interviewers.\(id)"
            if !entry.isNull {
                let fields = try mapping(entry.value, named: section)
                try checkKeys(fields, allowed: Self.interviewerKeys, in: section)
                for field in fields where !field.isNull {
                    let name = "\(section).\(field.key)"
                    switch field.key {
                    case "name": profile.name = try string(field.value, subject: "'\(name)'")
                    case "visibility": profile.visibility = try visibility(field.value, named: name)
                    case "resume-screening": profile.resumeScreening = try bool(field.value, named: name)
                    case "screening-questions": profile.screeningQuestions = try bool(field.value, named: name)
                    default: break
                    }
                }
            }
            result[id] = profile
        }
        return result
    }

    private func decodeSkills(_ node: ConfigurationNode, into configuration: inout Configuration) throws(ConfigurationError) {
        let entries = try mapping(node, named: "skills")
        try checkKeys(entries, allowed: Self.skillsKeys, in: "skills")
        for entry in entries where !entry.isNull {
            switch entry.key {
            case "aliases":
                var aliases: [String: String] = [:]
                for alias in try mapping(entry.value, named: "skills.aliases") {
                    guard !alias.key.allSatisfy(\.isWhitespace) else {
                        throw error(.invalidValue, "a skill alias must not be blank", at: alias.keyNode)
                    }
                    aliases[alias.key] = try nonBlankString(alias.value, subject: "the alias '\(alias.key)'", what: "skill")
                }
                configuration.skillAliases = aliases
            case "known":
                configuration.knownSkills = try strings(entry.value, named: "skills.known", what: "skills")
            default:
                break
            }
        }
    }

    private func decodeEmail(_ node: ConfigurationNode, into configuration: inout Configuration) throws(ConfigurationError) {
        let entries = try mapping(node, named: "email")
        try checkKeys(entries, allowed: Self.emailKeys, in: "email")
        for entry in entries where !entry.isNull {
            switch entry.key {
            case "typo-domains":
                configuration.typoDomains = try domains(entry.value, named: "email.typo-domains")
            case "reserved-domains":
                configuration.reservedDomains = try domains(entry.value, named: "email.reserved-domains")
            default:
                break
            }
        }
    }

    private func decodeLimits(_ node: ConfigurationNode, into configuration: inout Configuration) throws(ConfigurationError) {
        let entries = try mapping(node, named: "limits")
        try checkKeys(entries, allowed: Self.limitsKeys, in: "limits")
        for entry in entries where !entry.isNull {
            switch entry.key {
            case "max-file-size":
                configuration.limits.maxFileSize = try size(entry.value, named: "limits.max-file-size")
            case "max-line-size":
                configuration.limits.maxLineSize = try size(entry.value, named: "limits.max-line-size")
            case "max-diagnostics-per-file":
                configuration.limits.maxDiagnosticsPerFile = try integer(
                    entry.value, named: "limits.max-diagnostics-per-file", minimum: 0)
            default:
                break
            }
        }
    }

    private func customRules(_ node: ConfigurationNode) throws(ConfigurationError) -> [CustomRule] {
        var rules: [CustomRule] = []
        var lineOfId: [String: Int?] = [:]
        for (index, element) in try sequence(node, named: "custom-rules", what: "rules").enumerated() {
            let section = "custom-rules[\(index)]"
            let entries = try mapping(element, named: section)
            try checkKeys(entries, allowed: Self.customRuleKeys, in: section)
            func value(_ key: String) -> Entry? { entries.first { $0.key == key && !$0.isNull } }
            guard let idEntry = value("id"), let targetEntry = value("target"), let fieldEntry = value("field") else {
                let missing = ["id", "target", "field"].filter { value($0) == nil }.joined(separator: ", ")
                throw error(.invalidValue, "\(section) needs \(missing)", at: element)
            }
            let id = try nonBlankString(idEntry.value, subject: "'\(section).id'", what: "rule id")
            guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) else {
                throw error(.invalidValue, "custom rule id '\(id)' may only hold letters, digits, '-', '_' and '.'", at: idEntry.value)
            }
            // A bare id names the rule wherever rules are named, so it must not be a built-in's.
            if RuleNames.isAll(id) || catalogue.rule(named: id) != nil {
                let clash = catalogue.rule(named: id).map { "the built-in rule \($0.code) \($0.name)" } ?? "every rule"
                throw error(.invalidValue, "custom rule id '\(id)' already names \(clash); choose another id", at: idEntry.value)
            }
            if let firstLine = lineOfId[id] {
                let place = firstLine.map { " (first defined on line \($0))" } ?? ""
                throw error(.duplicateKey, "duplicate custom rule id '\(id)'\(place)", at: idEntry.value)
            }
            lineOfId[id] = idEntry.value.line
            let section2 = "custom-rules.\(id)"
            let targetText = try string(targetEntry.value, subject: "'\(section2).target'")
            guard let target = CustomRule.Target(rawValue: targetText) else {
                throw error(
                    .invalidValue, "unknown target '\(targetText)' for '\(section2)' (expected payload or candidate)"
                        + didYouMean(targetText, in: CustomRule.Target.allCases.map(\.rawValue)), at: targetEntry.value)
            }
            let field = try nonBlankString(fieldEntry.value, subject: "'\(section2).field'", what: "JSON Pointer")
            var rule = CustomRule(id: id, target: target, field: field)
            for entry in entries where !entry.isNull {
                let name = "\(section2).\(entry.key)"
                switch entry.key {
                case "required":
                    rule.isRequired = try bool(entry.value, named: name)
                case "type":
                    let text = try string(entry.value, subject: "'\(name)'")
                    guard let type = CustomRule.ValueType(rawValue: text) else {
                        throw error(
                            .invalidValue,
                            "unknown type '\(text)' for '\(name)' (expected string, number, integer, boolean, object or array)"
                                + didYouMean(text, in: CustomRule.ValueType.allCases.map(\.rawValue)), at: entry.value)
                    }
                    rule.type = type
                case "pattern":
                    let text = try string(entry.value, subject: "'\(name)'")
                    do {
                        rule.pattern = try NSRegularExpression(pattern: text)
                    } catch {
                        throw self.error(.invalidValue, "'\(name)' is not a valid regular expression: \(text)", at: entry.value)
                    }
                case "enum":
                    rule.allowed = try sequence(entry.value, named: name, what: "values").map { element throws(ConfigurationError) in
                        try allowedValue(element, named: name)
                    }
                case "min": rule.minimum = try number(entry.value, named: name)
                case "max": rule.maximum = try number(entry.value, named: name)
                case "min-length": rule.minimumLength = try integer(entry.value, named: name, minimum: 0)
                case "max-length": rule.maximumLength = try integer(entry.value, named: name, minimum: 0)
                case "severity":
                    let text = try string(entry.value, subject: "'\(name)'")
                    guard let setting = SeveritySetting(name: text) else {
                        throw error(
                            .invalidValue, "unknown severity '\(text)' for '\(name)' (expected error, warning, info or off)"
                                + didYouMean(text, in: ["error", "warning", "info", "off"]), at: entry.value)
                    }
                    if case .on(let severity) = setting {
                        rule.severity = severity
                    } else {
                        rule.isEnabledByDefault = false
                    }
                case "message":
                    let message = try nonBlankString(entry.value, subject: "'\(name)'", what: "message")
                    if let problem = CustomRule.placeholderProblem(in: message) {
                        throw error(.invalidValue, "\(problem) in '\(name)'", at: entry.value)
                    }
                    rule.message = message
                default: break
                }
            }
            try checkBounds(of: rule, section: section2, entries: entries, at: element)
            rule.line = element.line
            rules.append(rule)
        }
        return rules
    }

    /// A rule that checks nothing, or whose bounds no value can meet, is a mistake in the file.
    private func checkBounds(of rule: CustomRule, section: String, entries: [Entry], at ruleNode: ConfigurationNode) throws(ConfigurationError) {
        func node(of key: String) -> ConfigurationNode { entries.first { $0.key == key }?.value ?? ruleNode }
        guard rule.isRequired || rule.type != nil || rule.pattern != nil || rule.allowed != nil || rule.minimum != nil
            || rule.maximum != nil || rule.minimumLength != nil || rule.maximumLength != nil else {
            throw error(
                .invalidValue,
                "'\(section)' checks nothing: give it required, type, pattern, enum, min, max, min-length or max-length",
                at: ruleNode)
        }
        if let minimum = rule.minimum, let maximum = rule.maximum, minimum > maximum {
            throw error(
                .invalidValue, "'\(section).min' (\(scalarText(node(of: "min")))) is greater than its max (\(scalarText(node(of: "max")))), so no value passes",
                at: node(of: "min"))
        }
        if let minimum = rule.minimumLength, let maximum = rule.maximumLength, minimum > maximum {
            throw error(
                .invalidValue, "'\(section).min-length' (\(minimum)) is greater than its max-length (\(maximum)), so no value passes",
                at: node(of: "min-length"))
        }
    }

    private func scalarText(_ node: ConfigurationNode) -> String { node.scalar?.string ?? "" }

    private func number(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> Double {
        guard case .scalar(let scalar) = node, let value = ScalarValue(scalar).number else {
            throw error(.wrongType, "'\(name)' must be a number, not \(describe(node))", at: node)
        }
        return value
    }

    private func allowedValue(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> CustomRule.Allowed {
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType, "the values of '\(name)' must be strings, numbers, booleans or null, not \(describe(node))", at: node)
        }
        switch ScalarValue(scalar) {
        case .null: return .null
        case .bool(let flag): return .boolean(flag)
        case .string(let text): return .string(text)
        case .integer, .float:
            guard let number = ScalarValue(scalar).number else {
                throw error(.invalidValue, "'\(scalar.string)' in '\(name)' is not a number", at: node)
            }
            return .number(number)
        }
    }

    private func domains(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> [String] {
        var result: [String] = []
        for element in try sequence(node, named: name, what: "domain names") {
            let domain = try nonBlankString(element, subject: "an entry of '\(name)'", what: "domain name")
            // The usual slip is pasting an address or a URL instead of its domain.
            guard !domain.contains("@"), !domain.contains("/"), !domain.contains(where: \.isWhitespace) else {
                throw error(.invalidValue, "'\(domain)' in '\(name)' is not a domain name", at: element)
            }
            result.append(domain)
        }
        return result
    }

    // MARK: Typed values

    private func mapping(_ node: ConfigurationNode, named name: String?) throws(ConfigurationError) -> [Entry] {
        guard case .mapping(let mapping, _) = node else {
            let subject = name.map { "'\($0)' must be a mapping" } ?? "the configuration must be a mapping of settings"
            throw error(.wrongType, "\(subject), not \(describe(node))", at: node)
        }
        var entries: [Entry] = []
        var lineOfKey: [String: Int?] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw error(.wrongType, "keys in \(place(name)) must be plain names, not \(describe(keyNode))", at: keyNode)
            }
            let key = scalar.string
            // Yams tells `1` from `"1"`; as names they are the same key.
            if let firstLine = lineOfKey[key] {
                let place = firstLine.map { " (first defined on line \($0))" } ?? ""
                throw error(.duplicateKey, "duplicate key '\(key)'\(place)", at: keyNode)
            }
            lineOfKey[key] = keyNode.line
            entries.append(Entry(key: key, keyNode: keyNode, value: value))
        }
        return entries
    }

    private func sequence(_ node: ConfigurationNode, named name: String, what: String) throws(ConfigurationError) -> [ConfigurationNode] {
        guard case .sequence(let sequence, _) = node else {
            var message = "'\(name)' must be a list of \(what), not \(describe(node))"
            if case .scalar(let scalar) = node, case .string(let text) = ScalarValue(scalar) {
                // Quoted, so the hint is valid YAML and JSON whatever the text (`*.json` unquoted
                // would be a YAML alias).
                message += " (write it as a list: [\(JSONStringEncoding.quoted(text))])"
            }
            throw error(.wrongType, message, at: node)
        }
        return Array(sequence)
    }

    /// `subject` is a phrase: `'fail-on'`, `an entry of 'include'`.
    private func string(_ node: ConfigurationNode, subject: String) throws(ConfigurationError) -> String {
        guard case .scalar(let scalar) = node, case .string(let text) = ScalarValue(scalar) else {
            var message = "\(subject) must be a string, not \(describe(node))"
            if case .scalar(let scalar) = node, scalar.isPlain {
                message += " (quote it to use it as text)"
            }
            throw error(.wrongType, message, at: node)
        }
        return text
    }

    private func nonBlankString(_ node: ConfigurationNode, subject: String, what: String) throws(ConfigurationError) -> String {
        let text = try string(node, subject: subject)
        guard !text.allSatisfy(\.isWhitespace) else {
            throw error(.invalidValue, "\(subject) must be a \(what), not a blank string", at: node)
        }
        return text
    }

    private func strings(_ node: ConfigurationNode, named name: String, what: String) throws(ConfigurationError) -> [String] {
        var result: [String] = []
        let singular = what.hasSuffix("s") ? String(what.dropLast()) : what
        for element in try sequence(node, named: name, what: what) {
            result.append(try nonBlankString(element, subject: "an entry of '\(name)'", what: singular))
        }
        return result
    }

    private func globs(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> [String] {
        let globs = try strings(node, named: name, what: "globs")
        for (glob, element) in zip(globs, try sequence(node, named: name, what: "globs")) {
            if let problem = Glob.syntaxError(in: glob) {
                throw error(.invalidValue, "'\(glob)' in '\(name)' is not a valid glob: \(problem)", at: element)
            }
        }
        return globs
    }

    private func integer(_ node: ConfigurationNode, named name: String, minimum: Int) throws(ConfigurationError) -> Int {
        let expected = minimum == 0 ? "a non-negative integer" : "an integer of at least \(minimum)"
        guard case .scalar(let scalar) = node, case .integer(let text) = ScalarValue(scalar) else {
            throw error(.wrongType, "'\(name)' must be \(expected), not \(describe(node))", at: node)
        }
        guard let value = Int(text) else {
            let isDecimal = text.utf8.dropFirst(text.first == "-" || text.first == "+" ? 1 : 0)
                .allSatisfy { (0x30...0x39).contains($0) }
            let reason = isDecimal ? "\(text) is too large" : "write it in decimal, not '\(text)'"
            throw error(.invalidValue, "'\(name)' must be \(expected) (\(reason))", at: node)
        }
        guard value >= minimum else {
            throw error(.invalidValue, "'\(name)' must be \(expected), not \(text)", at: node)
        }
        return value
    }

    /// A byte count: an integer, or a string such as `64 MiB` (`InputLimits.parseSize`), at least 1.
    private func size(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> Int {
        let expected = "a size in bytes of at least 1, such as 1048576 or '64 MiB'"
        guard case .scalar(let scalar) = node else {
            throw error(.wrongType, "'\(name)' must be \(expected), not \(describe(node))", at: node)
        }
        let text: String
        switch ScalarValue(scalar) {
        case .integer(let digits): text = digits
        case .string(let words): text = words
        default: throw error(.wrongType, "'\(name)' must be \(expected), not \(describe(node))", at: node)
        }
        guard let size = InputLimits.parseSize(text), size >= 1 else {
            throw error(.invalidValue, "'\(name)' must be \(expected) (units B, KB, MB, GB, KiB, MiB, GiB), not '\(text)'", at: node)
        }
        return size
    }

    private func bool(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> Bool {
        guard case .scalar(let scalar) = node, case .bool(let value) = ScalarValue(scalar) else {
            throw error(.wrongType, "'\(name)' must be true or false, not \(describe(node))", at: node)
        }
        return value
    }

    private func visibility(_ node: ConfigurationNode, named name: String) throws(ConfigurationError) -> Visibility {
        let text = try string(node, subject: "'\(name)'")
        guard let visibility = Visibility(rawValue: text) else {
            throw error(
                .invalidValue,
                "unknown visibility '\(text)' for '\(name)' (expected public or private)"
                    + didYouMean(text, in: Visibility.allCases.map(\.rawValue)), at: node)
        }
        return visibility
    }

    /// The code of a built-in rule or a custom rule of this file (`ID` or `custom/ID`).
    private func knownRule(_ name: String, at node: ConfigurationNode, in section: String) throws(ConfigurationError) -> String {
        if let code = ruleNames.code(of: name) { return code }
        throw error(.unknownRule, ruleNames.unknownRuleMessage(name, in: "'\(section)'"), at: node)
    }

    // MARK: Keys and messages

    private func checkKeys(_ entries: [Entry], allowed: [String], in section: String?) throws(ConfigurationError) {
        for entry in entries where !allowed.contains(entry.key) {
            var hint = didYouMean(entry.key, in: allowed)
            // A section's key written at the top level (`select:` for `rules.select`), exactly or
            // nearly.
            if hint.isEmpty, section == nil {
                let nested = Self.sectionOfNestedKey.keys.sorted()
                let match = nested.contains(entry.key) ? entry.key : Suggestion.nearest(to: entry.key, in: nested)
                if let match, let parent = Self.sectionOfNestedKey[match] {
                    hint = " (did you mean '\(parent).\(match)'?)"
                }
            }
            throw error(.unknownKey, "unknown key '\(entry.key)' in \(place(section))\(hint)", at: entry.keyNode)
        }
    }

    private func place(_ section: String?) -> String {
        section.map { "'\($0)'" } ?? "the configuration"
    }

    /// `" (did you mean 'x'?)"` or `""`, from the shared `Suggestion.didYouMean`.
    private func didYouMean(_ word: String, in candidates: [String]) -> String {
        Suggestion.didYouMean(word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    private func describe(_ node: ConfigurationNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch ScalarValue(scalar) {
            case .null: return "an empty value"
            case .bool(let value): return "the boolean \(value)"
            case .integer(let text), .float(let text): return "the number \(text)"
            case .string(let text):
                let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
                return "the string '\(shown)'"
            }
        }
    }

    private func error(_ kind: ConfigurationError.Kind, _ message: String, at node: ConfigurationNode) -> ConfigurationError {
        ConfigurationError(kind, message, file: file, line: node.line, column: node.place?.column)
    }
}
