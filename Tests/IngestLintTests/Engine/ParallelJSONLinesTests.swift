import Foundation
import Testing
@testable import IngestLint

@Suite("JSON Lines linted in parallel")
struct ParallelJSONLinesTests {
    /// 300 lines mixing clean payloads, defects, a broken line, blank lines, repeated e-mails
    /// across lines (IL303) and multi-byte text.
    static let input: [UInt8] = {
        var text = ""
        for index in 0..<300 {
            switch index % 7 {
            case 0: text += "\n"
            case 1: text += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "data": [{"name": "Zoë \#(index)", "email": "shared@lovelace.dev"}]}"# + "\n"
            case 2: text += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "data": [{"name": "Ada", "email": "ada\#(index)@gmial.com", "emial": 1}]}"# + "\r\n"
            case 3: text += #"{"interviewerId": "304c0cfb", "data": [{"name": "李 \#(index)"#  + "\n"
            default: text += #"{"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "status": "Draft", "skills": ["Node.js"], "data": [{"name": "N\#(index)", "email": "n\#(index)@lovelace.dev"}]}"# + "\n"
            }
        }
        return Array(text.utf8)
    }()

    static func lint(parallelism: Int, chunkSize: Int) -> String {
        var configuration = Configuration()
        configuration.select = ["all"]
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.parallelism = parallelism
        fileLinter.chunkSize = chunkSize
        var results = [fileLinter.lint(bytes: input, path: "export.jsonl", format: .jsonLines)]
        if let severity = fileLinter.linter.severities[DuplicateEmailAcrossPayloadsRule.code] {
            DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: severity)
        }
        return JSONReporter().render(LintReport(files: results))
    }

    @Test("The report does not depend on the number of threads", arguments: [2, 3, 8])
    func sameReport(parallelism: Int) {
        let sequential = Self.lint(parallelism: 1, chunkSize: 4 << 20)
        #expect(Self.lint(parallelism: parallelism, chunkSize: 4 << 20) == sequential)
        #expect(Self.lint(parallelism: parallelism, chunkSize: 4096) == sequential)
    }

    @Test("Findings come in report order, in whole files and in streamed parts", arguments: [1, 2])
    func reportOrder(parallelism: Int) throws {
        var configuration = Configuration()
        configuration.select = ["all"]
        var fileLinter = FileLinter(linter: Linter(configuration: configuration))
        fileLinter.parallelism = parallelism
        fileLinter.chunkSize = 4096
        let whole = fileLinter.lint(bytes: Self.input, path: "export.jsonl", format: .jsonLines).diagnostics
        #expect(whole.count > 300)
        #expect(whole.map(\.location) == whole.sorted(by: Diagnostic.reportOrder).map(\.location))
        // A line's findings are sorted, not left in rule order: IL602 (at the payload's `{`) first.
        let line3 = whole.filter { $0.start.line == 3 }.map(\.code)
        #expect(line3.first == "IL602", "\(line3)")
        #expect(line3.contains("IL304") && line3.contains("IL205"), "\(line3)")
    }

    @Test("Every kind of finding is there, and IL303 points back to the first line")
    func findings() throws {
        let report = Self.lint(parallelism: 2, chunkSize: 4096)
        for code in ["IL100", "IL205", "IL303", "IL304", "IL500", "IL600"] {
            #expect(report.contains("\"code\": \"\(code)\""), "missing \(code)")
        }
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        let duplicates = diagnostics.filter { $0["code"] as? String == "IL303" }
        #expect(duplicates.count == 300 / 7 + (300 % 7 > 1 ? 1 : 0) - 1)
        let related = try #require((duplicates.first?["related"] as? [[String: Any]])?.first)
        #expect(related["line"] as? Int == 2)
        #expect(related["pointer"] as? String == "/data/0/email")
    }
}
