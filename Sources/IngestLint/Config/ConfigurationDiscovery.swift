#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the configuration file that applies to a folder (SPEC §7).
package enum ConfigurationDiscovery {
    /// Names looked for in each folder; the first one that exists wins.
    package static let fileNames = [".ingestlint.yml", ".ingestlint.yaml", ".ingestlint.json"]

    /// Walks up from `directory` to the repository root — the first folder that contains `.git`
    /// (a folder, or a file as in worktrees and submodules), inclusive — or to the filesystem
    /// root when there is none, and returns the first configuration file found.
    ///
    /// The returned path has the same form as `directory`: absolute stays absolute, relative stays
    /// relative to the current directory (`"."` finds `.ingestlint.yml`, a parent's file is
    /// `../.ingestlint.yml`), so messages show what the user typed. The walk is lexical: `..`
    /// removes the previous path component, and symbolic links are not resolved.
    package static func find(startingAt directory: String) -> String? {
        find(startingAt: directory, relativeTo: FileManager.default.currentDirectoryPath)
    }

    /// `find(startingAt:)` with an explicit current directory, for relative `directory`s.
    /// Exists so callers and tests need not change the process-wide working directory.
    package static func find(startingAt directory: String, relativeTo currentDirectory: String) -> String? {
        let start = directory.isEmpty ? "." : directory
        let isAbsolute = start.hasPrefix("/")
        // The absolute form is what the file system is asked about; the shown form is returned.
        var absolute = normalized(isAbsolute ? start : currentDirectory + "/" + start, isAbsolute: true)
        var shown = normalized(start, isAbsolute: isAbsolute)
        while true {
            for name in fileNames where isRegularFile(join(absolute, name, isAbsolute: true)) {
                return join(shown, name, isAbsolute: isAbsolute)
            }
            if isRepositoryRoot(absolute) || absolute.isEmpty {
                return nil
            }
            absolute.removeLast()
            if isAbsolute || (shown.last.map { $0 != ".." } ?? false) {
                shown.removeLast()
            } else {
                shown.append("..")
            }
        }
    }

    /// The repository root that holds `directory` (absolute, or relative to `currentDirectory`):
    /// the nearest folder at or above it that contains `.git` — where the configuration search
    /// stops — as an absolute, lexically normalised path; `nil` outside any repository.
    /// `ProjectPaths` uses it, so reports and configuration agree on what the repository is.
    package static func repositoryRoot(startingAt directory: String, relativeTo currentDirectory: String) -> String? {
        let start = directory.isEmpty ? "." : directory
        var absolute = normalized(start.hasPrefix("/") ? start : currentDirectory + "/" + start, isAbsolute: true)
        while true {
            if isRepositoryRoot(absolute) { return "/" + absolute.joined(separator: "/") }
            if absolute.isEmpty { return nil }
            absolute.removeLast()
        }
    }

    /// A folder holding `.git` (a folder, or a file as in worktrees and submodules).
    private static func isRepositoryRoot(_ components: [Substring]) -> Bool {
        exists(join(components, ".git", isAbsolute: true))
    }

    /// Path components with `.` dropped and `..` applied; a relative path keeps leading `..`s,
    /// an absolute one cannot rise above the root.
    static func normalized(_ path: String, isAbsolute: Bool) -> [Substring] {
        var components: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".":
                continue
            case "..":
                if let last = components.last, last != ".." {
                    components.removeLast()
                } else if !isAbsolute {
                    components.append(component)
                }
            default:
                components.append(component)
            }
        }
        return components
    }

    private static func join(_ components: [Substring], _ name: String, isAbsolute: Bool) -> String {
        let folder = components.joined(separator: "/")
        if isAbsolute { return "/" + (folder.isEmpty ? "" : folder + "/") + name }
        return folder.isEmpty ? name : folder + "/" + name
    }

    private static func isRegularFile(_ path: String) -> Bool {
        isDirectory(atPath: path) == false
    }

    /// `nil` when nothing is at `path`. (FoundationEssentials takes an `inout Bool` where
    /// Foundation on Darwin takes an `ObjCBool`.)
    static func isDirectory(atPath path: String) -> Bool? {
        #if canImport(FoundationEssentials)
        var isDirectory = false
        #else
        var isDirectory: ObjCBool = false
        #endif
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        #if canImport(FoundationEssentials)
        return isDirectory
        #else
        return isDirectory.boolValue
        #endif
    }

    private static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}
