/// Turns a document's findings (byte offsets into a buffer) into diagnostics with file
/// positions. The line index is built only when there is something to report.
struct DiagnosticResolver: Sendable {
    let path: String
    /// Code, name and severity of each finding's rule, by id.
    let rules: RuleTable
    /// Only the text report shows source lines; without it, findings carry none.
    var includesSourceExcerpts = true
    /// Hash each finding's offending value, for a baseline (`FindingIdentity`).
    var includesValueHashes = false

    /// Findings that come with no e-mail sightings (the input stage's).
    func resolve(_ findings: [Finding], bytes: [UInt8], range: Range<Int>, baseOffset: Int, firstLine: Int) -> [Diagnostic] {
        var unused = EmailOccurrences()
        return resolve(findings, bytes: bytes, range: range, baseOffset: baseOffset, firstLine: firstLine, into: &unused)
    }

    /// `bytes[range]` is the document; `bytes[0]` is at file offset `baseOffset`, and the first
    /// byte of `range` is on file line `firstLine`, column 1.
    func resolve(
        _ findings: [Finding], bytes: [UInt8], range: Range<Int>, baseOffset: Int, firstLine: Int,
        sightings: [EmailSighting] = [], payloadOrdinalBase: Int = 0, into occurrences: inout EmailOccurrences
    ) -> [Diagnostic] {
        guard !findings.isEmpty || !sightings.isEmpty else { return [] }
        let index = LineIndex(bytes: bytes, range: range, firstLine: firstLine)
        var cursor = index.cursor
        for sighting in sightings {
            occurrences.append(
                key: sighting.key, payloadOrdinal: payloadOrdinalBase + sighting.payloadIndex,
                range: (sighting.range.lowerBound + baseOffset)..<(sighting.range.upperBound + baseOffset),
                start: cursor.position(of: sighting.range.lowerBound), end: cursor.position(of: sighting.range.upperBound),
                batchIndex: sighting.batchIndex, candidateIndex: sighting.candidateIndex)
        }
        // Every offset to resolve, resolved in ascending order in one pass over the document.
        var offsets: [Int] = []
        offsets.reserveCapacity(findings.count * 2)
        for finding in findings {
            offsets.append(finding.range.lowerBound)
            offsets.append(finding.range.upperBound)
            for related in finding.related {
                offsets.append(related.range.lowerBound)
                offsets.append(related.range.upperBound)
            }
        }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var positions = [SourcePosition](repeating: SourcePosition(line: 0, column: 0), count: offsets.count)
        var positionCursor = index.cursor
        for slot in order { positions[slot] = positionCursor.position(of: offsets[slot]) }
        var nextPosition = 0
        func location(_ range: Range<Int>, _ pointer: JSONPointer) -> SourceLocation {
            defer { nextPosition += 2 }
            return SourceLocation(
                file: path, range: (range.lowerBound + baseOffset)..<(range.upperBound + baseOffset),
                start: positions[nextPosition], end: positions[nextPosition + 1], pointer: pointer.description)
        }
        return findings.map { finding in
            var diagnostic = Diagnostic(
                code: rules.code(of: finding.rule), name: rules.name(of: finding.rule),
                severity: rules.severity(of: finding.rule),
                message: finding.message,
                location: location(finding.range, finding.pointer),
                help: finding.help,
                fix: finding.fix.map { $0.shifted(by: baseOffset) },
                related: finding.related.map {
                    RelatedLocation(location: location($0.range, $0.pointer), message: $0.message)
                },
                sourceLine: includesSourceExcerpts ? index.lineExcerpt(containing: finding.range.lowerBound) : nil,
                sensitive: finding.sensitive)
            if includesValueHashes {
                diagnostic.valueHash = FindingIdentity.valueHash(
                    bytes: bytes, range: finding.range, document: range, message: finding.message)
            }
            return diagnostic
        }
    }
}
