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
    /// The e-mail when it is a non-blank string, checked once for all the e-mail rules (nil
    /// too when no enabled rule reads it: `ViewParts.emailCheck`).
    public let emailCheck: EmailCheck?
    /// `metadata.sendEmailAfter` when it is a number (and `ViewParts.sendEmailAfter` is asked for).
    public let sendEmailAfter: SendEmailAfterValue?

    public struct EmailCheck {
        public let member: MemberView
        public let address: String
        /// Trimmed and lower-cased, as the API stores it; computed once for every e-mail rule.
        public let normalized: String
        /// Nil when the address is valid.
        public let failure: EmailSyntax.Failure?

        /// The lower-cased domain (after the last `@`), when there is one.
        public let domain: String?

        public var isValid: Bool { failure == nil }

        init(member: MemberView, address: String) {
            self.member = member
            self.address = address
            let normalized = EmailAddress.normalized(address)
            self.normalized = normalized
            failure = EmailSyntax.validate(address)
            domain = normalized.lastIndex(of: "@").map { String(normalized[normalized.index(after: $0)...]) }
        }
    }

    /// `metadata.sendEmailAfter` when it is a number, read once for IL400 and IL401.
    public struct SendEmailAfterValue {
        public let member: MemberView
        public let number: JSONNumber
        public let hours: Double
    }

    init(object: ObjectView, index: Int, batchIndex: Int?, parts: ViewParts) {
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
        if parts.contains(.sendEmailAfter), let metadataObject, let member = PayloadSchema.lastMembers(of: metadataObject, at: .metadata)[0],
           let number = member.value.numberValue {
            sendEmailAfter = SendEmailAfterValue(member: member, number: number, hours: number.doubleValue)
        } else {
            sendEmailAfter = nil
        }
        if parts.contains(.emailCheck), let member = email, member.value.isString, !member.value.isBlankString, let address = member.value.stringValue {
            emailCheck = EmailCheck(member: member, address: address)
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
