/// An RFC 6901 JSON Pointer, built by appending keys and indexes.
///
/// Every object a rule looks at has a pointer but few are ever reported, so appending is one
/// small allocation and the escaped text is only built by `description`.
package struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    private enum Component: Sendable {
        case key(String)
        case index(Int)
    }

    private final class Node: Sendable {
        let parent: Node?
        let component: Component

        init(parent: Node?, component: Component) {
            self.parent = parent
            self.component = component
        }
    }

    private let last: Node?

    package static let root = JSONPointer(last: nil)

    private init(last: Node?) {
        self.last = last
    }

    package func appending(_ key: String) -> JSONPointer {
        JSONPointer(last: Node(parent: last, component: .key(key)))
    }

    package func appending(_ index: Int) -> JSONPointer {
        JSONPointer(last: Node(parent: last, component: .index(index)))
    }

    package var description: String {
        var components: [Component] = []
        var node = last
        while let current = node {
            components.append(current.component)
            node = current.parent
        }
        // `~` and `/` are ASCII: escaping the UTF-8 bytes is escaping the scalars.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(components.count * 8)
        for component in components.reversed() {
            bytes.append(UInt8(ascii: "/"))
            switch component {
            case .index(let index):
                bytes += String(index).utf8
            case .key(let key):
                for byte in key.utf8 {
                    switch byte {
                    case UInt8(ascii: "~"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "0")]
                    case UInt8(ascii: "/"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "1")]
                    default: bytes.append(byte)
                    }
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    package static func == (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.description == rhs.description
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(description)
    }
}

extension JSONPointer {
    /// `/data/N`, or `/B/data/N` for an element of a batch.
    static func candidate(batchIndex: Int?, candidate: Int) -> JSONPointer {
        var pointer = JSONPointer.root
        if let batchIndex { pointer = pointer.appending(batchIndex) }
        return pointer.appending("data").appending(candidate)
    }

    /// `/data/N/email`, or `/B/data/N/email` for an element of a batch.
    static func candidateEmail(batchIndex: Int?, candidate: Int) -> JSONPointer {
        Self.candidate(batchIndex: batchIndex, candidate: candidate).appending("email")
    }
}
