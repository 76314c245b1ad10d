/// JUnit XML, written with libxml2, valid against the Jenkins xUnit plugin's `junit-10.xsd`
/// (the schema pytest and junitparser follow). `testsuites` holds one `testsuite` per file
/// (`name` and `file` = the path); each finding is a `testcase` (`classname` = the path,
/// `name` = `CODE rule-name line:col`, unique within the suite). Findings at or above
/// `failOn` carry a `failure` (`message`, `type` = the code, and a text starting with
/// `path:line:col: severity: message`); findings below it pass, with the same text in
/// `system-out`; a clean file gets one passing test case. No timestamps or durations, so the
/// same run gives the same bytes.
public struct JUnitReporter: Reporter {
    /// Findings of this severity or above are failures; the rest are passing test cases.
    public var failOn: Severity

    public init(failOn: Severity = .error) {
        self.failOn = failOn
    }

    /// The name of the passing test case that stands for a file without findings.
    public static let cleanTestCaseName = "no findings"

    public func render(_ report: LintReport) -> String {
        XMLWriter.document { xml in
            let diagnostics = report.diagnostics
            xml.startElement("testsuites")
            xml.attribute("name", "ingestlint")
            xml.attribute("tests", String(report.files.reduce(0) { $0 + max(1, $1.diagnostics.count) }))
            xml.attribute("failures", String(diagnostics.filter { $0.severity >= failOn }.count))
            xml.attribute("errors", "0")
            for file in report.files { suite(file, into: xml) }
            xml.endElement()
        }
    }

    private func suite(_ file: FileResult, into xml: XMLWriter) {
        xml.startElement("testsuite")
        xml.attribute("name", file.path)
        xml.attribute("file", file.path)
        xml.attribute("tests", String(max(1, file.diagnostics.count)))
        xml.attribute("failures", String(file.diagnostics.filter { $0.severity >= failOn }.count))
        xml.attribute("errors", "0")
        xml.attribute("skipped", "0")
        if file.diagnostics.isEmpty {
            xml.emptyElement("testcase", [("classname", file.path), ("name", Self.cleanTestCaseName)])
        }
        var usedNames: [String: Int] = [:]
        for diagnostic in file.diagnostics {
            let baseName = "\(diagnostic.code) \(diagnostic.name) \(diagnostic.start.line):\(diagnostic.start.column)"
            let repeats = usedNames[baseName, default: 0]
            usedNames[baseName] = repeats + 1
            xml.startElement("testcase")
            xml.attribute("classname", file.path)
            xml.attribute("name", repeats == 0 ? baseName : "\(baseName) (\(repeats + 1))")
            if diagnostic.severity >= failOn {
                xml.startElement("failure")
                xml.attribute("message", diagnostic.message)
                xml.attribute("type", diagnostic.code)
                xml.text(Self.details(diagnostic))
                xml.endElement()
            } else {
                xml.element("system-out", text: Self.details(diagnostic))
            }
            xml.endElement()
        }
        xml.endElement()
    }

    /// `path:line:col: severity: message [CODE name]`, then the pointer, related places, help
    /// and fix, one per line. No source snippet: CI pages show the file themselves.
    static func details(_ diagnostic: Diagnostic) -> String {
        var out = "\(diagnostic.file):\(diagnostic.start.line):\(diagnostic.start.column): "
        out += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.code) \(diagnostic.name)]\n"
        out += "  pointer: \(diagnostic.location.pointer.isEmpty ? "(the whole document)" : diagnostic.location.pointer)\n"
        for related in diagnostic.related {
            let place = "\(related.location.file):\(related.location.start.line):\(related.location.start.column)"
            out += "  note: \(related.message) (\(place))\n"
        }
        if let help = diagnostic.help { out += "  help: \(help)\n" }
        if let fix = diagnostic.fix {
            out += "  \(fix.safety == .safe ? "fix" : "unsafe fix"): \(fix.description)\n"
        }
        return out
    }
}
