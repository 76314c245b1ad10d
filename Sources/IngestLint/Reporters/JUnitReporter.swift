/// JUnit XML, written with libxml2, valid against the Jenkins xUnit plugin's `junit-10.xsd`
/// (the schema pytest and junitparser follow). `testsuites` holds one `testsuite` per file
/// (`name` and `file` = the path); each finding is a `testcase` (`classname` = the path,
/// `name` = `CODE rule-name line:col`, unique within the suite). Findings at or above
/// `failOn` carry a `failure` (`message`, `type` = the code, and a text starting with
/// `path:line:col: severity: message`); findings below it pass, with the same text in
/// `system-out`; a clean file gets one passing test case. No timestamps or durations, so the
/// same run gives the same bytes.
package struct JUnitReporter: Reporter {
    /// Findings of this severity or above are failures; the rest are passing test cases.
    package var failOn: Severity

    package init(failOn: Severity = .error) {
        self.failOn = failOn
    }

    /// The name of the passing test case that stands for a file without findings.
    package static let cleanTestCaseName = "no findings"

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(failOn: failOn, output: output) }

    /// `<testsuites>` and each `<testsuite>` open with their counts, known only once their
    /// findings are written. So the body goes to a spill output (memory up to 64 KiB, then an
    /// unlinked temporary file) and the opening tag is written before it at `end`; a file that
    /// comes in parts gets its own spill, copied into the body after its opening tag when its
    /// last part comes.
    ///
    /// Every byte is libxml2's: a writer continues a document whose start it has written and
    /// then discarded (`XMLWriter.discard()`), so the pieces join into exactly the document one
    /// writer would have written in one go.
    final class Stream: ReportStream {
        let failOn: Severity
        let output: ReportOutput
        let body = ReportOutput.spill()
        let xml: XMLWriter
        var tests = 0
        var failures = 0
        /// The file whose last part has not come yet.
        var open: Suite?

        /// A `testsuite` being written in parts.
        final class Suite {
            let spill = ReportOutput.spill()
            let xml: XMLWriter
            var findings = 0
            var failures = 0
            var usedNames = UsedNames()

            init() {
                xml = XMLWriter(output: spill)
                // Positioned inside `<testsuites><testsuite …>`, whose bytes are not kept.
                xml.startDocument()
                xml.startElement("testsuites")
                xml.startElement("testsuite")
                xml.discard()
            }
        }

        init(failOn: Severity, output: ReportOutput) {
            self.failOn = failOn
            self.output = output
            xml = XMLWriter(output: body)
        }

        func begin() {
            // The opening tag is written at `end`, with the totals.
            xml.startDocument()
            xml.startElement("testsuites")
            xml.discard()
        }

        func write(_ file: FileResult) {
            let failing = file.diagnostics.lazy.filter { $0.severity >= self.failOn }.count
            guard open != nil || !file.isComplete else {
                // A whole file: its counts are known.
                startSuite(file.path, findings: file.diagnostics.count, failures: failing, into: xml)
                if file.diagnostics.isEmpty { cleanTestCase(file.path, into: xml) }
                var usedNames = UsedNames()
                testCases(file.path, file.diagnostics, usedNames: &usedNames, into: xml)
                xml.endElement()
                xml.flushIfLarge()
                return
            }
            let suite = open ?? Suite()
            testCases(file.path, file.diagnostics, usedNames: &suite.usedNames, into: suite.xml)
            suite.findings += file.diagnostics.count
            suite.failures += failing
            guard file.isComplete else {
                open = suite
                suite.xml.flush()
                return
            }
            open = nil
            if suite.findings == 0 { cleanTestCase(file.path, into: suite.xml) }
            suite.xml.endElement()
            suite.xml.flush()
            startSuite(file.path, findings: suite.findings, failures: suite.failures, into: xml)
            xml.flush()
            // The suite's test cases and closing tag are in its spill.
            xml.endElement()
            xml.discard()
            body.append(contentsOf: suite.spill)
        }

        func end(_ summary: LintReport.Summary) {
            xml.endElement()
            xml.endDocument()
            xml.flush()
            let head = XMLWriter(output: output)
            head.startDocument()
            head.startElement("testsuites")
            head.attribute("name", "ingestlint")
            head.attribute("tests", String(tests))
            head.attribute("failures", String(failures))
            head.attribute("errors", "0")
            head.flush()
            output.append(contentsOf: body)
        }

        /// `<testsuite …>` with its counts; they add to the run's.
        private func startSuite(_ path: String, findings: Int, failures failing: Int, into xml: XMLWriter) {
            tests += max(1, findings)
            failures += failing
            xml.startElement("testsuite")
            xml.attribute("name", path)
            xml.attribute("file", path)
            xml.attribute("tests", String(max(1, findings)))
            xml.attribute("failures", String(failing))
            xml.attribute("errors", "0")
            xml.attribute("skipped", "0")
        }

        private func cleanTestCase(_ path: String, into xml: XMLWriter) {
            xml.emptyElement("testcase", [("classname", path), ("name", JUnitReporter.cleanTestCaseName)])
        }

        /// Test-case names used in a suite. A name holds its finding's line, and findings come in
        /// report order, so only the current line's names can repeat: the table is emptied when
        /// the line moves on, and stays small however many findings a file has.
        struct UsedNames {
            var line = 0
            var counts: [String: Int] = [:]

            /// How many times `name` (of a finding on `line`) was used before.
            mutating func use(_ name: String, line: Int) -> Int {
                if line != self.line {
                    counts.removeAll(keepingCapacity: true)
                    self.line = line
                }
                let repeats = counts[name, default: 0]
                counts[name] = repeats + 1
                return repeats
            }
        }

        private func testCases(_ path: String, _ diagnostics: [Diagnostic], usedNames: inout UsedNames, into xml: XMLWriter) {
            for diagnostic in diagnostics {
                let baseName = "\(diagnostic.code) \(diagnostic.name) \(diagnostic.start.line):\(diagnostic.start.column)"
                let repeats = usedNames.use(baseName, line: diagnostic.start.line)
                xml.startElement("testcase")
                xml.attribute("classname", path)
                xml.attribute("name", repeats == 0 ? baseName : "\(baseName) (\(repeats + 1))")
                if diagnostic.severity >= failOn {
                    xml.startElement("failure")
                    xml.attribute("message", diagnostic.message)
                    xml.attribute("type", diagnostic.code)
                    xml.text(JUnitReporter.details(diagnostic))
                    xml.endElement()
                } else {
                    xml.element("system-out", text: JUnitReporter.details(diagnostic))
                }
                xml.endElement()
                xml.flushIfLarge()
            }
        }
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
