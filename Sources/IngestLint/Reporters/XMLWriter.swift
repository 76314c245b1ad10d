/// A small Swift face over libxml2's `xmlTextWriter` (loaded on first use: `LibXML2`), used by
/// the JUnit and Checkstyle reporters, so no XML is ever built by string concatenation. libxml2 writes into a memory
/// buffer that `flush()` hands to a `ReportOutput` (and `discard()` drops), so a report is
/// written as it goes and never held whole.
///
/// libxml2 escapes `<`, `>`, `&`, quotes, tabs and line breaks, but passes characters that
/// XML 1.0 forbids straight through, and a NUL would cut a string at the C boundary. Every
/// attribute value and text is therefore run through `sanitized(_:)` first.
final class XMLWriter {
    private let xml: LibXML2
    private let writer: LibXML2.Writer
    private let buffer: LibXML2.Buffer
    private let output: ReportOutput

    /// A writer with two-space indentation whose bytes go to `output` on `flush()`; what is
    /// not flushed when it is dropped is lost.
    /// Callers check `ReportFormat.unavailableReason` first: without libxml2 this stops the process.
    init(output: ReportOutput) {
        let xml: LibXML2
        switch LibXML2.shared {
        case .success(let library): xml = library
        case .failure(let failure): preconditionFailure("\(failure); ReportFormat.unavailableReason was not checked")
        }
        guard let buffer = xml.bufferCreate() else {
            preconditionFailure("libxml2 could not allocate an output buffer")
        }
        guard let textWriter = xml.newTextWriterMemory(buffer, 0) else {
            preconditionFailure("libxml2 could not create a text writer")
        }
        self.xml = xml
        self.buffer = buffer
        self.writer = textWriter
        self.output = output
        check(xml.setIndent(textWriter, 1), "set the indentation")
        check(xml.setIndentString(textWriter, "  "), "set the indentation string")
    }

    deinit {
        xml.freeTextWriter(writer)
        xml.bufferFree(buffer)
    }

    /// Runs `body` with a writer positioned after the XML declaration (version 1.0, UTF-8,
    /// two-space indentation) and returns the finished document.
    static func document(_ body: (XMLWriter) -> Void) -> String {
        let output = ReportOutput.memory()
        let writer = XMLWriter(output: output)
        writer.startDocument()
        body(writer)
        writer.endDocument()
        writer.flush()
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// The XML declaration.
    func startDocument() {
        check(xml.startDocument(writer, "1.0", "UTF-8", nil), "start the document")
    }

    /// Closes every open element.
    func endDocument() {
        check(xml.endDocument(writer), "end the document")
    }

    /// Hands everything written so far to the output.
    func flush() {
        check(xml.flush(writer), "flush its output")
        let length = Int(xml.bufferLength(buffer))
        if length > 0, let content = xml.bufferContent(buffer) {
            output.write(UnsafeRawBufferPointer(start: content, count: length))
        }
        xml.bufferEmpty(buffer)
    }

    /// `flush()` once libxml2 holds `ReportOutput.capacity` bytes or more.
    func flushIfLarge() {
        if Int(xml.bufferLength(buffer)) >= ReportOutput.capacity { flush() }
    }

    /// Drops what was written since the last `flush()`: the writer's state (open elements,
    /// indentation) stays, so the next bytes continue a document whose start went elsewhere.
    func discard() {
        check(xml.flush(writer), "flush its output")
        xml.bufferEmpty(buffer)
    }

    /// Opens an element; `name` is one of the reporter's constants, never input text.
    func startElement(_ name: String) {
        check(xml.startElement(writer, name), "start <\(name)>")
    }

    /// Closes the innermost open element (as `<name/>` when it has no content).
    func endElement() {
        check(xml.endElement(writer), "end an element")
    }

    /// `<name attributes…/>`, the attributes in the order given.
    func emptyElement(_ name: String, _ attributes: [(String, String)]) {
        startElement(name)
        for (attributeName, value) in attributes { attribute(attributeName, value) }
        endElement()
    }

    func attribute(_ name: String, _ value: String) {
        // The sanitised copy lives until xmlTextWriter has copied it into its buffer.
        check(xml.writeAttribute(writer, name, Self.sanitized(value)), "write the attribute \(name)")
    }

    func text(_ text: String) {
        check(xml.writeString(writer, Self.sanitized(text)), "write text")
    }

    /// `<name>text</name>`.
    func element(_ name: String, text content: String) {
        startElement(name)
        text(content)
        endElement()
    }

    /// libxml2 reports failure only when it runs out of memory or is misused (an element closed
    /// twice): neither depends on the input, since every string is sanitised.
    private func check(_ result: Int32, _ action: @autoclosure () -> String) {
        precondition(result >= 0, "libxml2 could not \(action())")
    }

    // MARK: Sanitising

    /// `text` with every character XML 1.0 forbids replaced by a visible `\uXXXX`: U+0000–U+0008,
    /// U+000B, U+000C, U+000E–U+001F, U+FFFE and U+FFFF. Tab, line feed and carriage return are
    /// allowed and kept. Lone surrogates (U+D800–U+DFFF), also forbidden, cannot occur: a Swift
    /// `String` holds only Unicode scalar values, and the parser reports lone surrogate escapes
    /// as IL100 instead of decoding them.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isForbidden(scalar) {
                let digits = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
