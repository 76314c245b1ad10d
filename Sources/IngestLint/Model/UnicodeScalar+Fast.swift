extension Unicode.Scalar {
    /// `properties.isWhitespace` without the table look-up for ASCII, which is nearly all input.
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }

    /// General category Cc (C0 and C1 controls and DEL).
    var isControl: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
