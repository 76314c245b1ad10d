/// A parsed JSON value that remembers where it came from.
///
/// Ranges are half-open UTF-8 byte offsets into the document the value was parsed from.
public struct JSONValue: Sendable {
    public enum Kind: Sendable {
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        case number(JSONNumber)
        case bool(Bool)
        case null
    }

    public let kind: Kind
    public let range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The JSON type name used in messages ("object", "array", "string", …).
    public var typeName: String { type.rawValue }

    public var type: JSONType {
        switch kind {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: .number
        case .bool: .boolean
        case .null: .null
        }
    }

    public var objectMembers: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    public var arrayElements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    public var stringValue: String? {
        if case .string(let string) = kind { return string }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let number) = kind { return number }
        return nil
    }

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}

public enum JSONType: String, Sendable, CaseIterable {
    case object, array, string, number, boolean, null
}

/// One `"key": value` pair of an object, in source order. Duplicate keys are kept.
public struct JSONMember: Sendable {
    /// The key after unescaping.
    public let key: String
    /// The key's range including its quotes.
    public let keyRange: Range<Int>
    public let value: JSONValue

    public init(key: String, keyRange: Range<Int>, value: JSONValue) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }

    /// From the key's opening quote to the end of the value.
    public var range: Range<Int> { keyRange.lowerBound..<value.range.upperBound }
}

/// A JSON number kept as written; converted on demand.
public struct JSONNumber: Sendable, Equatable {
    public let text: String
    /// Written without a fraction or an exponent.
    public let isIntegerLiteral: Bool

    public init(text: String, isIntegerLiteral: Bool) {
        self.text = text
        self.isIntegerLiteral = isIntegerLiteral
    }

    public var doubleValue: Double { Double(text) ?? .nan }
}
