/// Lints JSON Lines input chunk by chunk: each complete line is a document; a partial line at
/// the end of a chunk waits for the next one. Memory holds one chunk, not the file.
struct JSONLinesStream {
    let linter: Linter
    let resolver: DiagnosticResolver
    /// Lines of a chunk linted at once: a single large export still uses every core.
    let parallelism: Int
    private(set) var result: FileResult
    /// Bytes of an unfinished line carried over from the previous chunk.
    private var carry: [UInt8] = []
    /// File offset of `carry[0]`.
    private var carryOffset = 0
    /// 1-based file line number of the first line in `carry`.
    private var nextLine = 1
    private var isFirstChunk = true
    private var sawPayloadLine = false
    private var bomLength = 0
    /// The input stage's findings at the start (in file offsets), resolved with the first line so
    /// their snippet is that whole line whatever the chunk size.
    private var pendingStartFindings: [Finding] = []
    /// The input's first bytes (its BOM), to resolve start findings against when it has no line.
    private var leadingBytes: [UInt8] = []
    /// What messages call the input as a whole.
    let inputName: String
    private var handedOverFindings = false
    /// Longest line linted; a longer one is an input error and its bytes are dropped.
    let maxLineSize: Int
    /// Dropping the rest of an over-long line until its line break.
    private var skipsLongLine = false
    /// The over-long line ended with a CR at the end of a chunk: an LF starting the next one
    /// belongs to it.
    private var skipsLeadingLineFeed = false
    /// Findings the file may still list (`limits.max-diagnostics-per-file`).
    private var budget: ListingBudget

    /// Hands over what the chunks so far produced (in report order: each line's findings are
    /// sorted, and lines come in order) and starts the next part empty, so a file with millions
    /// of findings is reported as it goes instead of held in memory.
    mutating func takePart() -> FileResult {
        var part = result
        part.isComplete = false
        handedOverFindings = handedOverFindings || !part.diagnostics.isEmpty || part.omitted.total > 0
        result = FileResult(path: result.path)
        return part
    }

    init(
        linter: Linter, path: String, parallelism: Int = 1, includesSourceExcerpts: Bool = true,
        includesValueHashes: Bool = false, maxLineSize: Int = InputLimits.defaultMaxLineSize, diagnosticsLimit: Int = .max,
        inputName: String = "the file"
    ) {
        self.inputName = inputName
        self.budget = ListingBudget(limit: diagnosticsLimit)
        self.linter = linter
        self.parallelism = parallelism
        self.maxLineSize = maxLineSize
        var resolver = DiagnosticResolver(path: path, rules: linter.ruleTable)
        resolver.includesSourceExcerpts = includesSourceExcerpts
        resolver.includesValueHashes = includesValueHashes
        self.resolver = resolver
        self.result = FileResult(path: path)
    }

    mutating func consume(_ chunk: [UInt8], isLast: Bool) {
        var bytes = carry
        bytes.append(contentsOf: dropLongLine(from: chunk))
        var start = 0
        if isFirstChunk {
            // A BOM may be split across chunks only for absurdly small chunk sizes; wait for 3 bytes.
            if bytes.count < 3 && !isLast {
                carry = bytes
                return
            }
            isFirstChunk = false
            start = ByteOrderMark.length(in: bytes)
            bomLength = start
            leadingBytes = Array(bytes[..<start])
            pendingStartFindings = linter.check(input: input(holdsDocument: nil))
        }
        let end = isLast
            ? bytes.count
            : (LineSplitter.endOfLastCompleteLine(in: bytes, from: start, to: bytes.count, atEndOfInput: false) ?? start)
        let lines = LineSplitter.lines(in: bytes, from: start, to: end)
        let firstLine = nextLine
        let (linter, resolver, chunk, base, maxLineSize) = (self.linter, self.resolver, bytes, carryOffset, self.maxLineSize)
        let linted = ParallelMap.map(count: lines.count, width: parallelism) { index -> LintedLine? in
            let line = lines[index]
            if line.range.count > maxLineSize || LineSplitter.isBlank(chunk, line.range) { return nil }
            let lint = linter.lint(bytes: chunk, range: line.range, kind: .jsonLine)
            var occurrences = EmailOccurrences()
            // A line holds at most one payload: its line number tells payloads apart for IL303.
            let diagnostics = resolver.resolve(
                lint.findings, bytes: chunk, range: line.range, baseOffset: base, firstLine: firstLine + line.number,
                sightings: lint.emailSightings, payloadOrdinalBase: firstLine + line.number, into: &occurrences)
            // Sorted line by line, in parallel: lines come in order, so the file is then sorted too.
            return LintedLine(
                payloadCount: lint.payloadCount, candidateCount: lint.candidateCount,
                diagnostics: diagnostics.sorted(by: Diagnostic.reportOrder),
                occurrences: occurrences, omitted: lint.omitted, omittedFixes: lint.omittedFixes)
        }
        var lastLineNumber = -1
        for (line, lintedLine) in zip(lines, linted) {
            lastLineNumber = line.number
            if !pendingStartFindings.isEmpty {
                // `bytes[0]` is at file offset `carryOffset`.
                append(resolver.resolve(
                    pendingStartFindings.map { $0.shifted(by: -carryOffset) }, bytes: bytes, range: line.range,
                    baseOffset: carryOffset, firstLine: 1))
                pendingStartFindings = []
            }
            if line.range.count > maxLineSize {
                sawPayloadLine = true
                reportLongLine(firstLine + line.number)
                continue
            }
            guard let lintedLine else { continue }
            sawPayloadLine = true
            result.payloadCount += lintedLine.payloadCount
            result.candidateCount += lintedLine.candidateCount
            result.omitted.add(codes: lintedLine.omitted, severities: linter.severities)
            result.omitted.fixes.safe += lintedLine.omittedFixes.safe
            result.omitted.fixes.unsafe += lintedLine.omittedFixes.unsafe
            append(lintedLine.diagnostics)
            result.emailOccurrences.append(contentsOf: lintedLine.occurrences)
        }
        if end > start {
            // Every line up to `end` ended with a break (or the input ended).
            nextLine += lastLineNumber + 1
        }
        carryOffset += end
        carry = Array(bytes[end...])
        // An unfinished line already over the limit is dropped now, so memory stays bounded
        // however long it grows (its CR, if it has one, may end the carry).
        let endsWithCarriageReturn = carry.last == 0x0D
        if !isLast, carry.count - (endsWithCarriageReturn ? 1 : 0) > maxLineSize {
            sawPayloadLine = true
            reportLongLine(nextLine)
            carryOffset += carry.count
            carry = []
            if endsWithCarriageReturn {
                skipsLeadingLineFeed = true
                nextLine += 1
            } else {
                skipsLongLine = true
            }
        }
        if isLast {
            // An input with no line at all: its findings are resolved against an empty document
            // just after its BOM (line 1, column 1).
            let emptyDocument = bomLength..<bomLength
            if !pendingStartFindings.isEmpty {
                append(resolver.resolve(pendingStartFindings, bytes: leadingBytes, range: emptyDocument, baseOffset: 0, firstLine: 1))
                pendingStartFindings = []
            }
            append(resolver.resolve(
                linter.check(input: input(holdsDocument: sawPayloadLine)), bytes: leadingBytes, range: emptyDocument,
                baseOffset: 0, firstLine: 1))
            result.hadEarlierFindings = handedOverFindings
        }
    }

    /// The part of `chunk` after the over-long line being dropped (all of it when there is none).
    private mutating func dropLongLine(from chunk: [UInt8]) -> ArraySlice<UInt8> {
        var rest = chunk[...]
        if skipsLeadingLineFeed, let first = rest.first {
            skipsLeadingLineFeed = false
            if first == 0x0A {
                rest = rest.dropFirst()
                carryOffset += 1
            }
        }
        guard skipsLongLine else { return rest }
        guard let lineBreak = rest.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else {
            carryOffset += rest.count
            return []
        }
        var after = lineBreak + 1
        if rest[lineBreak] == 0x0D {
            if after < rest.endIndex {
                if rest[after] == 0x0A { after += 1 }
            } else {
                skipsLeadingLineFeed = true
            }
        }
        skipsLongLine = false
        nextLine += 1
        carryOffset += after - rest.startIndex
        return rest[after...]
    }

    private mutating func reportLongLine(_ number: Int) {
        result.inputErrors.append(InputError(
            "line \(number) of '\(result.path)' is longer than the \(InputLimits.describe(maxLineSize)) limit "
                + "(limits.max-line-size); it was not linted"))
    }

    struct LintedLine: Sendable {
        let payloadCount: Int
        let candidateCount: Int
        let diagnostics: [Diagnostic]
        let occurrences: EmailOccurrences
        let omitted: [String: Int]
        let omittedFixes: FixCounts
    }

    private func input(holdsDocument: Bool?) -> InputFacts {
        InputFacts(format: .jsonLines, inputName: inputName, byteOrderMarkLength: bomLength, holdsDocument: holdsDocument)
    }

    private mutating func append(_ diagnostics: [Diagnostic]) {
        var diagnostics = diagnostics
        budget.admit(&diagnostics, omitted: &result.omitted)
        result.diagnostics += diagnostics
    }
}
