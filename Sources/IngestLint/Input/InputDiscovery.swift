import Foundation

/// One thing to lint: a file on disk or standard input.
public enum LintInput: Sendable, Equatable {
    /// `path` opens the file; `displayPath` is how reports name it (as the user wrote it).
    case file(path: String, displayPath: String)
    case standardInput(displayPath: String)

    public var displayPath: String {
        switch self {
        case .file(_, let displayPath), .standardInput(let displayPath): displayPath
        }
    }
}

/// Expands the command-line paths into inputs: directories are walked recursively for
/// `*.json`, `*.jsonl` and `*.ndjson`, skipping hidden folders and files, honouring the
/// configuration's `include` and `exclude` globs (relative to the configuration's folder).
/// A file named explicitly is always linted, whatever its extension or the globs.
public struct InputDiscovery: Sendable {
    public static let extensions = ["json", "jsonl", "ndjson"]

    public let include: [Glob]
    public let exclude: [Glob]
    /// The folder the globs are relative to, as an absolute path.
    public let globBase: String
    public let standardInputName: String

    public init(configuration: Configuration, standardInputName: String? = nil) {
        include = configuration.include.map(Glob.init)
        exclude = configuration.exclude.map(Glob.init)
        let current = FileManager.default.currentDirectoryPath
        globBase = Self.absolute(configuration.baseDirectory ?? current, relativeTo: current)
        self.standardInputName = standardInputName ?? "<stdin>"
    }

    /// The inputs sorted by the path reports show, so reports are in file order whatever the
    /// order of the arguments.
    public func inputs(for arguments: [String]) throws(InputError) -> [LintInput] {
        var inputs: [LintInput] = []
        var seen: Set<String> = []
        let fileManager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append(.standardInput(displayPath: standardInputName))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw InputError("no such file or directory: '\(argument)'")
            }
            if isDirectory.boolValue {
                for path in try walk(argument) where seen.insert(path).inserted {
                    inputs.append(.file(path: path, displayPath: path))
                }
            } else {
                guard fileManager.isReadableFile(atPath: argument) else {
                    throw InputError("cannot read '\(argument)': permission denied")
                }
                if seen.insert(argument).inserted {
                    inputs.append(.file(path: argument, displayPath: argument))
                }
            }
        }
        return inputs.enumerated()
            .sorted { ($0.element.displayPath, $0.offset) < ($1.element.displayPath, $1.offset) }
            .map(\.element)
    }

    /// Files under `directory`, sorted, as `directory/relative/path`.
    func walk(_ directory: String) throws(InputError) -> [String] {
        let fileManager = FileManager.default
        // `ingestlint .` reports `a.json`, not `./a.json`.
        let prefix = directory == "." || directory == "./" ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        guard let enumerator = fileManager.enumerator(atPath: directory) else {
            throw InputError("cannot read directory '\(directory)'")
        }
        var paths: [String] = []
        let current = fileManager.currentDirectoryPath
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let path = prefix + relative
            let isDirectory = (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory
            let globPath = relativeToBase(Self.absolute(path, relativeTo: current))
            if name.hasPrefix(".") || exclude.contains(where: { $0.matches(globPath) }) {
                if isDirectory { enumerator.skipDescendants() }
                continue
            }
            if isDirectory { continue }
            let fileExtension = (name as NSString).pathExtension.lowercased()
            guard Self.extensions.contains(fileExtension) else { continue }
            if !include.isEmpty, !include.contains(where: { $0.matches(globPath) }) { continue }
            paths.append(path)
        }
        return paths.sorted()
    }

    func relativeToBase(_ absolutePath: String) -> String {
        let base = globBase.hasSuffix("/") ? globBase : globBase + "/"
        return absolutePath.hasPrefix(base) ? String(absolutePath.dropFirst(base.count)) : absolutePath
    }

    static func absolute(_ path: String, relativeTo directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        return (joined as NSString).standardizingPath
    }
}
