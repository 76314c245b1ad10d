/// One element of `data` that is an object: a view over the tape, with its documented fields
/// found and its e-mail checked once for all the rules.
package struct Candidate {
    package let object: ObjectView
    /// Index in `data`.
    package let index: Int
    package let name: MemberView?
    package let email: MemberView?
    package let additionalFields: MemberView?
    package let metadata: MemberView?
    /// `metadata` as an object view, when it is one.
    package let metadataObject: ObjectView?
    /// `additionalFields` as an object view, when it is one.
    package let additionalFieldsObject: ObjectView?
    /// The e-mail when it is a non-blank string, checked once for all the e-mail rules (nil
    /// too when no enabled rule reads it: `ViewParts.emailCheck`).
    package let emailCheck: EmailCheck?
    /// `metadata.sendEmailAfter` when it is a number (and `ViewParts.sendEmailAfter` is asked for).
    package let sendEmailAfter: SendEmailAfterValue?

    /// A reference, so that a rule's copy of a candidate retains one object, not each string.
    package final class EmailCheck {
        package let member: MemberView
        package let address: String
        /// Trimmed and lower-cased, as the API stores it; computed once for every e-mail rule.
        package let normalized: String
        /// Nil when the address is valid.
        package let failure: EmailSyntax.Failure?

        /// The lower-cased domain (after the last `@`), when there is one.
        package let domain: String?

        package var isValid: Bool { failure == nil }

        init(member: MemberView, address: String) {
            self.member = member
            self.address = address
            (normalized, domain) = EmailAddress.normalizedWithDomain(address)
            failure = EmailSyntax.validate(address)
        }
    }

    /// `metadata.sendEmailAfter` when it is a number, read once for IL400 and IL401.
    package struct SendEmailAfterValue {
        package let member: MemberView
        package let number: JSONNumber
        package let hours: Double
    }

    init(object: ObjectView, index: Int, batchIndex: Int?, parts: ViewParts) {
        self.object = object
        self.index = index
        let found = PayloadSchema.lastMembers(of: object, at: .candidate)
        (name, email, additionalFields, metadata) = (found[0], found[1], found[2], found[3])
        metadataObject = metadata.flatMap {
            ObjectView($0.value, location: .candidateMember(batchIndex: batchIndex, index: index, member: .metadata))
        }
        additionalFieldsObject = additionalFields.flatMap {
            ObjectView($0.value, location: .candidateMember(batchIndex: batchIndex, index: index, member: .additionalFields))
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
    package var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.isWhiteSpace }
    }

    /// Without leading and trailing Unicode white space.
    package var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
