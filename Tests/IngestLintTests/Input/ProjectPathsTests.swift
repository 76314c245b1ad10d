import Foundation
@testable import IngestLint
import Testing

/// `ProjectPaths` as a pure function of root, working directory and spelling (symbolic links
/// are resolved by a table the test gives, not the file system).
@Suite("Project-root-relative paths")
struct ProjectPathsTests {
    static let root = "/builds/acme/payloads"

    @Test(arguments: [
        // (working directory, spelling, expected)
        (root, "/builds/acme/payloads/x.json", "x.json"),
        (root, "./x.json", "x.json"),
        (root, "x.json", "x.json"),
        (root, "x//y/../x.json", "x/x.json"),
        (root, "exports/./2024//a.jsonl", "exports/2024/a.jsonl"),
        (root + "/sub", "x.json", "sub/x.json"),
        (root + "/sub", "../sub/x.json", "sub/x.json"),
        (root + "/sub", "../other/x.json", "other/x.json"),
        (root + "/sub/deeper", "../../x.json", "x.json"),
        (root + "/sub", "/builds/acme/payloads/sub/x.json", "sub/x.json"),
        // Outside the root: absolute and normalised, since no relative path names it.
        (root, "../elsewhere/x.json", "/builds/acme/elsewhere/x.json"),
        (root, "/var//a/../x.json", "/var/x.json"),
        // A sibling whose name starts like the root is not under it.
        (root, "/builds/acme/payloads-old/x.json", "/builds/acme/payloads-old/x.json"),
        // `..` cannot rise above the file system root.
        ("/", "../../x.json", "/x.json"),
    ])
    func spellingsBecomeRootRelative(currentDirectory: String, spelling: String, expected: String) {
        let paths = ProjectPaths(root: Self.root, currentDirectory: currentDirectory)
        #expect(paths.relativePath(spelling, resolvingLinksWith: { _ in nil }) == expected)
    }

    @Test func everySpellingOfOneFileIsTheSamePath() {
        let spellings: [(String, String)] = [
            (Self.root, "/builds/acme/payloads/exports/a.jsonl"), (Self.root, "./exports/a.jsonl"),
            (Self.root + "/exports", "a.jsonl"), (Self.root + "/exports", "./a.jsonl"),
            (Self.root + "/docs", "../exports//a.jsonl"), (Self.root + "/exports", "../exports/x/../a.jsonl"),
        ]
        let results = Set(spellings.map { ProjectPaths(root: Self.root, currentDirectory: $0.0).relativePath($0.1, resolvingLinksWith: { _ in nil }) })
        #expect(results == ["exports/a.jsonl"])
    }

    /// The root itself may be given with `.`, `..`, repeated or trailing slashes, or relative
    /// to the working directory (a relative CI_PROJECT_DIR).
    @Test(arguments: [
        ("/builds/acme/payloads/", "/"), ("/builds//acme/./payloads", "/"), ("payloads", "/builds/acme"),
        ("../payloads", "/builds/acme/x"), (".", "/builds/acme/payloads"),
    ])
    func theRootIsNormalised(root: String, currentDirectory: String) {
        let paths = ProjectPaths(root: root, currentDirectory: currentDirectory)
        #expect(paths.root == Self.root)
        #expect(paths.relativePath("/builds/acme/payloads/a.json", resolvingLinksWith: { _ in nil }) == "a.json")
    }

    @Test func theFileSystemRootAsProjectRoot() {
        let paths = ProjectPaths(root: "/", currentDirectory: "/tmp")
        #expect(paths.root == "/")
        #expect(paths.relativePath("a.json", resolvingLinksWith: { _ in nil }) == "tmp/a.json")
        #expect(SARIFReporter.rootURI(paths.root) == "file:///")
    }

    /// Links are resolved only when the lexical path is outside the root: a working directory
    /// reached through a link, a root given through one.
    @Test func linksAreResolvedOnlyWhenNeeded() {
        let links = ["/home/me/checkout": "/builds/acme/payloads", "/home/me/checkout/a.json": "/builds/acme/payloads/a.json",
                     "/builds/acme/payloads": "/builds/acme/payloads",
                     "/builds/acme/payloads/link.json": "/somewhere/else.json"]
        var asked: [String] = []
        func resolve(_ path: String) -> String? {
            asked.append(path)
            return links[path]
        }
        let throughLink = ProjectPaths(root: Self.root, currentDirectory: "/home/me/checkout")
        #expect(throughLink.relativePath("a.json", resolvingLinksWith: resolve) == "a.json")
        #expect(asked == ["/home/me/checkout/a.json", Self.root])
        // Under the root lexically: the link itself is named, not its target.
        asked = []
        let direct = ProjectPaths(root: Self.root, currentDirectory: Self.root)
        #expect(direct.relativePath("link.json", resolvingLinksWith: resolve) == "link.json")
        #expect(asked.isEmpty)
        // Outside even after resolving: the absolute lexical path.
        #expect(direct.relativePath("/opt/x.json", resolvingLinksWith: { $0 }) == "/opt/x.json")
    }

    /// Paths are compared as bytes: `é` in NFD is not the root's NFC `é`.
    @Test func pathsAreComparedAsBytes() {
        let paths = ProjectPaths(root: "/srv/caf\u{E9}", currentDirectory: "/")
        #expect(paths.relativePath("/srv/caf\u{E9}/a.json", resolvingLinksWith: { _ in nil }) == "a.json")
        #expect(paths.relativePath("/srv/cafe\u{301}/a.json", resolvingLinksWith: { _ in nil }) == "/srv/cafe\u{301}/a.json")
    }

    @Test func standardInputKeepsItsName() {
        let paths = ProjectPaths(root: Self.root, currentDirectory: Self.root + "/sub", standardInputName: "sub/../x.json")
        #expect(paths.relativePath("sub/../x.json", resolvingLinksWith: { _ in nil }) == "sub/../x.json")
        #expect(paths.relativePath("x.json", resolvingLinksWith: { _ in nil }) == "sub/x.json")
    }

    @Test(arguments: [
        (["CI_PROJECT_DIR": "/ci/gitlab", "GITHUB_WORKSPACE": "/ci/github"], "/repo", "/ci/gitlab"),
        (["GITHUB_WORKSPACE": "/ci/github/"], "/repo", "/ci/github"),
        (["CI_PROJECT_DIR": "", "GITHUB_WORKSPACE": "/ci/github"], "/repo", "/ci/github"),
        (["CI_PROJECT_DIR": "relative/dir"], "/repo", "/srv/checkout/relative/dir"),
        ([:], "/repo", "/repo"),
        ([:], nil, "/srv/checkout"),
    ] as [([String: String], String?, String)])
    func theRootComesFromCIThenTheRepositoryThenTheWorkingDirectory(
        environment: [String: String], repositoryRoot: String?, expected: String
    ) {
        #expect(ProjectPaths.root(environment: environment, currentDirectory: "/srv/checkout", repositoryRoot: repositoryRoot) == expected)
    }

    /// The repository root is the folder where configuration discovery stops (`.git`, a folder
    /// or a worktree's file), found from a subfolder.
    @Test func theRepositoryRootIsWhereConfigurationDiscoveryStops() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ingestlint-root-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try Data("gitdir: /elsewhere\n".utf8).write(to: folder.appendingPathComponent(".git"))
        let root = folder.standardizedFileURL.path
        let sub = root + "/a/b"
        #expect(ConfigurationDiscovery.repositoryRoot(startingAt: ".", relativeTo: sub) == root)
        #expect(ConfigurationDiscovery.repositoryRoot(startingAt: "../..", relativeTo: sub) == root)
        let paths = ProjectPaths.discover(environment: [:], currentDirectory: sub)
        #expect(paths.root == root)
        #expect(paths.relativePath("x.json") == "a/b/x.json")
        #expect(ProjectPaths.discover(environment: ["GITHUB_WORKSPACE": sub], currentDirectory: sub).relativePath("x.json") == "x.json")
    }
}
