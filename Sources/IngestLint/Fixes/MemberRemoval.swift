/// The edit that deletes one member from an object and keeps the rest valid JSON.
package enum MemberRemoval {
    /// Removes `members[index]` with the comma that separates it from a neighbour, so
    /// `{"a": 1, "b": null}` becomes `{"a": 1}` and the indentation of the others is kept.
    package static func edit(removing index: Int, from members: [MemberView]) -> Edit {
        let member = members[index]
        if index + 1 < members.count {
            // Up to the next key: takes this member, its comma and the whitespace after it.
            return Edit(range: member.keyRange.lowerBound..<members[index + 1].keyRange.lowerBound, replacement: "")
        }
        if index > 0 {
            // The last member: from the end of the previous value, which takes the comma before it.
            return Edit(range: members[index - 1].value.range.upperBound..<member.value.range.upperBound, replacement: "")
        }
        return Edit(range: member.range, replacement: "")
    }
}
