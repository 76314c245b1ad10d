import Foundation
import IngestLint
import Testing

/// A temporary tree:
///
///     root/                      (no .git: above the repository)
///       .ingestlint.yml          (must never be found from inside repo/)
///       repo/
///         .git/
///         .ingestlint.yaml
///         a/
///           .ingestlint.json
///           .ingestlint.yml      (wins over .json in the same folder)
///           b/
///             c/
///         d/
///           .ingestlint.yml/     (a folder, not a file: ignored)
///       bare/
///         e/                     (no configuration up to the filesystem root except root/)
private struct Tree {
    let root: URL

    init() throws {
        root = try makeConfigurationTestFolder()
        let manager = FileManager.default
        for folder in ["repo/.git", "repo/a/b/c", "repo/d/.ingestlint.yml", "bare/e"] {
            try manager.createDirectory(at: url(folder), withIntermediateDirectories: true)
        }
        for file in [".ingestlint.yml", "repo/.ingestlint.yaml", "repo/a/.ingestlint.json", "repo/a/.ingestlint.yml"] {
            try Data("fail-on: error\n".utf8).write(to: url(file))
        }
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    func path(_ relative: String) -> String { url(relative).path }
    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ConfigurationDiscoveryTests {
    @Test func fileNamesInPriorityOrder() {
        #expect(ConfigurationDiscovery.fileNames == [".ingestlint.yml", ".ingestlint.yaml", ".ingestlint.json"])
    }

    @Test func findsTheNearestFileWalkingUp() throws {
        let tree = try Tree()
        defer { tree.remove() }
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("repo/a/b/c")) == tree.path("repo/a/.ingestlint.yml"))
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("repo/a")) == tree.path("repo/a/.ingestlint.yml"))
    }

    @Test func stopsAtTheRepositoryRootInclusive() throws {
        let tree = try Tree()
        defer { tree.remove() }
        // repo/d has a *folder* named .ingestlint.yml; the walk goes on to repo/, the root.
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("repo/d")) == tree.path("repo/.ingestlint.yaml"))
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("repo")) == tree.path("repo/.ingestlint.yaml"))
    }

    @Test func doesNotLookAboveTheRepositoryRoot() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try FileManager.default.removeItem(at: tree.url("repo/.ingestlint.yaml"))
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("repo/d")) == nil)
    }

    @Test func withoutARepositoryWalksToTheFilesystemRoot() throws {
        let tree = try Tree()
        defer { tree.remove() }
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("bare/e")) == tree.path(".ingestlint.yml"))
    }

    @Test func gitFileMarksARootToo() throws {
        let tree = try Tree()
        defer { tree.remove() }
        // Worktrees and submodules have a `.git` file, not a folder.
        try Data("gitdir: elsewhere\n".utf8).write(to: tree.url("bare/.git"))
        #expect(ConfigurationDiscovery.find(startingAt: tree.path("bare/e")) == nil)
    }

    @Test(arguments: [
        ("repo/a/b/c", "repo/a/.ingestlint.yml"),
        ("repo/a/b/c/", "repo/a/.ingestlint.yml"),
        ("./repo/a/./b/../b/c", "repo/a/.ingestlint.yml"),
        ("repo/d", "repo/.ingestlint.yaml"),
        ("repo", "repo/.ingestlint.yaml"),
        ("bare/e", ".ingestlint.yml"),
        (".", ".ingestlint.yml"),
        ("", ".ingestlint.yml"),
    ])
    func relativeStartGivesRelativePaths(start: String, expected: String) throws {
        let tree = try Tree()
        defer { tree.remove() }
        #expect(ConfigurationDiscovery.find(startingAt: start, relativeTo: tree.root.path) == expected)
    }

    @Test func relativePathsClimbWithDotDot() throws {
        let tree = try Tree()
        defer { tree.remove() }
        #expect(ConfigurationDiscovery.find(startingAt: ".", relativeTo: tree.path("repo/a/b/c")) == "../../.ingestlint.yml")
        #expect(ConfigurationDiscovery.find(startingAt: "c", relativeTo: tree.path("repo/a/b")) == "../.ingestlint.yml")
        #expect(ConfigurationDiscovery.find(startingAt: "..", relativeTo: tree.path("repo/d")) == "../.ingestlint.yaml")
        #expect(ConfigurationDiscovery.find(startingAt: ".", relativeTo: tree.path("bare/e")) == "../../.ingestlint.yml")
    }

    @Test func foundFileLoads() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let path = try #require(ConfigurationDiscovery.find(startingAt: tree.path("repo/a/b")))
        let configuration = try ConfigurationLoader.load(file: path)
        #expect(configuration.baseDirectory == tree.path("repo/a"))
    }
}
