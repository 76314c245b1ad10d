import Foundation
import Testing
@testable import IngestLint

/// Our half of the comparison with Python's `email-validator`
/// (`compare_with_email_validator.py` beside this file, method in `docs/email-policy.md`).
///
/// With `INGESTLINT_EMAIL_COMPARE=/path/addresses.jsonl` (one JSON string per line), writes
/// `/path/addresses.jsonl.ingestlint.jsonl`: one JSON object per input line, in the same order,
/// with `valid`, `reason` and `unwrapped`. Without the variable the test is skipped.
@Suite("Email comparison with email-validator")
struct EmailComparisonTests {
    static let variable = "INGESTLINT_EMAIL_COMPARE"
    static let inputPath = ProcessInfo.processInfo.environment[variable]

    struct Verdict: Encodable {
        let address: String
        let valid: Bool
        let reason: String?
        let unwrapped: String?
    }

    @Test(
        "Write our verdicts for the addresses of INGESTLINT_EMAIL_COMPARE",
        .enabled(if: inputPath != nil, "set INGESTLINT_EMAIL_COMPARE=addresses.jsonl to compare with email-validator"))
    func writeVerdicts() throws {
        let path = try #require(Self.inputPath)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let address = try decoder.decode(String.self, from: Data(line.utf8))
            let failure = EmailSyntax.validate(address)
            let verdict = Verdict(address: address, valid: failure == nil, reason: failure?.reason, unwrapped: failure?.unwrapped)
            output.append(try encoder.encode(verdict))
            output.append(UInt8(ascii: "\n"))
            count += 1
        }
        try output.write(to: URL(fileURLWithPath: path + ".ingestlint.jsonl"))
        #expect(count > 0, "no address in \(path)")
    }
}
