/// An RFC 6901 JSON Pointer, built by appending keys and indexes.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    public private(set) var description: String

    public static let root = JSONPointer(description: "")

    private init(description: String) {
        self.description = description
    }

    public func appending(_ key: String) -> JSONPointer {
        var escaped = ""
        escaped.reserveCapacity(key.utf8.count + 1)
        for character in key.unicodeScalars {
            switch character {
            case "~": escaped += "~0"
            case "/": escaped += "~1"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return JSONPointer(description: description + "/" + escaped)
    }

    public func appending(_ index: Int) -> JSONPointer {
        JSONPointer(description: description + "/" + String(index))
    }
}
