/// The objects of a payload whose keys the schema describes, with their level: the payload,
/// each candidate object of `data`, and each candidate's `metadata` object.
///
/// Rules share this walk so they agree on what is checked: a value of the wrong type or a
/// misplaced field is never descended into.
enum SchemaWalk {
    struct Level {
        let object: ObjectView
        let level: SchemaLevel
    }

    static func levels(of payload: Payload) -> [Level] {
        payload.schemaLevels
    }

    static func levels(object: ObjectView, candidates: [Candidate]) -> [Level] {
        var levels = [Level(object: object, level: .payload)]
        // A level per candidate; those with `metadata` grow the array (no second pass to count them).
        levels.reserveCapacity(1 + candidates.count)
        for candidate in candidates {
            levels.append(Level(object: candidate.object, level: .candidate))
            if let metadata = candidate.metadataObject {
                levels.append(Level(object: metadata, level: .metadata))
            }
        }
        return levels
    }

    /// The documented fields of a candidate whose values are free-form custom fields.
    static func customFieldObjects(of candidate: Candidate) -> CustomFieldObjects {
        CustomFieldObjects(first: candidate.additionalFieldsObject, second: candidate.metadataObject)
    }

    /// `additionalFields` then `metadata`, when they are objects: two slots, no array per candidate.
    struct CustomFieldObjects: Sequence, IteratorProtocol {
        var first: ObjectView?
        var second: ObjectView?

        mutating func next() -> ObjectView? {
            if let object = first {
                first = nil
                return object
            }
            defer { second = nil }
            return second
        }
    }
}
