/// Checkstyle XML, written with libxml2, valid against Checkstyle's
/// `checkstyle-report-1.0.0.xsd`: one `file` per linted file (clean files too, as Checkstyle
/// does), one `error` per finding with `line`, `column`, `severity` (error, warning, info —
/// the same words as ours), `message` and `source` = `ingestlint.CODE.rule-name`.
public struct CheckstyleReporter: Reporter {
    /// The Checkstyle format version that ESLint, SwiftLint and most readers write and expect.
    public static let formatVersion = "4.3"

    public init() {}

    public func render(_ report: LintReport) -> String {
        XMLWriter.document { xml in
            xml.startElement("checkstyle")
            xml.attribute("version", Self.formatVersion)
            for file in report.files {
                xml.startElement("file")
                xml.attribute("name", file.path)
                for diagnostic in file.diagnostics {
                    xml.emptyElement("error", [
                        ("line", String(diagnostic.start.line)),
                        ("column", String(diagnostic.start.column)),
                        ("severity", diagnostic.severity.rawValue),
                        ("message", diagnostic.message),
                        ("source", "ingestlint.\(diagnostic.code).\(diagnostic.name)"),
                    ])
                }
                xml.endElement()
            }
            xml.endElement()
        }
    }
}
