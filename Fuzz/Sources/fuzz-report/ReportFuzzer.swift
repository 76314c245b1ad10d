// libFuzzer target over the whole lint-and-report pipeline: every input is linted as a JSON file
// and as a JSON Lines file (with the cross-payload duplicate check over both), then rendered in
// every report format, plain (and redacted, for inputs of odd length). A report that is not well
// formed is a failure: the JSON formats must parse with JSONSerialization (each line, for jsonl),
// the XML ones with libxml2, and the text and GitHub ones must hold no control or bidi characters
// besides line feeds (GitHub: one workflow command per line, the summary a notice too).
// Built and run by Fuzz/run.sh; without -DFUZZING it only says how to build it.

#if FUZZING
import CLibFuzzer
import CLibXML2
import Foundation
import IngestLint

let fuzzFileLinter: FileLinter = {
    var configuration = Configuration()
    configuration.select = ["all"]
    configuration.maxCandidates = 2
    configuration.interviewers = [
        "304c0cfb-324f-4b2c-ac89-c93725c00399": InterviewerProfile(visibility: .public, resumeScreening: true)
    ]
    return FileLinter(linter: Linter(configuration: configuration))
}()

func reportOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var results = [
        fuzzFileLinter.lint(bytes: bytes, path: "fuzz/input.json", format: .json),
        fuzzFileLinter.lint(bytes: bytes, path: "fuzz/input.jsonl", format: .jsonLines),
    ]
    if let severity = fuzzFileLinter.linter.severities[DuplicateEmailAcrossPayloadsRule.code] {
        DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: severity)
    }
    let report = LintReport(files: results)
    // Rendering eight formats twice dominates the cost: inputs of odd length go through
    // --redact's masking as well, which keeps coverage of both at twice the speed.
    for candidate in size % 2 == 1 ? [report, Redactor.redact(report)] : [report] {
        for format in ReportFormat.allCases {
            checkWellFormed(format.reporter().render(candidate), format)
        }
    }
    return 0
}

func checkWellFormed(_ output: String, _ format: ReportFormat) {
    switch format {
    case .json, .sarif, .gitlab:
        checkJSON(output, format)
    case .jsonl:
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            checkJSON(String(line), format)
        }
        precondition(output.isEmpty || output.hasSuffix("\n"), "jsonl report does not end with a line feed")
    case .junit, .checkstyle:
        checkXML(output, format)
    case .text:
        checkPrintable(output, format)
    case .github:
        checkPrintable(output, format)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for line in lines {
            precondition(
                line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "),
                "github report line is not a workflow command: \(line.prefix(120))")
        }
    }
}

func checkJSON(_ text: String, _ format: ReportFormat) {
    let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    precondition(parsed != nil, "\(format) report is not JSON: \(text.prefix(200))")
}

func checkXML(_ text: String, _ format: ReportFormat) {
    let bytes = Array(text.utf8)
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { base in
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "report.xml", "UTF-8", options)
            }
        }
    }
    precondition(document != nil, "\(format) report is not well-formed XML: \(text.prefix(200))")
    xmlFreeDoc(document)
}

/// No terminal escapes, control characters (other than a line feed) or bidi controls.
func checkPrintable(_ text: String, _ format: ReportFormat) {
    for scalar in text.unicodeScalars where scalar != "\n" {
        let value = scalar.value
        let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
        let isLineBreak = value == 0x2028 || value == 0x2029
        let isBidi = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0x200E || value == 0x200F || value == 0x061C
        precondition(
            !(isControl || isLineBreak || isBidi),
            "\(format) report holds U+\(String(value, radix: 16, uppercase: true)): \(text.prefix(200))")
    }
}

@main
enum ReportFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in reportOneInput(data, size) }
        exit(status)
    }
}
#else
import Foundation

@main
enum ReportFuzzer {
    static func main() {
        FileHandle.standardError.write(Data("fuzz-report was built without fuzzing; run it with Fuzz/run.sh report SECONDS.\n".utf8))
        exit(2)
    }
}
#endif
