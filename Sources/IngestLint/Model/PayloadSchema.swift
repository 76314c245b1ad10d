/// Where a documented field lives in a payload.
package enum SchemaLevel: String, Sendable, CaseIterable {
    case payload
    case candidate
    case metadata

    /// "the payload", "a candidate", "metadata", for messages.
    package var phrase: String {
        switch self {
        case .payload: "the payload"
        case .candidate: "a candidate"
        case .metadata: "a candidate's metadata"
        }
    }
}

/// One field the Ingestion API documents (SPEC §1).
package struct FieldSpec: Sendable {
    package let name: String
    package let level: SchemaLevel
    package let type: JSONType
    package let isRequired: Bool
    /// `name` as bytes, to compare with a plain key without building its text.
    let utf8: [UInt8]

    init(name: String, level: SchemaLevel, type: JSONType, isRequired: Bool) {
        self.name = name
        self.level = level
        self.type = type
        self.isRequired = isRequired
        utf8 = Array(name.utf8)
    }

    /// Whether `member`'s key is this field's name. A key without escapes and in ASCII is its
    /// bytes (every field name is ASCII); only another key needs `String` comparison.
    func isKey(of member: MemberView, plainKey: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let plainKey else { return member.hasKey(name) }
        return plainKey.count == utf8.count && plainKey.elementsEqual(utf8)
    }
}

/// The documented shape of a payload.
package enum PayloadSchema {
    /// `Payload` and `Candidate` read their documented members in this order (see `lastMembers`).
    package static let fields: [FieldSpec] = [
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

    private static let payloadFields = fields.filter { $0.level == .payload }
    private static let candidateFields = fields.filter { $0.level == .candidate }
    private static let metadataFields = fields.filter { $0.level == .metadata }

    package static func fields(at level: SchemaLevel) -> [FieldSpec] {
        switch level {
        case .payload: payloadFields
        case .candidate: candidateFields
        case .metadata: metadataFields
        }
    }

    /// The documented field a member's key names at `level` (keys compared as bytes).
    static func field(of member: MemberView, at level: SchemaLevel) -> FieldSpec? {
        let plainKey = member.plainKey
        return fields(at: level).first { $0.isKey(of: member, plainKey: plainKey) }
    }

    /// The level a member's key is documented at, whatever level it was found at.
    static func documentedLevel(of member: MemberView) -> SchemaLevel? {
        let plainKey = member.plainKey
        return fields.first { $0.isKey(of: member, plainKey: plainKey) }?.level
    }

    /// For each field of `level` (in `fields(at:)` order), the last member of `object` with its
    /// key: one pass over the keys, each compared as bytes with the level's few known keys.
    static func lastMembers(of object: ObjectView, at level: SchemaLevel) -> InlineArray<4, MemberView?> {
        var found = InlineArray<4, MemberView?>(repeating: nil)
        let known = fields(at: level)
        for member in object.members {
            let plainKey = member.plainKey
            for (slot, field) in known.enumerated() where field.isKey(of: member, plainKey: plainKey) {
                found[slot] = member
                break
            }
        }
        return found
    }
}
