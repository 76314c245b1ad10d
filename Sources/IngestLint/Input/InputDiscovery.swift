#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing to lint: a file on disk or standard input.
package enum LintInput: Sendable, Equatable {
    /// `path` opens the file; `displayPath` is how reports name it (as the user wrote it).
    /// `walked`: found by walking a folder, so it is read only if it is still a regular file.
    case file(path: String, displayPath: String, walked: Bool = false)
    case standardInput(displayPath: String)

    package var displayPath: String {
        switch self {
        case .file(_, let displayPath, _), .standardInput(let displayPath): displayPath
        }
    }
}

/// What `InputDiscovery` found: the inputs, and what it skipped while walking that the user
/// should hear about.
package struct DiscoveredInputs: Sendable, Equatable {
    package var inputs: [LintInput] = []
    /// One sentence each: a dangling symbolic link, a symbolic-link loop, a name that is not
    /// UTF-8. The run goes on.
    package var warnings: [String] = []
    /// One sentence each: a folder met while walking that cannot be read. Its files are not
    /// linted, so the run must not pass (exit 2), but the other inputs are still linted.
    package var errors: [InputError] = []
}

/// Expands the command-line paths into inputs: directories are walked recursively for
/// `*.json`, `*.jsonl` and `*.ndjson`, skipping hidden folders and files, honouring the
/// configuration's `include` and `exclude` globs (relative to the configuration's folder).
/// A file named explicitly is always linted, whatever its extension, its type or the globs.
///
/// Walking is safe on any tree: only regular files (or symbolic links to them) are taken, so a
/// FIFO, socket or device never blocks or floods the run; folders are tracked by device and
/// inode, so a symbolic-link loop ends; every file is linted once, however it was spelt, under
/// its first spelling in report order. Paths are compared as bytes, never as Swift strings
/// (which equate NFC and NFD spellings of different files).
package struct InputDiscovery: Sendable {
    package static let extensions = ["json", "jsonl", "ndjson"]

    package let include: [Glob]
    package let exclude: [Glob]
    /// The folder the globs are relative to, as an absolute path.
    package let globBase: String
    package let standardInputName: String

    package init(configuration: Configuration, standardInputName: String? = nil) {
        include = configuration.include.map(Glob.init)
        exclude = configuration.exclude.map(Glob.init)
        let current = Self.currentDirectory()
        globBase = Self.resolved(configuration.baseDirectory ?? current, relativeTo: current)
        self.standardInputName = standardInputName ?? "<stdin>"
    }

    /// The inputs sorted by the path reports show (warnings are dropped; see `discover`).
    package func inputs(for arguments: [String]) throws(InputError) -> [LintInput] {
        try discover(arguments).inputs
    }

    /// The inputs sorted by the path reports show (as bytes), so reports are in file order
    /// whatever the order of the arguments; a file reached twice is kept under its first
    /// spelling in that order. Throws for a named path that does not exist.
    package func discover(_ arguments: [String]) throws(InputError) -> DiscoveredInputs {
        var walk = Walk()
        var standardInputs: [LintInput] = []
        // Folders are walked in sorted order, so one reached twice keeps its first spelling.
        let ordered = arguments.enumerated().sorted { Self.precedes(($0.element, $0.offset), ($1.element, $1.offset)) }
        for (_, argument) in ordered {
            if argument == "-" {
                standardInputs.append(.standardInput(displayPath: standardInputName))
                continue
            }
            var status = stat()
            guard stat(argument, &status) == 0 else {
                let code = errno
                var link = stat()
                if code == ENOENT, lstat(argument, &link) == 0 {
                    throw InputError("'\(argument)' is a symbolic link to '\(Self.linkTarget(argument))', which does not exist")
                }
                if code == ENOENT || code == ENOTDIR { throw InputError("no such file or directory: '\(argument)'") }
                throw InputError("cannot read '\(argument)': \(FileReader.reason(code))")
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walkRoot(argument, status: status, into: &walk)
            } else {
                // Named explicitly: read whatever it is (FIFO, device, /dev/stdin), within the limits.
                walk.files.append(.init(path: argument, identity: FileIdentity(status)))
            }
        }
        var result = DiscoveredInputs(warnings: walk.warnings, errors: walk.errors)
        var seen: Set<FileIdentity> = []
        let files = walk.files.enumerated()
            .sorted { Self.precedes(($0.element.path, $0.offset), ($1.element.path, $1.offset)) }
            .map(\.element)
        var inputs: [LintInput] = []
        for file in files where seen.insert(file.identity).inserted {
            inputs.append(.file(path: file.path, displayPath: file.path, walked: file.walked))
        }
        // Standard input sorts by its display name, like any file.
        inputs += standardInputs
        result.inputs = inputs.enumerated()
            .sorted { Self.precedes(($0.element.displayPath, $0.offset), ($1.element.displayPath, $1.offset)) }
            .map(\.element)
        return result
    }

    // MARK: Walking

    /// A file by device and inode: two spellings of one file are the same input.
    struct FileIdentity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    struct Walk {
        struct File {
            let path: String
            let identity: FileIdentity
            /// Found in a folder rather than named.
            var walked = false
        }
        var files: [File] = []
        var warnings: [String] = []
        var errors: [InputError] = []
        /// Every folder walked so far: one reached again (a second spelling, a link) is not
        /// walked again, so no tree of links can make the walk explode.
        var visited: Set<FileIdentity> = []
    }

    /// Walks a folder named on the command line.
    func walkRoot(_ directory: String, status: stat, into walk: inout Walk) {
        // `ingestlint .` reports `a.json`, not `./a.json`.
        let prefix = directory == "." || directory == "./" ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        let current = Self.currentDirectory()
        var globRoot = relativeToBase(Self.resolved(directory, relativeTo: current))
        if !globRoot.isEmpty, !globRoot.hasSuffix("/") { globRoot += "/" }
        let identity = FileIdentity(status)
        guard walk.visited.insert(identity).inserted else { return }
        walkFolder(prefix, globPrefix: globRoot, ancestors: [identity], into: &walk)
    }

    /// Walks `prefix` (empty for the current folder, else ending in `/`). `globPrefix` is the
    /// same folder relative to `globBase` (or absolute when outside it), also ending in `/`.
    private func walkFolder(_ prefix: String, globPrefix: String, ancestors: [FileIdentity], into walk: inout Walk) {
        let folder = prefix.isEmpty ? "." : prefix
        guard let handle = opendir(folder) else {
            walk.errors.append(InputError("cannot read the folder '\(Self.trimmedFolder(folder))': \(FileReader.reason(errno))"))
            return
        }
        defer { closedir(handle) }
        let descriptor = dirfd(handle)
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = Self.name(of: entry)
            if name.first == UInt8(ascii: ".") { continue } // hidden, and `.` / `..`
            names.append(name)
        }
        names.sort { $0.lexicographicallyPrecedes($1) }
        for nameBytes in names {
            guard let name = String(validating: nameBytes, as: UTF8.self) else {
                let shown = String(decoding: nameBytes, as: UTF8.self)
                walk.warnings.append("skipped '\(prefix)\(shown)': its name is not valid UTF-8")
                continue
            }
            let path = prefix + name
            let globPath = globPrefix + name
            if exclude.contains(where: { $0.matches(globPath) }) { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
                // Removed since readdir: nothing to lint.
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFLNK {
                var target = stat()
                guard fstatat(descriptor, name, &target, 0) == 0 else {
                    let code = errno
                    if code == ENOENT || code == ENOTDIR {
                        walk.warnings.append(
                            "skipped '\(path)': it is a symbolic link to '\(Self.linkTarget(path))', which does not exist")
                    } else if code == ELOOP {
                        walk.warnings.append("skipped '\(path)': its symbolic links form a loop")
                    } else {
                        walk.warnings.append("skipped '\(path)': \(FileReader.reason(code))")
                    }
                    continue
                }
                status = target
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = FileIdentity(status)
                if ancestors.contains(identity) {
                    walk.warnings.append("skipped '\(path)': it leads back to a folder being walked (a symbolic-link loop)")
                    continue
                }
                guard walk.visited.insert(identity).inserted else { continue }
                walkFolder(path + "/", globPrefix: globPath + "/", ancestors: ancestors + [identity], into: &walk)
            case S_IFREG:
                guard Self.hasLintableExtension(nameBytes) else { continue }
                if !include.isEmpty, !include.contains(where: { $0.matches(globPath) }) { continue }
                walk.files.append(.init(path: path, identity: FileIdentity(status), walked: true))
            default:
                // A FIFO, socket or device is never walked into: it could block or never end.
                continue
            }
        }
    }

    func relativeToBase(_ absolutePath: String) -> String {
        let base = globBase.hasSuffix("/") ? globBase : globBase + "/"
        if absolutePath + "/" == base { return "" }
        return absolutePath.utf8.starts(with: base.utf8)
            ? String(decoding: absolutePath.utf8.dropFirst(base.utf8.count), as: UTF8.self) : absolutePath
    }

    // MARK: Paths as bytes

    /// Byte order of the paths, then argument order: never Swift's `String` comparison, which
    /// treats NFC and NFD spellings as equal.
    static func precedes(_ lhs: (String, Int), _ rhs: (String, Int)) -> Bool {
        if lhs.0.utf8.elementsEqual(rhs.0.utf8) { return lhs.1 < rhs.1 }
        return lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8)
    }

    static func hasLintableExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let suffix = name[(dot + 1)...].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return extensions.contains { $0.utf8.elementsEqual(suffix) }
    }

    static func name(of entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            return Array(bytes[0..<length])
        }
    }

    static func linkTarget(_ path: String) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            return readlink(path, base.assumingMemoryBound(to: CChar.self), raw.count - 1)
        }
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : "?"
    }

    static func trimmedFolder(_ folder: String) -> String {
        folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    }

    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The absolute path of `path` with symbolic links resolved (`realpath`), computed once per
    /// folder named on the command line, never per file; lexically normalised when it cannot
    /// be resolved.
    static func resolved(_ path: String, relativeTo directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        if let real = realpath(joined, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        return normalized(joined)
    }

    /// `/a/./b//c/../d` → `/a/b/d`, by components (no file system access).
    static func normalized(_ absolutePath: String) -> String {
        var components: [Substring] = []
        for component in absolutePath.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return "/" + components.joined(separator: "/")
    }
}
