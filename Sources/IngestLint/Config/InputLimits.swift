/// How much of an input is read at most (configuration `limits:`), so a hostile or mistaken
/// input — `/dev/zero`, a runaway export, a line that never ends — cannot exhaust memory.
package struct InputLimits: Sendable, Equatable {
    /// 1 GiB: far above any real payload file, and a bound on what a JSON file costs in memory
    /// (it is parsed whole). Larger JSON Lines exports can raise it: they are streamed.
    package static let defaultMaxFileSize = 1 << 30
    /// 64 MiB: a JSON Lines line is one payload; the API rejects requests far smaller.
    package static let defaultMaxLineSize = 64 << 20
    /// 10,000: more than anyone reads, few enough that a file holding a million copies of one
    /// mistake is reported in seconds and in bounded memory. 0 lists every finding.
    package static let defaultMaxDiagnosticsPerFile = 10_000

    /// Largest input, in bytes; reading stops just past it and the file is an input error.
    package var maxFileSize: Int
    /// Largest JSON Lines line, in bytes (without its line break); a longer line is an input
    /// error for that line and the other lines are still linted.
    package var maxLineSize: Int
    /// Findings listed per file; the rest are counted (they still decide the exit status) and
    /// reported as one "…and N more" line. 0: no limit.
    package var maxDiagnosticsPerFile: Int

    package init(
        maxFileSize: Int = InputLimits.defaultMaxFileSize, maxLineSize: Int = InputLimits.defaultMaxLineSize,
        maxDiagnosticsPerFile: Int = InputLimits.defaultMaxDiagnosticsPerFile
    ) {
        self.maxFileSize = maxFileSize
        self.maxLineSize = maxLineSize
        self.maxDiagnosticsPerFile = maxDiagnosticsPerFile
    }

    /// `maxDiagnosticsPerFile` with 0 read as no limit.
    package var diagnosticsPerFile: Int { maxDiagnosticsPerFile > 0 ? maxDiagnosticsPerFile : Int.max }

    /// `1073741824`, `64 MiB`, `512KiB`, `2 GB`: bytes, or a number with a unit (B, KB, MB, GB
    /// in powers of 1,000; KiB, MiB, GiB in powers of 1,024; any letter case). Nil when `text` is
    /// not such a size or the size does not fit in an `Int`.
    package static func parseSize(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var number = 0
        var digits = 0
        while index < scalars.count, let digit = asciiDigit(scalars[index]) {
            let (product, overflow) = number.multipliedReportingOverflow(by: 10)
            let (sum, carried) = product.addingReportingOverflow(digit)
            guard !overflow, !carried else { return nil }
            number = sum
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let unit = String(String.UnicodeScalarView(scalars[index...])).lowercased()
        let multipliers: [String: Int] = [
            "": 1, "b": 1, "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000,
            "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
        ]
        guard let multiplier = multipliers[unit] else { return nil }
        let (size, overflow) = number.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : size
    }

    /// `64 MiB`, `1 GiB`, `1500 bytes`: how messages show a size.
    package static func describe(_ size: Int) -> String {
        for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where size >= 1 << shift && size % (1 << shift) == 0 {
            return "\(size >> shift) \(unit)"
        }
        return size == 1 ? "1 byte" : "\(size) bytes"
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        (0x30...0x39).contains(scalar.value) ? Int(scalar.value - 0x30) : nil
    }
}
