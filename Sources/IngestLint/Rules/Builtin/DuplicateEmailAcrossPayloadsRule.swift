/// IL303: the same normalised e-mail goes to the same Interviewer in another payload of the
/// run — another line, another batch element or another file. Payloads without a valid
/// `interviewerId` are skipped. Duplicates within one payload are IL302.
///
/// Files are linted in parallel, so this runs after them: `apply` walks every file's e-mails in
/// input order, so "first" means first in the report order whatever the scheduling.
public struct DuplicateEmailAcrossPayloadsRule: Rule {
    public static let code = "IL303"

    /// The e-mails of a document that IL303 compares.
    static func sightings(in payloads: [Payload]) -> [EmailSighting] {
        var sightings: [EmailSighting] = []
        for (payloadIndex, payload) in payloads.enumerated() {
            guard let interviewerId = payload.validInterviewerId else { continue }
            for candidate in payload.candidates {
                guard let check = candidate.emailCheck else { continue }
                sightings.append(EmailSighting(
                    key: EmailKey(interviewerId: interviewerId, email: check.address), payloadIndex: payloadIndex,
                    range: check.member.value.range, batchIndex: payload.batchIndex, candidateIndex: candidate.index))
            }
        }
        return sightings
    }

    /// The first sighting of each (Interviewer, e-mail) across the run, fed one file at a time
    /// in input order. Only first sightings stay in memory (about 126 bytes each, measured).
    public struct Index: Sendable {
        struct FirstSighting: Sendable {
            let file: UInt32
            let occurrence: EmailOccurrence
        }

        let severity: Severity
        private var firstSeen: [EmailKey: FirstSighting] = [:]
        private var paths: [Int: String] = [:]

        public init(severity: Severity) {
            self.severity = severity
        }

        /// Adds IL303 diagnostics to a result and drops its e-mail list. Results come in input
        /// order; the parts of one streamed file share its `fileIndex`.
        public mutating func process(_ result: inout FileResult, fileIndex: Int) {
            paths[fileIndex] = result.path
            let sightings = result.emailOccurrences
            result.emailOccurrences = EmailOccurrences()
            let rule = DuplicateEmailAcrossPayloadsRule.description
            var added: [Diagnostic] = []
            for (key, occurrence) in zip(sightings.keys, sightings.occurrences) {
                guard let first = firstSeen[key] else {
                    firstSeen[key] = FirstSighting(file: UInt32(fileIndex), occurrence: occurrence)
                    continue
                }
                let firstFile = Int(first.file)
                // The same payload: IL302's business.
                if firstFile == fileIndex, first.occurrence.payloadOrdinal == occurrence.payloadOrdinal { continue }
                let firstLocation = first.occurrence.location(file: paths[firstFile] ?? result.path)
                let place = firstFile == fileIndex
                    ? "line \(firstLocation.start.line), \(firstLocation.pointer)"
                    : "\(firstLocation.file):\(firstLocation.start.line), \(firstLocation.pointer)"
                added.append(Diagnostic(
                    code: code, name: rule.name, severity: severity,
                    message: rule.message("default", ["place": place]),
                    location: occurrence.location(file: result.path),
                    related: [RelatedLocation(location: firstLocation, message: rule.message("related"))]))
            }
            if !added.isEmpty {
                result.diagnostics = (result.diagnostics + added).sorted(by: Diagnostic.reportOrder)
            }
        }
    }

    /// Applies the index to whole results in input order.
    public static func apply(to results: inout [FileResult], severity: Severity) {
        var index = Index(severity: severity)
        for position in results.indices { index.process(&results[position], fileIndex: position) }
    }
}
