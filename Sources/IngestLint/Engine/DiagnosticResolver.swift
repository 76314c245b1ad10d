/// Turns a document's findings (byte offsets into a buffer) into diagnostics with file
/// positions. The line index is built only when there is something to report.
struct DiagnosticResolver {
    let path: String
    let severities: [String: Severity]
    let catalogue: RuleCatalogue

    /// `bytes[range]` is the document; `bytes[0]` is at file offset `baseOffset`, and the first
    /// byte of `range` is on file line `firstLine`, column 1.
    func resolve(
        _ findings: [Finding], bytes: [UInt8], range: Range<Int>, baseOffset: Int, firstLine: Int
    ) -> [Diagnostic] {
        guard !findings.isEmpty else { return [] }
        let index = LineIndex(bytes: bytes, range: range, firstLine: firstLine)
        func location(_ range: Range<Int>, _ pointer: JSONPointer) -> SourceLocation {
            SourceLocation(
                file: path, range: (range.lowerBound + baseOffset)..<(range.upperBound + baseOffset),
                start: index.position(of: range.lowerBound), end: index.position(of: range.upperBound),
                pointer: pointer.description)
        }
        return findings.map { finding in
            let rule = catalogue.description(of: finding.code)
            return Diagnostic(
                code: finding.code, name: rule.name,
                severity: severities[finding.code] ?? rule.defaultSeverity,
                message: finding.message,
                location: location(finding.range, finding.pointer),
                help: finding.help,
                fix: finding.fix.map { $0.shifted(by: baseOffset) },
                related: finding.related.map {
                    RelatedLocation(location: location($0.range, $0.pointer), message: $0.message)
                },
                sourceLine: index.lineText(containing: finding.range.lowerBound))
        }
    }
}
