import CLibXML2
import XCTest

/// Proves the system libxml2 links and works through the CLibXML2 module, which the XML
/// reports (JUnit, Checkstyle) are built on.
final class LibXML2LinkTests: XCTestCase {
    func testTextWriterOutputParsesBack() throws {
        let buffer = try XCTUnwrap(xmlBufferCreate())
        defer { xmlBufferFree(buffer) }
        let writer = try XCTUnwrap(xmlNewTextWriterMemory(buffer, 0))
        XCTAssertGreaterThanOrEqual(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), 0)
        XCTAssertGreaterThanOrEqual(xmlTextWriterStartElement(writer, "testsuite"), 0)
        XCTAssertGreaterThanOrEqual(xmlTextWriterWriteAttribute(writer, "name", "a <b> & \"c\""), 0)
        XCTAssertGreaterThanOrEqual(xmlTextWriterWriteString(writer, "]]> é"), 0)
        XCTAssertGreaterThanOrEqual(xmlTextWriterEndDocument(writer), 0)
        xmlFreeTextWriter(writer)

        let length = Int(xmlBufferLength(buffer))
        let content = try XCTUnwrap(xmlBufferContent(buffer))
        let text = String(decoding: UnsafeBufferPointer(start: content, count: length), as: UTF8.self)
        XCTAssertTrue(text.contains("name=\"a &lt;b&gt; &amp; &quot;c&quot;\""), text)

        let document = try XCTUnwrap(xmlReadMemory(text, Int32(text.utf8.count), "test.xml", "UTF-8", 0))
        defer { xmlFreeDoc(document) }
        let root = try XCTUnwrap(xmlDocGetRootElement(document))
        XCTAssertEqual(String(cString: root.pointee.name), "testsuite")
        let body = try XCTUnwrap(xmlNodeGetContent(root))
        defer { ingestlint_xmlFree(body) }
        XCTAssertEqual(String(cString: body), "]]> é")
    }

    func testLibraryReportsItsVersion() {
        XCTAssertTrue(String(cString: ingestlint_libxml_version()).hasPrefix("2."))
    }
}
