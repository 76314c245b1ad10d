// libFuzzer target over the parser, through the engine's stable entry point: every input is
// linted as a whole JSON document and, split at line feeds, as JSON Lines documents. A crash,
// a sanitizer report or a finding whose byte range leaves its document is a failure.
// Built and run by Fuzz/run.sh; without -DFUZZING it only says how to build it.

#if FUZZING
import CLibFuzzer
import Foundation
import IngestLint

/// Every rule on, with a small candidate limit and one known interviewer, so most rules can fire.
let fuzzLinter: Linter = {
    var configuration = Configuration()
    configuration.select = ["all"]
    configuration.maxCandidates = 2
    configuration.interviewers = [
        "304c0cfb-324f-4b2c-ac89-c93725c00399": InterviewerProfile(visibility: .public, resumeScreening: true)
    ]
    return Linter(configuration: configuration)
}()

func lintOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    check(bytes, 0..<bytes.count, .jsonFile)
    var lineStart = 0
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        check(bytes, lineStart..<index, .jsonLine)
        lineStart = index + 1
    }
    check(bytes, lineStart..<bytes.count, .jsonLine)
    return 0
}

func check(_ bytes: [UInt8], _ range: Range<Int>, _ kind: DocumentKind) {
    let result = fuzzLinter.lint(bytes: bytes, range: range, kind: kind)
    for finding in result.findings {
        precondition(
            finding.range.lowerBound >= range.lowerBound && finding.range.upperBound <= range.upperBound,
            "\(fuzzLinter.ruleTable.code(of: finding.rule)) range \(finding.range) outside its document \(range)")
        for edit in finding.fix?.edits ?? [] {
            precondition(
                edit.range.lowerBound >= range.lowerBound && edit.range.upperBound <= range.upperBound,
                "\(fuzzLinter.ruleTable.code(of: finding.rule)) fix edit \(edit.range) outside its document \(range)")
        }
    }
    precondition(result.payloadCount >= 0 && result.candidateCount >= 0)
}

@main
enum LintFuzzer {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in lintOneInput(data, size) }
        exit(status)
    }
}
#else
import Foundation

@main
enum LintFuzzer {
    static func main() {
        FileHandle.standardError.write(Data("fuzz-lint was built without fuzzing; run it with Fuzz/run.sh lint SECONDS.\n".utf8))
        exit(2)
    }
}
#endif
