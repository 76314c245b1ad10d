/// One element of `data` that is an object: a view over the tape, with its documented fields
/// found and its e-mail checked once for all the rules.
public struct Candidate {
    public let object: ObjectView
    /// Index in `data`.
    public let index: Int
    public let name: MemberView?
    public let email: MemberView?
    public let additionalFields: MemberView?
    public let metadata: MemberView?
    /// `metadata` as an object view, when it is one.
    public let metadataObject: ObjectView?
    /// `additionalFields` as an object view, when it is one.
    public let additionalFieldsObject: ObjectView?
    /// The e-mail when it is a non-blank string, checked once for all the e-mail rules.
    public let emailCheck: EmailCheck?

    public struct EmailCheck {
        public let member: MemberView
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

    init(object: ObjectView, index: Int, batchIndex: Int?) {
        self.object = object
        self.index = index
        let found = PayloadSchema.lastMembers(of: object, at: .candidate)
        (name, email, additionalFields, metadata) = (found[0], found[1], found[2], found[3])
        metadataObject = metadata.flatMap {
            ObjectView($0.value, location: .candidateMember(batchIndex: batchIndex, index: index, key: "metadata"))
        }
        additionalFieldsObject = additionalFields.flatMap {
            ObjectView($0.value, location: .candidateMember(batchIndex: batchIndex, index: index, key: "additionalFields"))
        }
        if let member = email, member.value.isString, !member.value.isBlankString, let address = member.value.stringValue {
            emailCheck = EmailCheck(
                member: member, address: address, normalized: EmailAddress.normalized(address),
                failure: EmailSyntax.validate(address))
        } else {
            emailCheck = nil
        }
    }
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
