/// The first position of each distinct key among a payload's few values (its skills, its
/// candidates' addresses). Comparing with each earlier key beats hashing every one — a
/// `String` hash normalises non-ASCII text first — until there are many: past
/// `linearLimit` keys a dictionary takes over, so a hostile payload stays linear.
struct FirstOccurrences<Key: Hashable> {
    static var linearLimit: Int { 16 }
    private var list: [(key: Key, position: Int)] = []
    private var dictionary: [Key: Int]?

    init(expectedCount: Int) {
        if expectedCount > Self.linearLimit { dictionary = [:] } else { list.reserveCapacity(expectedCount) }
    }

    /// The first position of `key`, or nil after recording `position` as its first.
    mutating func first(of key: Key, orInsert position: Int) -> Int? {
        if dictionary == nil, list.count == Self.linearLimit {
            dictionary = Dictionary(list, uniquingKeysWith: { first, _ in first })
            list = []
        }
        if dictionary != nil {
            if let first = dictionary?[key] { return first }
            dictionary?[key] = position
            return nil
        }
        if let earlier = list.first(where: { $0.key == key }) { return earlier.position }
        list.append((key, position))
        return nil
    }
}
