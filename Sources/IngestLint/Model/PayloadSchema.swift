/// Where a documented field lives in a payload.
public enum SchemaLevel: String, Sendable, CaseIterable {
    case payload
    case candidate
    case metadata

    /// "the payload", "a candidate", "metadata", for messages.
    public var phrase: String {
        switch self {
        case .payload: "the payload"
        case .candidate: "a candidate"
        case .metadata: "a candidate's metadata"
        }
    }
}

/// One field the Ingestion API documents (SPEC §1).
public struct FieldSpec: Sendable {
    public let name: String
    public let level: SchemaLevel
    public let type: JSONType
    public let isRequired: Bool
}

/// The documented shape of a payload.
public enum PayloadSchema {
    public static let fields: [FieldSpec] = [
        FieldSpec(name: "interviewerId", level: .payload, type: .string, isRequired: true),
        FieldSpec(name: "status", level: .payload, type: .string, isRequired: false),
        FieldSpec(name: "skills", level: .payload, type: .array, isRequired: false),
        FieldSpec(name: "data", level: .payload, type: .array, isRequired: true),
        FieldSpec(name: "name", level: .candidate, type: .string, isRequired: true),
        FieldSpec(name: "email", level: .candidate, type: .string, isRequired: true),
        FieldSpec(name: "additionalFields", level: .candidate, type: .object, isRequired: false),
        FieldSpec(name: "metadata", level: .candidate, type: .object, isRequired: false),
        FieldSpec(name: "sendEmailAfter", level: .metadata, type: .number, isRequired: false),
    ]

    private static let byLevel: [SchemaLevel: [FieldSpec]] = Dictionary(grouping: fields, by: \.level)
    private static let byName: [String: FieldSpec] = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })

    public static func fields(at level: SchemaLevel) -> [FieldSpec] {
        byLevel[level] ?? []
    }

    public static func field(_ name: String, at level: SchemaLevel) -> FieldSpec? {
        guard let field = byName[name], field.level == level else { return nil }
        return field
    }

    /// The level a documented field belongs to, whatever level it was found at.
    public static func documentedLevel(of name: String) -> SchemaLevel? {
        byName[name]?.level
    }
}
