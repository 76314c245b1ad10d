/// The human format: `path:line:col: severity: message [code name]`, the source line with a
/// caret under the range, a help line, and a closing summary.
package struct TextReporter: Reporter {
    package enum Mode: Sendable {
        case full
        /// Only the summary line.
        case quiet
        /// Counts per rule, then the summary.
        case statistics
    }

    package var useColor: Bool
    package var mode: Mode
    /// `--max-warnings` / `max-warnings`: when the warnings exceed it, the summary says the gate
    /// failed because of it (the counts alone do not show why the run exits 1).
    package var maxWarnings: Int?

    package init(useColor: Bool = false, mode: Mode = .full, maxWarnings: Int? = nil) {
        self.useColor = useColor
        self.mode = mode
        self.maxWarnings = maxWarnings
    }

    package func stream(to output: ReportOutput) -> any ReportStream { Stream(reporter: self, output: output) }

    final class Stream: ReportStream {
        let reporter: TextReporter
        let output: ReportOutput
        var statistics = Statistics()
        /// Findings of the current file not listed so far (its parts come one after another).
        var omitted = 0

        init(reporter: TextReporter, output: ReportOutput) {
            self.reporter = reporter
            self.output = output
        }

        func begin() {}

        func write(_ file: FileResult) {
            output.write(reporter.render(file, into: &statistics))
            omitted += file.omitted.total
            if file.isComplete {
                if omitted > 0, reporter.mode == .full { output.write(reporter.omissionLine(file.path, omitted)) }
                omitted = 0
            }
        }

        func end(_ summary: LintReport.Summary) {
            output.write(reporter.closing(summary, statistics))
        }
    }

    /// One file's part of the report, so a run can be written file by file as it goes; the
    /// counts for `--statistics` are collected on the way.
    package func render(_ file: FileResult, into statistics: inout Statistics) -> String {
        switch mode {
        case .full:
            return file.diagnostics.map(render).joined()
        case .statistics:
            statistics.add(file.diagnostics)
            return ""
        case .quiet:
            return ""
        }
    }

    /// Closes a file whose findings went past the per-file limit.
    package func omissionLine(_ path: String, _ count: Int) -> String {
        paint("\(Self.printable(path)):", .bold) + " …and \(Self.grouped(count)) more "
            + (count == 1 ? "finding" : "findings") + " not listed (limits.max-diagnostics-per-file)\n"
    }

    /// What follows the last file: the counts per rule (in statistics mode) and the summary.
    package func closing(_ summary: LintReport.Summary, _ statistics: Statistics) -> String {
        var out = (mode == .statistics ? render(statistics) : "") + summaryLine(summary) + "\n"
        if let baseline = summary.baseline { out += baselineLines(baseline) }
        if let maxWarnings, summary.warningCount > maxWarnings {
            out += paint("gate failed:", .red) + " \(Self.plural(summary.warningCount, "warning")) > \(Self.grouped(maxWarnings)) (max-warnings)\n"
        }
        return out
    }

    /// Findings per rule, for `--statistics`.
    package struct Statistics: Sendable {
        var counts: [String: (name: String, count: Int, fixable: Bool)] = [:]

        package init() {}

        package mutating func add(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics {
                var entry = counts[diagnostic.code] ?? (diagnostic.name, 0, false)
                entry.count += 1
                entry.fixable = entry.fixable || diagnostic.fix?.safety == .safe
                counts[diagnostic.code] = entry
            }
        }
    }

    // MARK: One diagnostic

    func render(_ diagnostic: Diagnostic) -> String {
        let location = "\(Self.printable(diagnostic.file)):\(diagnostic.start.line):\(diagnostic.start.column):"
        var out = paint(location, .bold) + " " + paint(diagnostic.severity.rawValue + ":", color(for: diagnostic.severity))
        out += " " + Self.printable(diagnostic.message) + " "
        // A custom rule's code already holds its name: `[custom/ats-id]`, not `[custom/ats-id ats-id]`.
        let tag = diagnostic.code == RuleNames.customPrefix + diagnostic.name ? diagnostic.code : "\(diagnostic.code) \(diagnostic.name)"
        out += paint("[\(Self.printable(tag))]", .dim) + "\n"
        let gutterWidth = String(diagnostic.start.line).count
        let gutter = String(repeating: " ", count: gutterWidth)
        if let excerpt = diagnostic.sourceLine {
            let shift = excerpt.firstColumn - 1
            let snippet = Snippet(
                line: excerpt.text, startColumn: diagnostic.start.column - shift,
                endColumn: diagnostic.end.line == diagnostic.start.line ? diagnostic.end.column - shift : nil,
                isCutAtStart: shift > 0, isCutAtEnd: excerpt.isCutAtEnd)
            out += paint(" \(diagnostic.start.line) | ", .blue) + snippet.text + "\n"
            out += paint(" \(gutter) | ", .blue) + String(repeating: " ", count: snippet.caretOffset)
            out += paint(String(repeating: "^", count: snippet.caretLength), color(for: diagnostic.severity)) + "\n"
        }
        for related in diagnostic.related {
            let place = related.location.file == diagnostic.file
                ? "\(related.location.start.line):\(related.location.start.column)"
                : "\(Self.printable(related.location.file)):\(related.location.start.line):\(related.location.start.column)"
            out += paint(" \(gutter) = ", .blue) + "note: \(Self.printable(related.message)) (\(place))\n"
        }
        if let help = diagnostic.help {
            out += paint(" \(gutter) = ", .blue) + paint("help:", .bold) + " \(Self.printable(help))\n"
        }
        if let fix = diagnostic.fix {
            let label = fix.safety == .safe ? "fix:" : "unsafe fix:"
            out += paint(" \(gutter) = ", .blue) + paint(label, .bold) + " \(Self.printable(fix.description))\n"
        }
        return out
    }

    /// Text from the input may hold escape sequences that would drive the terminal (set the
    /// title, clear the screen, fake colours): control and bidi-format characters are shown as
    /// `\u{…}` instead.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnprintable) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnprintable(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// The part of a source line to show, with tabs and control characters made printable and
    /// long lines cut to a window around the range.
    struct Snippet {
        static let before = 40
        static let width = 120

        let text: String
        let caretOffset: Int
        let caretLength: Int

        init(line: String, startColumn: Int, endColumn: Int?, isCutAtStart: Bool = false, isCutAtEnd: Bool = false) {
            let scalars = Array(line.unicodeScalars)
            let start = min(max(startColumn - 1, 0), scalars.count)
            let end = min(max((endColumn ?? scalars.count + 1) - 1, start + 1), max(scalars.count, start + 1))
            let windowStart = scalars.count > Self.width ? max(0, start - Self.before) : 0
            let windowEnd = min(scalars.count, windowStart + Self.width)
            var text = windowStart > 0 || isCutAtStart ? "…" : ""
            var offset = text.isEmpty ? 0 : 1
            var length = 0
            for index in windowStart..<max(windowStart, windowEnd) {
                let scalar = scalars[index]
                let shown: String
                let width: Int
                if scalar == "\t" {
                    (shown, width) = ("    ", 4)
                } else if TextReporter.isUnprintable(scalar) {
                    // As in messages: `\u{7}`, so the caret stays under what is shown.
                    shown = TextReporter.printable(String(scalar))
                    width = shown.unicodeScalars.count
                } else {
                    (shown, width) = (String(scalar), Self.displayWidth(of: scalar))
                }
                if index < start { offset += width }
                if index >= start, index < end { length += width }
                text += shown
            }
            if windowEnd < scalars.count || isCutAtEnd { text += "…" }
            self.text = text
            self.caretOffset = offset
            self.caretLength = max(1, length)
        }

        /// Terminal cells a scalar takes, so the caret stays under CJK names and emoji:
        /// combining marks take none, East Asian wide and full-width characters two.
        static func displayWidth(of scalar: Unicode.Scalar) -> Int {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: return 0
            default: break
            }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return 2
            default:
                return 1
            }
        }
    }

    // MARK: Statistics and summary

    func render(_ statistics: Statistics) -> String {
        let counts = statistics.counts
        let width = String(counts.values.map(\.count).max() ?? 0).count
        let nameWidth = counts.values.map(\.name.count).max() ?? 0
        var out = ""
        for (code, entry) in counts.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            let count = String(entry.count)
            out += String(repeating: " ", count: width - count.count) + count + "  " + code + "  "
            out += entry.name + String(repeating: " ", count: nameWidth - entry.name.count)
            out += entry.fixable ? "  [*]" : ""
            out = out.trimmingTrailingSpaces() + "\n"
        }
        if counts.values.contains(where: \.fixable) { out += "[*] fixable with --fix\n" }
        return out
    }

    package func summaryLine(_ summary: LintReport.Summary) -> String {
        let files = Self.plural(summary.fileCount, "file")
        let scope = "\(Self.plural(summary.payloadCount, "payload")), \(Self.plural(summary.candidateCount, "candidate"))"
        guard summary.findingCount > 0 else {
            return paint("No problems", .bold) + " in \(files) — \(scope)"
        }
        var parts: [String] = []
        if summary.errorCount > 0 { parts.append(paint(Self.plural(summary.errorCount, "error"), .red)) }
        if summary.warningCount > 0 { parts.append(paint(Self.plural(summary.warningCount, "warning"), .yellow)) }
        if summary.infoCount > 0 { parts.append(paint(Self.plural(summary.infoCount, "info", "infos"), .cyan)) }
        var line = parts.joined(separator: ", ")
        line += " in \(summary.filesWithFindings) of \(files) — \(scope)"
        if summary.fixableCount > 0 { line += "; \(Self.grouped(summary.fixableCount)) fixable with --fix" }
        if summary.unsafeFixableCount > 0 {
            line += "; \(Self.grouped(summary.unsafeFixableCount)) more with --unsafe-fixes"
        }
        if summary.omittedCount > 0 {
            line += "; \(Self.grouped(summary.omittedCount)) not listed (limits.max-diagnostics-per-file)"
        }
        return line
    }

    /// `baseline: 12 findings suppressed, 2 entries stale`, and with `--show-stale` one line per
    /// stale entry.
    package func baselineLines(_ baseline: BaselineSummary) -> String {
        var out = "baseline: \(Self.plural(baseline.suppressed, "finding")) suppressed, \(Self.plural(baseline.stale, "entry", "entries")) stale"
        if baseline.stale > 0, baseline.staleEntries == nil { out += " (--show-stale lists them)" }
        out += "\n"
        for entry in baseline.staleEntries ?? [] {
            out += "  stale: \(Self.printable(entry.file)) \(Self.printable(entry.pointer.isEmpty ? "(the whole document)" : entry.pointer)) \(entry.code) value \(entry.valueHash.prefix(12))\n"
        }
        return out
    }

    static func plural(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? singular : (pluralForm ?? singular + "s"))"
    }

    /// `1204` → `1,204`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(abs(number)))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return number < 0 ? "-" + out : out
    }

    // MARK: Colour

    enum Style: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", blue = "34", cyan = "36"
    }

    func color(for severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last == " " { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
