/// One payload object (a file root, a batch element or a JSON Lines line) and its candidates.
public final class Payload: Sendable {
    public let object: ObjectView
    /// The valid candidate objects of `data`, when `data` is an array.
    public let candidates: [Candidate]
    /// The index in the root batch array, when the payload is a batch element.
    public let batchIndex: Int?
    /// The payload, candidate and metadata objects, computed once for all the rules.
    let schemaLevels: [SchemaWalk.Level]

    public init(object: ObjectView, batchIndex: Int? = nil) {
        self.object = object
        self.batchIndex = batchIndex
        var candidates: [Candidate] = []
        if let data = object.member("data"), let elements = data.value.arrayElements {
            let dataPointer = object.pointer(to: data)
            for (index, element) in elements.enumerated() {
                if let view = ObjectView(element, pointer: dataPointer.appending(index)) {
                    candidates.append(Candidate(object: view, index: index))
                }
            }
        }
        self.candidates = candidates
        schemaLevels = SchemaWalk.levels(object: object, candidates: candidates)
    }

    public var interviewerId: JSONMember? { object.member("interviewerId") }
    public var status: JSONMember? { object.member("status") }
    public var skills: JSONMember? { object.member("skills") }
    public var data: JSONMember? { object.member("data") }

    /// The `interviewerId` when it is a non-blank string.
    public var validInterviewerId: String? {
        guard let id = interviewerId?.value.stringValue, !id.isBlank else { return nil }
        return id
    }
}

/// One element of `data` that is an object.
public final class Candidate: Sendable {
    public let object: ObjectView
    /// Index in `data`.
    public let index: Int
    /// The e-mail when it is a non-blank string, checked once for all the e-mail rules.
    public let emailCheck: EmailCheck?

    public struct EmailCheck: Sendable {
        public let member: JSONMember
        public let address: String
        /// Trimmed and lower-cased, as the API stores it; computed once for every e-mail rule.
        public let normalized: String
        /// Nil when the address is valid.
        public let failure: EmailSyntax.Failure?

        public var isValid: Bool { failure == nil }

        /// The lower-cased domain (after the last `@`), when there is one.
        public var domain: String? {
            guard let at = normalized.lastIndex(of: "@") else { return nil }
            return String(normalized[normalized.index(after: at)...])
        }
    }

    init(object: ObjectView, index: Int) {
        self.object = object
        self.index = index
        metadataObject = object.member("metadata").flatMap { ObjectView($0.value, pointer: object.pointer(to: $0)) }
        additionalFieldsObject = object.member("additionalFields").flatMap {
            ObjectView($0.value, pointer: object.pointer(to: $0))
        }
        if let member = object.member("email"), let address = member.value.stringValue, !address.isBlank {
            emailCheck = EmailCheck(
                member: member, address: address, normalized: EmailAddress.normalized(address),
                failure: EmailSyntax.validate(address))
        } else {
            emailCheck = nil
        }
    }

    public var name: JSONMember? { object.member("name") }
    public var email: JSONMember? { object.member("email") }
    public var additionalFields: JSONMember? { object.member("additionalFields") }
    public var metadata: JSONMember? { object.member("metadata") }

    /// `metadata` as an object view, when it is one.
    public let metadataObject: ObjectView?
    /// `additionalFields` as an object view, when it is one.
    public let additionalFieldsObject: ObjectView?
}

extension String {
    /// Empty or only whitespace (Unicode white space, as the API trims).
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.isWhiteSpace }
    }

    /// Without leading and trailing Unicode white space.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
