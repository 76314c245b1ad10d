import Foundation
import Testing
@testable import IngestLint

/// Lints payload text through the public engine (`Linter` + `FileLinter`), as the CLI does.
enum SchedulingLint {
    static let interviewerId = "304c0cfb-324f-4b2c-ac89-c93725c00399"
    static let otherInterviewerId = "9b2f6c1e-7d4a-4c1b-9a3e-2f5d8c7b6a10"

    static func diagnostics(_ text: String, _ configuration: Configuration = Configuration(), path: String = "payload.json")
        -> [Diagnostic]
    {
        let linter = FileLinter(linter: Linter(configuration: configuration))
        return linter.lint(bytes: Array(text.utf8), path: path, format: InputFormat(fileName: path)).diagnostics
    }

    static func diagnostics(_ text: String, _ configuration: Configuration = Configuration(), codes: Set<String>)
        -> [Diagnostic]
    {
        diagnostics(text, configuration).filter { codes.contains($0.code) }
    }

    /// The byte offset of the first occurrence of `needle` in `text` (after `from` occurrences).
    static func offset(of needle: String, in text: String, skipping: Int = 0) -> Int? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            if seen == skipping { return start }
            seen += 1
        }
        return nil
    }

    /// `text` with every edit of `fixes` applied (edits are non-overlapping).
    static func applying(_ fixes: [Fix], to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in fixes.flatMap(\.edits).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            bytes.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A payload with one candidate and the given `sendEmailAfter` written verbatim.
    static func payload(sendEmailAfter literal: String) -> String {
        """
        {"interviewerId": "\(interviewerId)", "status": "draft", "data": [
          {"name": "Ada", "email": "ada@lovelace.dev", "metadata": {"sendEmailAfter": \(literal)}}
        ]}

        """
    }

    /// A payload with the given `status` member text (e.g. `"status": "Draft", `) before `data`.
    static func payload(statusMember: String) -> String {
        """
        {"interviewerId": "\(interviewerId)", \(statusMember)"data": [{"name": "Ada", "email": "ada@lovelace.dev"}]}

        """
    }
}
