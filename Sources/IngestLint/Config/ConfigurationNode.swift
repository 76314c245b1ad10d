import Yams

/// A node of a configuration file with its position. YAML (composed by Yams) and JSON (parsed
/// strictly by `JSONParser`) both become this tree, so one decoder gives both forms the same
/// checks and messages.
indirect enum ConfigurationNode {
    /// 1-based line and column in Unicode scalars, as libyaml and `LineIndex` count them.
    struct Place {
        let line: Int
        let column: Int
    }

    struct Scalar {
        let string: String
        /// A plain, untagged scalar: resolved under the YAML 1.2 core schema (`true`, `12`,
        /// `null`); anything quoted or tagged `!!str` is a string.
        let isPlain: Bool
        let place: Place?
    }

    case mapping([(key: ConfigurationNode, value: ConfigurationNode)], Place?)
    case sequence([ConfigurationNode], Place?)
    case scalar(Scalar)
    case alias(Place?)

    var place: Place? {
        switch self {
        case .mapping(_, let place), .sequence(_, let place), .alias(let place): place
        case .scalar(let scalar): scalar.place
        }
    }

    var line: Int? { place?.line }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }
}

extension ConfigurationNode {
    init(_ node: Node) {
        let place = node.mark.map { Place(line: $0.line, column: $0.column) }
        switch node {
        case .mapping(let mapping):
            self = .mapping(mapping.map { (ConfigurationNode($0.key), ConfigurationNode($0.value)) }, place)
        case .sequence(let sequence):
            self = .sequence(sequence.map(ConfigurationNode.init), place)
        case .scalar(let scalar):
            // Yams may already have resolved a plain key's tag with its 1.1 rules while checking
            // duplicates; a 1.1 `str` is a 1.2 `str` too, so this test stays right.
            let isPlain = (scalar.style == .plain || scalar.style == .any) && scalar.tag.rawValue != Tag.Name.str.rawValue
            self = .scalar(Scalar(string: scalar.string, isPlain: isPlain, place: place))
        case .alias:
            self = .alias(place)
        }
    }

    /// A JSON value; `lines` turns its byte offsets into places.
    init(_ value: JSONValue, lines: LineIndex) {
        func place(_ offset: Int) -> Place {
            let position = lines.position(of: offset)
            return Place(line: position.line, column: position.column)
        }
        let at = place(value.range.lowerBound)
        switch value.kind {
        case .object(let members):
            self = .mapping(members.map { member in
                (.scalar(Scalar(string: member.key, isPlain: false, place: place(member.keyRange.lowerBound))),
                 ConfigurationNode(member.value, lines: lines))
            }, at)
        case .array(let elements):
            self = .sequence(elements.map { ConfigurationNode($0, lines: lines) }, at)
        case .string(let text):
            self = .scalar(Scalar(string: text, isPlain: false, place: at))
        case .number(let number):
            self = .scalar(Scalar(string: number.text, isPlain: true, place: at))
        case .bool(let flag):
            self = .scalar(Scalar(string: flag ? "true" : "false", isPlain: true, place: at))
        case .null:
            self = .scalar(Scalar(string: "null", isPlain: true, place: at))
        }
    }
}
