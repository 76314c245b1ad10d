/// Per-payload work that only some rules need. The linter asks for the union of what its
/// enabled rules read (`Rule.reads`), so `--select IL100` or a run without the e-mail rules does
/// not normalise and validate every address.
package struct ViewParts: OptionSet, Sendable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// `Candidate.emailCheck`: the address normalised and validated.
    package static let emailCheck = ViewParts(rawValue: 1 << 0)
    /// `Payload.skillList`: each skill's canonical form and first occurrence.
    package static let skillList = ViewParts(rawValue: 1 << 1)
    /// `Candidate.sendEmailAfter`: the number and its value in hours.
    package static let sendEmailAfter = ViewParts(rawValue: 1 << 2)
}
