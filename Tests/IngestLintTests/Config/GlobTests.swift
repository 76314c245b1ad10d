import IngestLint
import Testing

/// Named `Config…` so `swift test --filter Config` runs it with the other configuration tests.
@Suite struct ConfigGlobTests {
    @Test(arguments: [
        // Literal paths.
        ("a.json", "a.json", true),
        ("a.json", "b.json", false),
        ("dir/a.json", "dir/a.json", true),
        ("dir/a.json", "a.json", false),
        // `*` stays inside one segment and does not reach other depths.
        ("*.json", "a.json", true),
        ("*.json", ".hidden.json", true),
        ("*.json", "dir/a.json", false),
        ("*.json", "a.jsonl", false),
        ("exports/*.jsonl", "exports/day1.jsonl", true),
        ("exports/*.jsonl", "exports/2024/day1.jsonl", false),
        ("a*b*c", "abc", true),
        ("a*b*c", "axxbyyc", true),
        ("a*b*c", "axxbyy", false),
        ("*", "dir/a", false),
        // `?`.
        ("file?.json", "file1.json", true),
        ("file?.json", "file.json", false),
        ("file?.json", "file12.json", false),
        ("a?b", "a/b", false),
        // `**`.
        ("**/fixtures/broken/**", "fixtures/broken/a.json", true),
        ("**/fixtures/broken/**", "x/fixtures/broken/y/z.json", true),
        ("**/fixtures/broken/**", "fixtures/broken", true),
        ("**/fixtures/broken/**", "fixtures/brokenx/a.json", false),
        ("**/fixtures/broken/**", "x/fixtures/a.json", false),
        ("payloads/**/*.json", "payloads/a.json", true),
        ("payloads/**/*.json", "payloads/x/y/a.json", true),
        ("payloads/**/*.json", "other/payloads/a.json", false),
        ("payloads/**/*.json", "payloads/x/a.jsonl", false),
        ("**/*.json", "a.json", true),
        ("**/*.json", "x/y/z/a.json", true),
        ("**", "anything/at/all", true),
        ("**", "", true),
        ("a/**/b/**/c", "a/b/c", true),
        ("a/**/b/**/c", "a/x/b/y/z/c", true),
        ("a/**/b/**/c", "a/x/c", false),
        ("a/**/**/b", "a/b", true),
        ("a**b", "axxb", true),
        ("a**b", "ax/xb", false),
        // Character classes.
        ("[abc].json", "b.json", true),
        ("[abc].json", "d.json", false),
        ("day[0-9].jsonl", "day7.jsonl", true),
        ("day[0-9].jsonl", "dayx.jsonl", false),
        ("[!a]*.json", "b.json", true),
        ("[!a]*.json", "a.json", false),
        ("[^a]*.json", "a.json", false),
        ("[]x].txt", "].txt", true),
        ("[a-].txt", "-.txt", true),
        ("[z-a].txt", "m.txt", false),
        ("[é-ë].json", "ê.json", true),
        ("x[/]y", "x/y", false),
        // An unclosed `[` is literal; `\` escapes.
        ("a[b", "a[b", true),
        ("a[b", "ab", false),
        ("\\*.json", "*.json", true),
        ("\\*.json", "a.json", false),
        ("[\\]]", "]", true),
        // Separators: leading `/`, `./`, trailing `/` and `//` make no difference.
        ("/payloads/*.json", "payloads/a.json", true),
        ("./payloads/*.json", "payloads/a.json", true),
        ("fixtures/broken/", "fixtures/broken", true),
        ("payloads/*.json", "./payloads//a.json", true),
        // Case-sensitive, scalar-wise.
        ("*.JSON", "a.json", false),
        ("café/*", "café/a", true),
        ("caf?/*", "café/a", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test func keepsThePattern() {
        #expect(Glob("**/*.json").pattern == "**/*.json")
        #expect(Glob("**/*.json").description == "**/*.json")
        #expect(Glob("a/*") == Glob("a/*"))
    }

    /// Backtracking stays linear-ish on patterns that are exponential for naive recursion.
    @Test func pathologicalPatternsFinish() {
        let path = Array(repeating: "a", count: 60).joined(separator: "/") + "/b"
        let pattern = Array(repeating: "**", count: 30).joined(separator: "/a/") + "/c"
        #expect(!Glob(pattern).matches(path))
        let long = String(repeating: "a", count: 5_000)
        #expect(!Glob(String(repeating: "a*", count: 200) + "b").matches(long))
    }
}
