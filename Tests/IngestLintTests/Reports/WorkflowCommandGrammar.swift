/// A GitHub Actions workflow command read the way the runner reads one (`ActionCommand` in
/// actions/runner: `::name key=value,key=value::data`), written here independently of
/// `GitHubReporter` so the reporter is checked against the grammar, not against itself.
/// Stricter than the runner where the runner would silently drop something: an unknown
/// property, a stray `%`, a property without `=` are errors here.
struct WorkflowCommand: Equatable {
    let name: String
    let properties: [String: String]
    let message: String

    struct Invalid: Error, CustomStringConvertible {
        let line: String
        let reason: String
        var description: String { "not a workflow command (\(reason)): \(line.debugDescription)" }
    }

    /// The annotation commands and the properties they take.
    static let names: Set<String> = ["error", "warning", "notice"]
    static let keys: Set<String> = ["file", "line", "col", "endLine", "endColumn", "title"]
    static let numericKeys: Set<String> = ["line", "col", "endLine", "endColumn"]

    static func parse(_ line: Substring) throws(Invalid) -> WorkflowCommand {
        let text = String(line)
        func fail(_ reason: String) -> Invalid { Invalid(line: text, reason: reason) }
        if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { throw fail("a raw line break") }
        guard text.hasPrefix("::") else { throw fail("no leading '::'") }
        let rest = text.dropFirst(2)
        guard let separator = rest.range(of: "::") else { throw fail("no '::' before the message") }
        let header = rest[..<separator.lowerBound]
        let data = rest[separator.upperBound...]
        let name: Substring
        var properties: [String: String] = [:]
        if let space = header.firstIndex(of: " ") {
            name = header[..<space]
            let list = header[header.index(after: space)...]
            guard !list.isEmpty else { throw fail("a space but no properties") }
            for property in list.split(separator: ",", omittingEmptySubsequences: false) {
                guard let equals = property.firstIndex(of: "=") else { throw fail("property '\(property)' has no '='") }
                let key = String(property[..<equals])
                let raw = property[property.index(after: equals)...]
                guard keys.contains(key) else { throw fail("unknown property '\(key)'") }
                guard properties[key] == nil else { throw fail("property '\(key)' twice") }
                guard !raw.contains(":") else { throw fail("an unescaped ':' in '\(key)'") }
                guard let value = unescape(raw, allowed: ["25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","]) else {
                    throw fail("a '%' that is not an escape in '\(key)'")
                }
                if numericKeys.contains(key) {
                    guard let number = Int(value), number >= 1, value.allSatisfy(\.isASCII) else {
                        throw fail("'\(key)' is not a positive number")
                    }
                }
                properties[key] = value
            }
        } else {
            name = header
        }
        guard names.contains(String(name)) else { throw fail("unknown command '\(name)'") }
        if let line = properties["line"].flatMap(Int.init), let endLine = properties["endLine"].flatMap(Int.init), endLine < line {
            throw fail("endLine before line")
        }
        guard let message = unescape(data, allowed: ["25": "%", "0D": "\r", "0A": "\n"]) else {
            throw fail("a '%' that is not an escape in the message")
        }
        return WorkflowCommand(name: String(name), properties: properties, message: message)
    }

    /// Decodes `%XX` left to right, scalar by scalar; `nil` when a `%` starts no allowed escape.
    private static func unescape(_ text: Substring, allowed: [String: String]) -> String? {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%" {
                guard index + 2 < scalars.count else { return nil }
                var code = String.UnicodeScalarView()
                code.append(scalars[index + 1])
                code.append(scalars[index + 2])
                guard let decoded = allowed[String(code)] else { return nil }
                out.append(contentsOf: decoded.unicodeScalars)
                index += 3
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Every line of `report` (which must end with a line feed), parsed.
    static func parseReport(_ report: String) throws -> [WorkflowCommand] {
        guard report.isEmpty || report.hasSuffix("\n") else { throw Invalid(line: report, reason: "no final line feed") }
        return try report.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line throws(Invalid) in
            try parse(line)
        }
    }
}
