/// Lints one input: picks JSON or JSON Lines, runs the input stage at its start and end, splits
/// it into documents and resolves every finding to a file position.
package struct FileLinter: Sendable {
    package let linter: Linter
    /// JSON Lines files are read this many bytes at a time, so memory stays flat.
    package var chunkSize = 4 << 20
    /// Threads that lint the lines of one JSON Lines chunk together.
    package var parallelism = 1
    /// Keep the source line of each finding (only the text report shows it).
    package var includesSourceExcerpts = true
    /// Give every finding its `valueHash`, for a baseline.
    package var includesValueHashes = false
    /// Largest file and JSON Lines line read.
    package var limits = InputLimits()
    /// What messages call the input as a whole ("the file holds a string, not a payload
    /// object"); "standard input" for `-`.
    package var inputName = "the file"

    package init(linter: Linter) {
        self.linter = linter
    }

    /// Lints a file on disk; JSON Lines files are streamed. With `onPart`, a JSON Lines file's
    /// results are handed over chunk by chunk (`isComplete == false`) before the last part is
    /// returned; without it, the whole result is returned. `regularFileOnly`: see
    /// `FileReader.readAll`.
    package func lintFile(
        at path: String, displayPath: String? = nil, regularFileOnly: Bool = false, onPart: ((FileResult) -> Void)? = nil
    ) throws(InputError) -> FileResult {
        let display = displayPath ?? path
        let format = InputFormat(fileName: path)
        if format == .jsonLines {
            var stream = JSONLinesStream(
                linter: linter, path: display, parallelism: parallelism, includesSourceExcerpts: includesSourceExcerpts,
                includesValueHashes: includesValueHashes, maxLineSize: limits.maxLineSize,
                diagnosticsLimit: limits.diagnosticsPerFile, inputName: inputName)
            try FileReader.readChunks(
                path, chunkSize: chunkSize, limit: limits.maxFileSize, regularFileOnly: regularFileOnly
            ) { chunk, isLast in
                stream.consume(chunk, isLast: isLast)
                if let onPart, !isLast { onPart(stream.takePart()) }
            }
            return stream.result
        }
        return lint(bytes: try FileReader.readAll(path, limit: limits.maxFileSize, regularFileOnly: regularFileOnly), path: display, format: format)
    }

    /// Lints bytes already in memory (standard input, tests).
    package func lint(bytes: [UInt8], path: String, format: InputFormat) -> FileResult {
        var format = format
        if format == .sniff {
            format = InputFormat.sniff(bytes, from: ByteOrderMark.length(in: bytes))
        }
        if format == .jsonLines {
            var stream = JSONLinesStream(
                linter: linter, path: path, parallelism: parallelism, includesSourceExcerpts: includesSourceExcerpts,
                includesValueHashes: includesValueHashes, maxLineSize: limits.maxLineSize,
                diagnosticsLimit: limits.diagnosticsPerFile, inputName: inputName)
            stream.consume(bytes, isLast: true)
            return stream.result
        }
        var resolver = DiagnosticResolver(path: path, rules: linter.ruleTable)
        resolver.includesSourceExcerpts = includesSourceExcerpts
        resolver.includesValueHashes = includesValueHashes
        let start = ByteOrderMark.length(in: bytes)
        let range = start..<bytes.count
        let isBlank = LineSplitter.isBlank(bytes, range)
        func input(holdsDocument: Bool?) -> InputFacts {
            InputFacts(format: .json, inputName: inputName, byteOrderMarkLength: start, holdsDocument: holdsDocument)
        }
        var findings = linter.check(input: input(holdsDocument: nil))
        var result = FileResult(path: path)
        var sightings: [EmailSighting] = []
        if !isBlank {
            let lint = linter.lint(bytes: bytes, range: range, kind: .jsonFile, inputName: inputName)
            findings += lint.findings
            sightings = lint.emailSightings
            result.payloadCount = lint.payloadCount
            result.candidateCount = lint.candidateCount
            result.omitted.add(codes: lint.omitted, severities: linter.severities)
            result.omitted.fixes = lint.omittedFixes
        }
        findings += linter.check(input: input(holdsDocument: !isBlank))
        result.diagnostics = resolver.resolve(
            findings, bytes: bytes, range: range, baseOffset: 0, firstLine: 1, sightings: sightings,
            into: &result.emailOccurrences
        ).sorted(by: Diagnostic.reportOrder)
        var budget = ListingBudget(limit: limits.diagnosticsPerFile)
        budget.admit(&result.diagnostics, omitted: &result.omitted)
        return result
    }
}

enum ByteOrderMark {
    /// 3 when `bytes` starts with a UTF-8 BOM, else 0.
    static func length(in bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
