import Foundation
import Testing
@testable import IngestLint

/// Hostile input never crashes the pipeline nor breaks a report: the example payloads, mutated
/// byte by byte with a fixed seed, go through the whole linter (as JSON and as JSON Lines) and
/// every report format, and the JSON report always parses back. (A coverage-guided fuzz target
/// is the next step; this runs in every `swift test`.)
@Suite("Mutated payloads")
struct MutationTests {
    static let interesting: [[UInt8]] = [
        Array("\"".utf8), Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(",".utf8),
        Array(":".utf8), Array("\\".utf8), Array("\\u".utf8), Array("\\uD800".utf8), Array("null".utf8),
        Array("1e999".utf8), Array("-0".utf8), Array("\n".utf8), Array("\r".utf8), [0x00], [0x1B], [0xFF], [0xC0, 0x80],
        [0xED, 0xA0, 0x80], Array("é".utf8), Array("😀".utf8), Array("\u{202E}".utf8), Array("]]>".utf8),
        Array("<&'>".utf8), Array("@@".utf8), Array("..".utf8), Array("xn--".utf8), Array("İ".utf8),
        [0xEF, 0xBB, 0xBF], Array(String(repeating: "[", count: 300).utf8),
    ]

    static let seeds: [[UInt8]] = {
        let folder = PackagePaths.root.appendingPathComponent("examples")
        let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }
            .sorted()
        return files.compactMap { try? Array(Data(contentsOf: folder.appendingPathComponent($0))) }
    }()

    static func mutate(_ input: [UInt8], _ generator: inout SeededGenerator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !bytes.isEmpty:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &generator)))
            case 1 where !bytes.isEmpty:
                bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 2:
                bytes.insert(contentsOf: interesting.randomElement(using: &generator) ?? [], at: position)
            default:
                // Splice a piece of the input somewhere else (duplicates keys, nests values).
                guard bytes.count > 2 else { continue }
                let start = Int.random(in: 0..<bytes.count, using: &generator)
                let piece = bytes[start..<min(bytes.count, start + Int.random(in: 1...40, using: &generator))]
                bytes.insert(contentsOf: piece, at: position)
            }
        }
        return bytes
    }

    @Test("Mutations: no crash, every report well formed", .enabled(if: !seeds.isEmpty))
    func mutations() throws {
        var configuration = Configuration()
        configuration.select = ["all"]
        configuration.maxCandidates = 2
        configuration.interviewers = ["304c0cfb-324f-4b2c-ac89-c93725c00399": InterviewerProfile(visibility: .public, resumeScreening: true)]
        let fileLinter = FileLinter(linter: Linter(configuration: configuration))
        // INGESTLINT_MUTATIONS / INGESTLINT_MUTATION_SEED run longer or different campaigns locally.
        let environment = ProcessInfo.processInfo.environment
        let rounds = environment["INGESTLINT_MUTATIONS"].flatMap(Int.init) ?? 2_000
        var generator = SeededGenerator(seed: environment["INGESTLINT_MUTATION_SEED"].flatMap(UInt64.init) ?? 20_261_129)
        for round in 0..<rounds {
            let seed = Self.seeds[round % Self.seeds.count]
            let input = Self.mutate(seed, &generator)
            let format: InputFormat = round % 3 == 0 ? .jsonLines : (round % 3 == 1 ? .json : .sniff)
            var results = [fileLinter.lint(bytes: input, path: "mutant-\(round)", format: format)]
            if let severity = fileLinter.linter.severities[DuplicateEmailAcrossPayloadsRule.code] {
                DuplicateEmailAcrossPayloadsRule.apply(to: &results, severity: severity)
            }
            for diagnostic in results[0].diagnostics {
                #expect(diagnostic.start.line >= 1 && diagnostic.start.column >= 1)
                #expect(diagnostic.end >= diagnostic.start)
                #expect(diagnostic.location.range.upperBound <= input.count, "round \(round)")
            }
            let report = LintReport(files: results)
            let json = JSONReporter().render(report)
            #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "round \(round): malformed JSON report")
            if round % 10 == 0 {
                for format in ReportFormat.allCases {
                    _ = format.reporter().render(report)
                    _ = format.reporter().render(Redactor.redact(report))
                }
            }
        }
    }
}
