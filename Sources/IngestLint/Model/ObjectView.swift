/// A JSON object at a known place in a payload, read the way most JSON parsers read it: for a
/// repeated key, the last value wins.
package struct ObjectView {
    package let value: ValueView
    let location: ViewLocation
    /// Some key occurs more than once (compared after unescaping); found once, when the view
    /// is built, so `effectiveMembers` costs nothing for the usual object without repeats.
    let hasRepeatedKeys: Bool

    init?(_ value: ValueView, location: ViewLocation) {
        guard let members = value.objectMembers else { return nil }
        self.value = value
        self.location = location
        hasRepeatedKeys = Self.hasRepeats(members)
    }

    /// Where the object is; built only when a finding needs it.
    package var pointer: JSONPointer { location.pointer }

    /// Every member in source order, repeated keys included.
    package var members: ObjectMembers {
        ObjectMembers(source: value.source, first: value.index + 1, end: Int(value.node.next))
    }

    /// One member per distinct key (its last occurrence), in source order.
    package var effectiveMembers: EffectiveMembers {
        hasRepeatedKeys ? EffectiveMembers(lastOccurrences: Self.lastOccurrences(members)) : EffectiveMembers(all: members)
    }

    /// The last member with this key.
    package func member(_ key: String) -> MemberView? {
        var found: MemberView?
        for member in members where member.hasKey(key) { found = member }
        return found
    }

    package func pointer(to member: MemberView) -> JSONPointer {
        pointer.appending(member.key)
    }

    /// Payload objects are small: a quadratic scan over key bytes beats hashing there.
    static func hasRepeats(_ members: ObjectMembers) -> Bool {
        var count = 0
        var iterator = members.makeIterator()
        while let member = iterator.next() {
            count += 1
            if count > 16 { return hashedKeysRepeat(members) }
            var earlier = members.makeIterator()
            while let other = earlier.next(), other.keyIndex < member.keyIndex {
                if member.hasSameKey(as: other) { return true }
            }
        }
        return false
    }

    private static func hashedKeysRepeat(_ members: ObjectMembers) -> Bool {
        var seen = Set<String>()
        for member in members where !seen.insert(member.key).inserted { return true }
        return false
    }

    static func lastOccurrences(_ members: ObjectMembers) -> [MemberView] {
        let all = Array(members)
        var lastIndex: [String: Int] = [:]
        for (index, member) in all.enumerated() { lastIndex[member.key] = index }
        return all.enumerated().filter { lastIndex[$0.element.key] == $0.offset }.map(\.element)
    }
}

/// `ObjectView.effectiveMembers`: the members themselves, or the last occurrences when keys repeat.
package struct EffectiveMembers: Sequence {
    private enum Storage {
        case all(ObjectMembers)
        case lastOccurrences([MemberView])
    }

    private let storage: Storage

    init(all members: ObjectMembers) { storage = .all(members) }
    init(lastOccurrences members: [MemberView]) { storage = .lastOccurrences(members) }

    package func makeIterator() -> Iterator {
        switch storage {
        case .all(let members): Iterator(members: members.makeIterator(), list: nil)
        case .lastOccurrences(let list): Iterator(members: nil, list: list.makeIterator())
        }
    }

    package struct Iterator: IteratorProtocol {
        var members: ObjectMembers.Iterator?
        var list: IndexingIterator<[MemberView]>?

        package mutating func next() -> MemberView? {
            if members != nil { return members?.next() }
            return list?.next()
        }
    }
}

/// Where a viewed object is in its document, from which its JSON Pointer is built on demand:
/// appending to a pointer allocates, and few objects are ever reported. Plain data (no
/// `String`), so copying a view costs no reference counting.
enum ViewLocation {
    /// The candidate members that are objects with rules of their own.
    enum CandidateMember: UInt8 {
        case metadata, additionalFields

        var key: String {
            switch self {
            case .metadata: "metadata"
            case .additionalFields: "additionalFields"
            }
        }
    }

    /// A payload: the document root, or element `batchIndex` of a root batch array.
    case payload(batchIndex: Int?)
    /// Element `index` of a payload's `data`.
    case candidate(batchIndex: Int?, index: Int)
    /// A candidate's member `metadata` or `additionalFields`.
    case candidateMember(batchIndex: Int?, index: Int, member: CandidateMember)

    var pointer: JSONPointer {
        switch self {
        case .payload(let batchIndex):
            return batchIndex.map { JSONPointer.root.appending($0) } ?? .root
        case .candidate(let batchIndex, let index):
            return JSONPointer.candidate(batchIndex: batchIndex, candidate: index)
        case .candidateMember(let batchIndex, let index, let member):
            return JSONPointer.candidate(batchIndex: batchIndex, candidate: index).appending(member.key)
        }
    }
}
