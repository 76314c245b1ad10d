/// A JSON value to write, with members in the order given, so reports are byte-for-byte
/// deterministic without a sorting encoder.
package indirect enum JSONOutput: Sendable, Equatable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case int(Int)
    case bool(Bool)
    case null

    package static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    /// Pretty output indents by two spaces; compact output has no whitespace (for JSON Lines).
    package func rendered(pretty: Bool) -> String {
        rendered(pretty: pretty, indent: 0)
    }

    /// As nested `indent` levels deep in a pretty document: the first line is not indented,
    /// the following ones are.
    func rendered(pretty: Bool, indent: Int) -> String {
        var writer = JSONWriter(pretty: pretty, indent: indent)
        write(to: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    func write(to writer: inout JSONWriter) {
        switch self {
        case .string(let text): writer.string(text)
        case .int(let number): writer.int(number)
        case .bool(let flag): writer.bool(flag)
        case .null: writer.null()
        case .array(let elements):
            writer.openArray()
            for element in elements { element.write(to: &writer) }
            writer.close()
        case .object(let members):
            writer.openObject()
            for (key, value) in members {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.close()
        }
    }
}
