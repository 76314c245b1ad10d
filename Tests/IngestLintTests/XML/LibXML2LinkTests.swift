import CLibXML2
import Testing

/// Proves the system libxml2 links and works through the CLibXML2 module, which the XML
/// reports (JUnit, Checkstyle) are built on.
@Suite("libxml2")
struct LibXML2LinkTests {
    @Test("xmlTextWriter writes a document that libxml2 parses back")
    func writeAndParse() throws {
        let buffer = try #require(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try #require(xmlNewTextWriterMemory(buffer, 0))
        #expect(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil) >= 0)
        #expect(xmlTextWriterStartElement(writer, "testsuite") >= 0)
        #expect(xmlTextWriterWriteAttribute(writer, "name", "a <b> & \"c\"") >= 0)
        #expect(xmlTextWriterWriteString(writer, "]]> é") >= 0)
        #expect(xmlTextWriterEndDocument(writer) >= 0)
        xmlFreeTextWriter(writer)

        let length = Int(xmlBufferLength(buffer))
        let content = try #require(xmlBufferContent(buffer))
        let text = String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
        #expect(text.contains("name=\"a &lt;b&gt; &amp; &quot;c&quot;\""))

        let document = try #require(xmlReadMemory(text, Int32(text.utf8.count), "test.xml", "UTF-8", 0))
        defer { xmlFreeDoc(document) }
        let root = try #require(xmlDocGetRootElement(document))
        let name = String(cString: root.pointee.name)
        #expect(name == "testsuite")
        let body = try #require(xmlNodeGetContent(root))
        defer { ingestlint_xmlFree(body) }
        #expect(String(cString: body) == "]]> é")
    }

    @Test("The library reports its version")
    func version() {
        #expect(String(cString: ingestlint_libxml_version()).hasPrefix("2."))
    }
}
