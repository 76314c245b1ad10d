import Foundation
import Testing
@testable import IngestLint

/// The JSONTestSuite corpus (github.com/nst/JSONTestSuite, `test_parsing`), kept in
/// `../shared/conformance` beside the package. A fresh clone does not have it: the suite is then
/// skipped (see the `.enabled(if:)` trait), it does not fail.
private enum JSONTestSuiteCorpus {
    /// The package root is three levels up from this file's folder (Conformance →
    /// IngestLintTests → Tests → root); the corpus is in `../shared/...` from there.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Conformance
        .deletingLastPathComponent()  // IngestLintTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .deletingLastPathComponent()  // its parent
        .appendingPathComponent("shared/conformance/JSONTestSuite/test_parsing")

    static var isPresent: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every `.json` file of the corpus, sorted; empty when the corpus is absent.
    static let fileNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    static func path(of name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    static func lint(_ name: String) throws -> FileResult {
        try FileLinter(linter: ParsingTestSupport.linter).lintFile(at: path(of: name), displayPath: name)
    }

    static func size(of name: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path(of: name)))?[.size] as? Int) ?? 0
    }
}

/// What ingestlint does with a file whose outcome RFC 8259 leaves to the parser (`i_` files),
/// decided from SPEC §2 / §3a.
private enum Decision: Sendable {
    /// Valid JSON: no IL100 (other rules may still fire: the file is not a payload).
    case accepted
    /// One IL100 at this 1-based line and column, its message containing `reason`.
    case syntaxError(line: Int, column: Int, reason: String)
    /// The UTF-8 BOM is an IL102 warning at 1:1, the rest is parsed normally: no IL100.
    case byteOrderMark
}

/// Every `i_` file of the corpus, family by family.
private let implementationDefined: [String: Decision] = [
    // Numbers beyond the range or precision of a Double are valid JSON: accepted (SPEC: huge
    // numbers are kept as written; the rules convert on demand).
    "i_number_double_huge_neg_exp.json": .accepted,
    "i_number_huge_exp.json": .accepted,
    "i_number_neg_int_huge_exp.json": .accepted,
    "i_number_pos_double_huge_exp.json": .accepted,
    "i_number_real_neg_overflow.json": .accepted,
    "i_number_real_pos_overflow.json": .accepted,
    "i_number_real_underflow.json": .accepted,
    "i_number_too_big_neg_int.json": .accepted,
    "i_number_too_big_pos_int.json": .accepted,
    "i_number_very_big_negative_int.json": .accepted,

    // Lone or unpaired surrogate escapes are IL100 at the backslash of the bad escape
    // (SPEC §3a). In all of these the escape starts at offset 2, after `["` or `{"`: column 3.
    "i_object_key_lone_2nd_surrogate.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uDFAA"),
    "i_string_1st_surrogate_but_2nd_missing.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uDADA"),
    "i_string_1st_valid_surrogate_2nd_invalid.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uD888"),
    "i_string_incomplete_surrogate_and_escape_valid.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uD800"),
    // `\uDd1e` is a low surrogate (DC00–DFFF) with nothing before it.
    "i_string_incomplete_surrogate_pair.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uDD1E"),
    "i_string_incomplete_surrogates_escape_valid.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uD800"),
    "i_string_invalid_lonely_surrogate.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uD800"),
    "i_string_invalid_surrogate.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uD800"),
    // Low surrogate first: the first escape is already lone.
    "i_string_inverted_surrogates_U+1D11E.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uDD1E"),
    "i_string_lone_second_surrogate.json": .syntaxError(line: 1, column: 3, reason: "lone surrogate escape \\uDFAA"),

    // Invalid UTF-8 is IL100 at the first byte that is not part of a well-formed sequence.
    // `["日ш` then 0xFA: `[` `"` 日 ш are columns 1–4, the bad byte column 5.
    "i_string_UTF-8_invalid_sequence.json": .syntaxError(line: 1, column: 5, reason: "invalid UTF-8 byte 0xFA in string"),
    // A UTF-8-encoded surrogate (ED A0 80) is not well-formed UTF-8.
    "i_string_UTF8_surrogate_U+D800.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xED in string"),
    "i_string_invalid_utf-8.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xFF in string"),
    "i_string_iso_latin_1.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xE9 in string"),
    "i_string_lone_utf8_continuation_byte.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0x81 in string"),
    "i_string_not_in_unicode_range.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xF4 in string"),
    "i_string_overlong_sequence_2_bytes.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xC0 in string"),
    "i_string_overlong_sequence_6_bytes.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xFC in string"),
    "i_string_overlong_sequence_6_bytes_null.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xFC in string"),
    "i_string_truncated-utf-8.json": .syntaxError(line: 1, column: 3, reason: "invalid UTF-8 byte 0xE0 in string"),

    // UTF-16 input is not UTF-8: IL100 at the first byte that cannot start a value.
    "i_string_UTF-16LE_with_BOM.json": .syntaxError(line: 1, column: 1, reason: "expected a value, found invalid UTF-8 byte 0xFF"),
    "i_string_utf16BE_no_BOM.json": .syntaxError(line: 1, column: 1, reason: "expected a value, found control character U+0000"),
    // `[` then NUL: the NUL is column 2.
    "i_string_utf16LE_no_BOM.json": .syntaxError(line: 1, column: 2, reason: "expected a value, found control character U+0000"),

    // 500 nested arrays: the 257th opening bracket (column 257) is too deep (SPEC §3a).
    "i_structure_500_nested_arrays.json": .syntaxError(line: 1, column: 257, reason: "nesting deeper than 256 levels"),

    // A UTF-8 BOM is IL102 (warning), never IL100.
    "i_structure_UTF-8_BOM_empty_object.json": .byteOrderMark,
]

/// `n_` files that are empty or only whitespace once a BOM is set aside. SPEC §3a: a
/// whitespace-only file is IL104 empty-input, not IL100.
private let emptyInputFiles: Set<String> = [
    "n_single_space.json",
    "n_structure_no_data.json",
    "n_structure_UTF8_BOM_no_data.json",
]

/// A rejected file and the exact IL100 it must produce.
struct KnownSyntaxError: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let column: Int
    let endLine: Int
    let endColumn: Int
    /// The full message: "invalid JSON: " and the parser's reason.
    let message: String

    init(_ file: String, _ line: Int, _ column: Int, end: (Int, Int)? = nil, _ reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.endLine = end?.0 ?? line
        self.endColumn = end?.1 ?? column + 1
        self.message = "invalid JSON: " + reason
    }

    var testDescription: String { file }
}

/// Hand-computed positions for well-known `n_` files (see each file's bytes in the comment).
private let knownSyntaxErrors: [KnownSyntaxError] = [
    // {"id":0,}
    KnownSyntaxError(
        "n_object_trailing_comma.json", 1, 9,
        "expected a string key after ',', found '}' (trailing commas are not allowed)"),
    // ["",]
    KnownSyntaxError(
        "n_array_extra_comma.json", 1, 5,
        "expected a value after ',', found ']' (trailing commas are not allowed)"),
    // {'a':0}
    KnownSyntaxError(
        "n_object_single_quote.json", 1, 2,
        "expected a string key or '}', found a single quote (JSON strings use double quotes)"),
    // ['single quote']
    KnownSyntaxError(
        "n_string_single_quote.json", 1, 2,
        "expected a value, found a single quote (JSON strings use double quotes)"),
    // {"a":"b"}/**/
    KnownSyntaxError(
        "n_object_trailing_comment.json", 1, 10,
        "expected end of input after the JSON value, found '/' (comments are not allowed in JSON)"),
    // {"a":/*comment*/"b"}
    KnownSyntaxError(
        "n_structure_object_with_comment.json", 1, 6,
        "expected a value, found '/' (comments are not allowed in JSON)"),
    // ["a   — truncated: at the end of the input, an empty range.
    KnownSyntaxError(
        "n_structure_open_array_open_string.json", 1, 4, end: (1, 4),
        "unterminated string: expected '\"', found end of input"),
    // "
    KnownSyntaxError(
        "n_string_single_doublequote.json", 1, 2, end: (1, 2),
        "unterminated string: expected '\"', found end of input"),
    // {"asd":"asd"
    KnownSyntaxError(
        "n_structure_unclosed_object.json", 1, 13, end: (1, 13),
        "expected ',' or '}' after object member, found end of input"),
    // ["a",⏎4⏎,1,   — end of input on line 3, after `,1,`.
    KnownSyntaxError(
        "n_array_newlines_unclosed.json", 3, 4, end: (3, 4),
        "expected a value, found end of input"),
    // [1,⏎1⏎,1
    KnownSyntaxError(
        "n_array_unclosed_with_new_lines.json", 3, 3, end: (3, 3),
        "expected ',' or ']' after array element, found end of input"),
    // 100,000 × `[`: the 257th opening bracket.
    KnownSyntaxError(
        "n_structure_100000_opening_arrays.json", 1, 257,
        "nesting deeper than 256 levels is not allowed"),
    // [NaN] — the range is the whole word the message names, as for `[tru]`.
    KnownSyntaxError("n_number_NaN.json", 1, 2, end: (1, 5), "expected a value, found 'NaN'"),
    // [tru]
    KnownSyntaxError("n_incomplete_true.json", 1, 2, end: (1, 5), "expected a value, found 'tru'"),
    // {a: "b"}
    KnownSyntaxError("n_object_unquoted_key.json", 1, 2, "expected a string key or '}', found 'a'"),
    // [-]
    KnownSyntaxError("n_array_just_minus.json", 1, 3, "expected a digit after '-', found ']'"),
    // [-01]
    KnownSyntaxError("n_number_-01.json", 1, 4, "numbers cannot have leading zeros, found '1'"),
    // [2.e3]
    KnownSyntaxError("n_number_2.e3.json", 1, 4, "expected a digit after '.', found 'e3'"),
    // [0.3e]
    KnownSyntaxError("n_number_0.3e.json", 1, 6, "expected a digit in the exponent, found ']'"),
    // 123 NUL
    KnownSyntaxError(
        "n_multidigit_number_then_00.json", 1, 4,
        "expected end of input after the JSON value, found control character U+0000"),
    // ["<TAB>"]
    KnownSyntaxError(
        "n_string_unescaped_tab.json", 1, 3, "unescaped control character U+0009 in string (write it as \\t)"),
    // [<FF>]
    KnownSyntaxError("n_structure_whitespace_formfeed.json", 1, 2, "expected a value, found control character U+000C"),
    // ["\uD800\"] — at the backslash, covering the 6-byte escape.
    KnownSyntaxError(
        "n_string_1_surrogate_then_escape.json", 1, 3, end: (1, 9),
        "lone surrogate escape \\uD800: a high surrogate must be followed by a low-surrogate \\u escape"),
    // ["\<E5>"] — invalid escape at its backslash.
    KnownSyntaxError(
        "n_string_invalid_utf8_after_escape.json", 1, 3, end: (1, 5),
        "invalid escape sequence in string: '\\' followed by invalid UTF-8 byte 0xE5"),
    // <E5>
    KnownSyntaxError("n_structure_lone-invalid-utf-8.json", 1, 1, "expected a value, found invalid UTF-8 byte 0xE5"),
    // EF BB { } — an incomplete BOM is not a BOM: IL100 at 1:1, no IL102.
    KnownSyntaxError("n_structure_incomplete_UTF8_BOM.json", 1, 1, "expected a value, found invalid UTF-8 byte 0xEF"),
    // {"<B9>":"0",} — the range is the one bad byte; it is one column wide (it shows as one
    // U+FFFD replacement character), so it ends at column 4, not at its own start.
    KnownSyntaxError(
        "n_object_lone_continuation_byte_in_key_and_trailing_comma.json", 1, 3, "invalid UTF-8 byte 0xB9 in string"),
]

@Suite(
    "JSONTestSuite conformance",
    .enabled(
        if: JSONTestSuiteCorpus.isPresent,
        "../shared/conformance/JSONTestSuite/test_parsing is absent: JSONTestSuite conformance skipped")
)
struct JSONTestSuiteTests {
    /// y_ → no IL100; n_ → exactly one IL100 (or IL104 for an empty file); i_ → as decided
    /// above. Every file: at most one IL100, sane positions, a JSON report that parses back.
    @Test(arguments: JSONTestSuiteCorpus.fileNames)
    func lintsFile(_ name: String) throws {
        let result = try JSONTestSuiteCorpus.lint(name)
        let syntaxErrors = ParsingTestSupport.diagnostics(result, code: "IL100")
        #expect(syntaxErrors.count <= 1, "one IL100 per document")
        for error in syntaxErrors {
            #expect(error.severity == .error)
            #expect(error.location.pointer == "")
            #expect(error.message.hasPrefix("invalid JSON: "))
        }

        switch name.first {
        case "y":
            #expect(syntaxErrors.isEmpty, "valid JSON rejected: \(syntaxErrors.map(\.message))")
        case "n":
            if emptyInputFiles.contains(name) {
                #expect(syntaxErrors.isEmpty)
                let empty = ParsingTestSupport.diagnostics(result, code: "IL104")
                #expect(empty.count == 1)
                #expect(empty.first?.start == SourcePosition(line: 1, column: 1))
            } else {
                #expect(syntaxErrors.count == 1, "invalid JSON accepted")
            }
        case "i":
            switch implementationDefined[name] {
            case .accepted:
                #expect(syntaxErrors.isEmpty, "\(syntaxErrors.map(\.message))")
            case .syntaxError(let line, let column, let reason):
                #expect(syntaxErrors.count == 1)
                #expect(syntaxErrors.first?.start == SourcePosition(line: line, column: column))
                #expect(syntaxErrors.first?.message.contains(reason) == true, "\(syntaxErrors.map(\.message))")
            case .byteOrderMark:
                #expect(syntaxErrors.isEmpty)
                let marks = ParsingTestSupport.diagnostics(result, code: "IL102")
                #expect(marks.count == 1)
                #expect(marks.first?.severity == .warning)
                #expect(marks.first?.start == SourcePosition(line: 1, column: 1))
            case nil:
                Issue.record("no documented decision for \(name): add it to `implementationDefined`")
            }
        default:
            Issue.record("unexpected file \(name) in the corpus")
        }

        ParsingTestSupport.expectWellFormed(result, fileSize: JSONTestSuiteCorpus.size(of: name))
    }

    @Test(arguments: knownSyntaxErrors)
    func exactSyntaxErrorPosition(_ known: KnownSyntaxError) throws {
        let result = try JSONTestSuiteCorpus.lint(known.file)
        let syntaxErrors = ParsingTestSupport.diagnostics(result, code: "IL100")
        try #require(syntaxErrors.count == 1)
        let error = syntaxErrors[0]
        #expect(error.start == SourcePosition(line: known.line, column: known.column))
        #expect(error.end == SourcePosition(line: known.endLine, column: known.endColumn))
        #expect(error.message == known.message)
        // One IL100 per document and no other rule on it.
        #expect(result.diagnostics.map(\.code) == ["IL100"])
    }

    /// The decision table and the corpus agree: no stale entry, no undocumented `i_` file.
    @Test func everyImplementationDefinedFileHasADecision() {
        let files = Set(JSONTestSuiteCorpus.fileNames.filter { $0.hasPrefix("i_") })
        #expect(files == Set(implementationDefined.keys))
        for name in emptyInputFiles.union(knownSyntaxErrors.map(\.file)) {
            #expect(JSONTestSuiteCorpus.fileNames.contains(name), "\(name) is not in the corpus")
        }
    }

    /// A BOM-only file: IL102 and IL104, both at 1:1, and nothing else.
    @Test func byteOrderMarkOnlyFile() throws {
        let result = try JSONTestSuiteCorpus.lint("n_structure_UTF8_BOM_no_data.json")
        #expect(result.diagnostics.map(\.code) == ["IL102", "IL104"])
        #expect(result.diagnostics.allSatisfy { $0.start == SourcePosition(line: 1, column: 1) })
    }

    /// BOM then `{}`: the BOM is IL102, the object is parsed (the missing fields are reported at
    /// its `{` — byte 3 of the file, column 1 because the BOM is not a column).
    @Test func byteOrderMarkBeforeObject() throws {
        let result = try JSONTestSuiteCorpus.lint("i_structure_UTF-8_BOM_empty_object.json")
        let missing = ParsingTestSupport.diagnostics(result, code: "IL200")
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { $0.start == SourcePosition(line: 1, column: 1) && $0.location.range.lowerBound == 3 })
    }
}
