#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The project root and input paths relative to it, for what CI systems link to a checkout —
/// GitLab Code Quality paths, SARIF artifact URIs — and for baseline entries, which must not
/// depend on the folder a run started in (SPEC §9).
///
/// The root is `CI_PROJECT_DIR` (GitLab), else `GITHUB_WORKSPACE` (GitHub Actions), else the
/// repository root (the nearest folder holding `.git`, as configuration discovery finds it),
/// else the working directory. Any spelling of an input — `/abs/x.json`, `./x.json`,
/// `../sub/x.json`, `x//y/../x.json` — becomes a POSIX path relative to the root, normalised
/// lexically (`.`, `..` and repeated `/` removed). Symbolic links are resolved only when the
/// lexical path is not under the root (the working directory reached through a link, a root
/// given through one); a file outside the root even then keeps its absolute, normalised path,
/// since no root-relative path names it. Standard input keeps its name (`--stdin-filename`).
package struct ProjectPaths: Sendable, Equatable {
    /// Absolute and lexically normalised, without a trailing `/` (`/` alone for the file system root).
    package let root: String
    /// Absolute: what relative spellings are relative to.
    package let currentDirectory: String
    /// The name reports use for standard input, kept as given.
    package var standardInputName: String?

    package init(root: String, currentDirectory: String, standardInputName: String? = nil) {
        let currentDirectory = Self.absolute(currentDirectory, in: "/")
        self.currentDirectory = currentDirectory
        self.root = Self.absolute(root, in: currentDirectory)
        self.standardInputName = standardInputName
    }

    /// The root chosen as SPEC §9 says, from the process's environment and working directory.
    package static func discover(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath, standardInputName: String? = nil
    ) -> ProjectPaths {
        let repositoryRoot = ConfigurationDiscovery.repositoryRoot(startingAt: ".", relativeTo: currentDirectory)
        return ProjectPaths(
            root: root(environment: environment, currentDirectory: currentDirectory, repositoryRoot: repositoryRoot),
            currentDirectory: currentDirectory, standardInputName: standardInputName)
    }

    /// The root for an environment: the first of `CI_PROJECT_DIR`, `GITHUB_WORKSPACE` (ignored
    /// when empty), `repositoryRoot`, `currentDirectory`. A relative variable is taken relative
    /// to `currentDirectory`.
    package static func root(environment: [String: String], currentDirectory: String, repositoryRoot: String?) -> String {
        for variable in ["CI_PROJECT_DIR", "GITHUB_WORKSPACE"] {
            if let value = environment[variable], !value.isEmpty { return absolute(value, in: currentDirectory) }
        }
        return absolute(repositoryRoot ?? currentDirectory, in: currentDirectory)
    }

    /// `spelling` relative to the root (see the type's documentation). `resolve` turns an
    /// absolute path into its real path (`realpath`), or `nil` when it cannot.
    package func relativePath(_ spelling: String, resolvingLinksWith resolve: (String) -> String? = ProjectPaths.realPath) -> String {
        if let standardInputName, spelling.utf8.elementsEqual(standardInputName.utf8) { return spelling }
        let path = Self.absolute(spelling, in: currentDirectory)
        if let relative = Self.relative(path, under: root) { return relative }
        if let realPath = resolve(path), let realRoot = resolve(root),
           let relative = Self.relative(Self.absolute(realPath, in: "/"), under: Self.absolute(realRoot, in: "/"))
        {
            return relative
        }
        return path
    }

    /// `path` (absolute, normalised) relative to `root`, or `nil` when it is not under it.
    /// Compared as bytes, as the file system does (`é` in NFC and NFD are two names).
    static func relative(_ path: String, under root: String) -> String? {
        if path.utf8.elementsEqual(root.utf8) { return "." }
        let prefix = root == "/" ? "/" : root + "/"
        guard path.utf8.starts(with: prefix.utf8) else { return nil }
        return String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    /// `path` made absolute against `folder` and normalised lexically.
    static func absolute(_ path: String, in folder: String) -> String {
        let joined = path.hasPrefix("/") ? path : folder + "/" + path
        return "/" + ConfigurationDiscovery.normalized(joined, isAbsolute: true).joined(separator: "/")
    }

    /// `realpath(3)`: the path with every symbolic link resolved, or `nil` when it does not exist.
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
