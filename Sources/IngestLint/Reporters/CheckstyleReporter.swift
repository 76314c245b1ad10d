/// Checkstyle XML, written with libxml2, valid against Checkstyle's
/// `checkstyle-report-1.0.0.xsd`: one `file` per linted file (clean files too, as Checkstyle
/// does), one `error` per finding with `line`, `column`, `severity` (error, warning, info —
/// the same words as ours), `message` and `source` = `ingestlint.CODE.rule-name`.
package struct CheckstyleReporter: Reporter {
    /// The Checkstyle format version that ESLint, SwiftLint and most readers write and expect.
    package static let formatVersion = "4.3"

    package init() {}

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(output: output) }

    final class Stream: ReportStream {
        let xml: XMLWriter
        /// The `file` element of a file whose last part has not come yet.
        var isFileOpen = false

        init(output: ReportOutput) {
            xml = XMLWriter(output: output)
        }

        func begin() {
            xml.startDocument()
            xml.startElement("checkstyle")
            xml.attribute("version", CheckstyleReporter.formatVersion)
        }

        func write(_ file: FileResult) {
            if !isFileOpen {
                xml.startElement("file")
                xml.attribute("name", file.path)
                isFileOpen = true
            }
            for diagnostic in file.diagnostics {
                xml.emptyElement("error", [
                    ("line", String(diagnostic.start.line)),
                    ("column", String(diagnostic.start.column)),
                    ("severity", diagnostic.severity.rawValue),
                    ("message", diagnostic.message),
                    ("source", "ingestlint.\(diagnostic.code).\(diagnostic.name)"),
                ])
                xml.flushIfLarge()
            }
            if file.isComplete {
                xml.endElement()
                isFileOpen = false
            }
            xml.flush()
        }

        func end(_ summary: LintReport.Summary) {
            xml.endElement()
            xml.endDocument()
            xml.flush()
        }
    }
}
