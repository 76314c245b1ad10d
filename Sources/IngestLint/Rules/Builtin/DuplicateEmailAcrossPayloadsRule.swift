/// IL303: the same normalised e-mail goes to the same Interviewer in another payload of the
/// run — another line, another batch element or another file. Payloads without a valid
/// `interviewerId` are skipped. Duplicates within one payload are IL302.
///
/// Files are linted in parallel, so this runs after them: `apply` walks every file's e-mails in
/// input order, so "first" means first in the report order whatever the scheduling.
package struct DuplicateEmailAcrossPayloadsRule: Rule {
    package static let code = "IL303"
    package static let reads: ViewParts = .emailCheck

    /// The e-mails of a document that IL303 compares.
    package func sightings(in document: Document) -> [EmailSighting] {
        var sightings: [EmailSighting] = []
        sightings.reserveCapacity(document.payloads.reduce(0) { $0 + $1.candidates.count })
        for (payloadIndex, payload) in document.payloads.enumerated() {
            guard let interviewerId = payload.validInterviewerId else { continue }
            let prefix = EmailKey.Prefix(interviewerId: interviewerId)
            for candidate in payload.candidates {
                guard let check = candidate.emailCheck else { continue }
                sightings.append(EmailSighting(
                    key: EmailKey(prefix, normalized: check.normalized),
                    // Unique per payload of a document: its batch index (a batch may hold non-objects).
                    payloadIndex: payload.batchIndex ?? payloadIndex,
                    range: check.member.value.range, batchIndex: payload.batchIndex, candidateIndex: candidate.index))
            }
        }
        return sightings
    }

    package func makeRunStage(severity: Severity, includesValueHashes: Bool) -> (any RunStage)? {
        Index(severity: severity, includesValueHashes: includesValueHashes)
    }

    /// The first sighting of each (Interviewer, e-mail) across the run, fed one file at a time
    /// in input order. Only first sightings stay in memory (`EmailFirstSightings`: at most 48
    /// bytes each).
    package struct Index: RunStage {
        let severity: Severity
        private var firstSightings = EmailFirstSightings()
        private var paths: [Int: String] = [:]
        /// Give each finding its `valueHash` (of the Interviewer and normalised address), for a baseline.
        package var includesValueHashes = false

        package init(severity: Severity, includesValueHashes: Bool = false) {
            self.severity = severity
            self.includesValueHashes = includesValueHashes
        }

        /// Distinct (Interviewer, e-mail) pairs seen so far.
        package var distinctCount: Int { firstSightings.count }

        /// Adds IL303 diagnostics to a result and drops its e-mail list. Results come in input
        /// order; the parts of one streamed file share its `fileIndex`.
        /// Past `listing` new findings, the rest are only counted in `result.omitted`.
        package mutating func process(_ result: inout FileResult, fileIndex: Int, listing: Int = .max) {
            paths[fileIndex] = result.path
            let sightings = result.emailOccurrences
            result.emailOccurrences = EmailOccurrences()
            let name = DuplicateEmailAcrossPayloadsRule.description.name
            var added: [Diagnostic] = []
            for (key, occurrence) in zip(sightings.keys, sightings.occurrences) {
                let sighting = EmailFirstSightings.Sighting(
                    file: UInt32(clamping: fileIndex), offset: occurrence.offset, length: occurrence.length,
                    line: occurrence.line, column: occurrence.column,
                    width: occurrence.endColumn &- occurrence.column, candidateIndex: occurrence.candidateIndex,
                    payloadOrdinal: occurrence.payloadOrdinal, isBatchElement: occurrence.batchIndex >= 0)
                guard let first = firstSightings.firstSighting(of: key, orInsert: sighting) else { continue }
                let firstFile = Int(first.file)
                // The same payload: IL302's business.
                if firstFile == fileIndex, first.payloadOrdinal == occurrence.payloadOrdinal { continue }
                guard added.count < listing else {
                    result.omitted.add(severity)
                    continue
                }
                let firstLocation = first.location(path: paths[firstFile] ?? result.path)
                let place = firstFile == fileIndex
                    ? "line \(firstLocation.start.line), \(firstLocation.pointer)"
                    : "\(firstLocation.file):\(firstLocation.start.line), \(firstLocation.pointer)"
                var diagnostic = Diagnostic(
                    code: code, name: name, severity: severity,
                    message: Message.default(place: place),
                    location: occurrence.location(file: result.path),
                    related: [RelatedLocation(location: firstLocation, message: Message.related)])
                if includesValueHashes { diagnostic.valueHash = FindingIdentity.valueHash(of: key) }
                added.append(diagnostic)
            }
            if !added.isEmpty {
                result.diagnostics = (result.diagnostics + added).sorted(by: Diagnostic.reportOrder)
            }
        }
    }

    /// Applies the index to whole results in input order.
    package static func apply(to results: inout [FileResult], severity: Severity, includesValueHashes: Bool = false) {
        var index = Index(severity: severity, includesValueHashes: includesValueHashes)
        for position in results.indices { index.process(&results[position], fileIndex: position) }
    }
}
