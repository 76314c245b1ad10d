/// A JSON object at a known pointer, read the way most JSON parsers read it: for a repeated key,
/// the last value wins.
public final class ObjectView: Sendable {
    public let value: JSONValue
    public let members: [JSONMember]
    public let pointer: JSONPointer
    /// One member per distinct key (its last occurrence), in source order.
    public let effectiveMembers: [JSONMember]

    public init?(_ value: JSONValue, pointer: JSONPointer) {
        guard let members = value.objectMembers else { return nil }
        self.value = value
        self.members = members
        self.pointer = pointer
        effectiveMembers = Self.lastOccurrences(members)
    }

    /// The last member with this key.
    public func member(_ key: String) -> JSONMember? {
        members.last { $0.key == key }
    }

    public func pointer(to member: JSONMember) -> JSONPointer {
        pointer.appending(member.key)
    }

    static func lastOccurrences(_ members: [JSONMember]) -> [JSONMember] {
        if members.count < 2 { return members }
        if members.count <= 16 {
            // Payload objects are small: a quadratic scan beats hashing.
            var hasRepeat = false
            for index in 1..<members.count where members[..<index].contains(where: { $0.key == members[index].key }) {
                hasRepeat = true
                break
            }
            if !hasRepeat { return members }
        }
        var lastIndex: [String: Int] = [:]
        for (index, member) in members.enumerated() { lastIndex[member.key] = index }
        if lastIndex.count == members.count { return members }
        return members.enumerated().filter { lastIndex[$0.element.key] == $0.offset }.map(\.element)
    }
}
