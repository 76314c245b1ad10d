/// An RFC 6901 JSON Pointer, built by appending keys and indexes.
///
/// It is its escaped text: views build pointers only for findings (`ViewLocation`), and a
/// finding's pointer is written into its report, so the text is built once as it is appended
/// to — most pointers (`/data/3/email`) fit in a small string and allocate nothing.
package struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    package let description: String

    package static let root = JSONPointer(description: "")

    private init(description: String) {
        self.description = description
    }

    package func appending(_ key: String) -> JSONPointer {
        // `~` and `/` are ASCII: escaping the UTF-8 bytes is escaping the scalars.
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else {
            return JSONPointer(description: description + "/" + key)
        }
        var escaped = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return JSONPointer(description: description + "/" + escaped)
    }

    package func appending(_ index: Int) -> JSONPointer {
        JSONPointer(description: description + "/" + String(index))
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
