/// A JSON object at a known pointer, read the way most JSON parsers read it: for a repeated key,
/// the last value wins.
public struct ObjectView: Sendable {
    public let value: JSONValue
    public let members: [JSONMember]
    public let pointer: JSONPointer

    public init?(_ value: JSONValue, pointer: JSONPointer) {
        guard let members = value.objectMembers else { return nil }
        self.value = value
        self.members = members
        self.pointer = pointer
    }

    /// The last member with this key.
    public func member(_ key: String) -> JSONMember? {
        members.last { $0.key == key }
    }

    /// One member per distinct key (its last occurrence), in source order.
    public var effectiveMembers: [JSONMember] {
        if members.count < 2 { return members }
        var result: [JSONMember] = []
        result.reserveCapacity(members.count)
        for (index, member) in members.enumerated()
        where !members[(index + 1)...].contains(where: { $0.key == member.key }) {
            result.append(member)
        }
        return result
    }

    public func pointer(to member: JSONMember) -> JSONPointer {
        pointer.appending(member.key)
    }
}
