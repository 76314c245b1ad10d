/// A JSON value to write, with members in the order given, so reports are byte-for-byte
/// deterministic without a sorting encoder.
public indirect enum JSONOutput: Sendable, Equatable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    public static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    /// Pretty output indents by two spaces; compact output has no whitespace (for JSON Lines).
    public func rendered(pretty: Bool) -> String {
        rendered(pretty: pretty, indent: 0)
    }

    /// As nested `indent` levels deep in a pretty document: the first line is not indented,
    /// the following ones are.
    func rendered(pretty: Bool, indent: Int) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: indent)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .string(let text): out += JSONStringEncoding.quoted(text)
        case .int(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let elements):
            if elements.isEmpty {
                out += "[]"
                return
            }
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                if pretty { Self.newline(&out, indent + 1) }
                element.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out += "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                if pretty { Self.newline(&out, indent + 1) }
                out += JSONStringEncoding.quoted(key)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&out, indent) }
            out += "}"
        }
    }

    static func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }
}
