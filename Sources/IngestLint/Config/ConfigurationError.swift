/// A configuration file that cannot be used. The CLI prints `description` on standard error and
/// exits with status 2 (SPEC §7, §8).
///
/// `description` is one sentence, prefixed with `file:line:` when the place is known
/// (`.ingestlint.yml:4: unknown key 'fial-on' in the configuration (did you mean 'fail-on'?)`),
/// or `file:` when only the file is.
package struct ConfigurationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, for callers and tests that branch on it. A struct over a private enum
    /// (as swift-nio does) so new kinds do not break exhaustive switches in client code.
    package struct Kind: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unreadableFile = "unreadable file"
            case invalidEncoding = "invalid encoding"
            case syntax
            case duplicateKey = "duplicate key"
            case unknownKey = "unknown key"
            case wrongType = "wrong type"
            case invalidValue = "invalid value"
            case unknownRule = "unknown rule"
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The file does not exist, is a folder, or cannot be read.
        package static let unreadableFile = Kind(.unreadableFile)
        /// The file is not UTF-8.
        package static let invalidEncoding = Kind(.invalidEncoding)
        /// The text is not valid YAML (or JSON, for the `.json` form).
        package static let syntax = Kind(.syntax)
        /// A key appears twice in one mapping.
        package static let duplicateKey = Kind(.duplicateKey)
        /// A key the configuration does not know at that level.
        package static let unknownKey = Kind(.unknownKey)
        /// A value of the wrong YAML type (a string where a number is expected, …).
        package static let wrongType = Kind(.wrongType)
        /// A value of the right type that is not allowed (negative number, unknown severity, …).
        package static let invalidValue = Kind(.invalidValue)
        /// A rule code or name that no rule has.
        package static let unknownRule = Kind(.unknownRule)

        package var description: String { base.rawValue }
    }

    package let kind: Kind
    /// One sentence, lower-case start, no trailing period, no position.
    package let message: String
    /// The configuration file as given, when there is one.
    package let file: String?
    /// 1-based line, when known.
    package let line: Int?
    /// 1-based column in Unicode scalars, when known; not part of `description`.
    package let column: Int?

    package init(_ kind: Kind, _ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }

    package var description: String {
        switch (file, line) {
        case let (file?, line?): "\(file):\(line): \(message)"
        case let (file?, nil): "\(file): \(message)"
        case let (nil, line?): "line \(line): \(message)"
        case (nil, nil): message
        }
    }
}
