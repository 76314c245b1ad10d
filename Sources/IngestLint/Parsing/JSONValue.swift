/// A parsed JSON value that remembers where it came from.
///
/// Ranges are half-open UTF-8 byte offsets into the document the value was parsed from.
package struct JSONValue: Sendable {
    package enum Kind: Sendable {
        case object([JSONMember])
        case array([JSONValue])
        case string(String)
        case number(JSONNumber)
        case bool(Bool)
        case null
    }

    package let kind: Kind
    package let range: Range<Int>

    package init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The JSON type name used in messages ("object", "array", "string", …).
    package var typeName: String { type.rawValue }

    package var type: JSONType {
        switch kind {
        case .object: .object
        case .array: .array
        case .string: .string
        case .number: .number
        case .bool: .boolean
        case .null: .null
        }
    }

    package var objectMembers: [JSONMember]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    package var arrayElements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    package var stringValue: String? {
        if case .string(let string) = kind { return string }
        return nil
    }

    package var numberValue: JSONNumber? {
        if case .number(let number) = kind { return number }
        return nil
    }

    package var isNull: Bool {
        if case .null = kind { return true }
        return false
    }
}

package enum JSONType: String, Sendable, CaseIterable {
    case object, array, string, number, boolean, null
}

/// One `"key": value` pair of an object, in source order. Duplicate keys are kept.
package struct JSONMember: Sendable {
    /// The key after unescaping.
    package let key: String
    /// The key's range including its quotes.
    package let keyRange: Range<Int>
    package let value: JSONValue

    package init(key: String, keyRange: Range<Int>, value: JSONValue) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }

    /// From the key's opening quote to the end of the value.
    package var range: Range<Int> { keyRange.lowerBound..<value.range.upperBound }
}

/// A JSON number kept as written; converted on demand.
package struct JSONNumber: Sendable, Equatable {
    package let text: String
    /// Written without a fraction or an exponent.
    package let isIntegerLiteral: Bool

    package init(text: String, isIntegerLiteral: Bool) {
        self.text = text
        self.isIntegerLiteral = isIntegerLiteral
    }

    package var doubleValue: Double { Double(text) ?? .nan }
}
