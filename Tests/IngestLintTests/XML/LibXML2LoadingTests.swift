import Foundation
import Testing

@testable import IngestLint

/// libxml2 is loaded when an XML report is first written (`LibXML2`), not linked: a run that
/// writes no XML never loads it, and a machine without it gets one sentence, not a crash.
@Suite("Loading libxml2 on demand")
struct LibXML2LoadingTests {
    @Test func theInstalledLibraryLoads() throws {
        // The test bundle links libxml2 (for XSD validation), so the system library is here.
        let library = try LibXML2.load(candidates: LibXML2.libraryNames).get()
        let buffer = try #require(library.bufferCreate())
        defer { library.bufferFree(buffer) }
        let writer = try #require(library.newTextWriterMemory(buffer, 0))
        #expect(library.startDocument(writer, "1.0", "UTF-8", nil) >= 0)
        #expect(library.startElement(writer, "a") >= 0)
        #expect(library.writeAttribute(writer, "b", "<&>") >= 0)
        #expect(library.endDocument(writer) >= 0)
        library.freeTextWriter(writer)
        let content = try #require(library.bufferContent(buffer))
        let text = String(decoding: UnsafeBufferPointer(start: content, count: Int(library.bufferLength(buffer))), as: UTF8.self)
        #expect(text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a b=\"&lt;&amp;&gt;\"/>\n")
        #expect(ReportFormat.junit.unavailableReason == nil)
        #expect(ReportFormat.checkstyle.unavailableReason == nil)
    }

    @Test func aMissingLibraryIsNamed() {
        let result = LibXML2.load(candidates: ["libingestlint-absent.so.9", "/nonexistent/libxml2.so.2"])
        guard case .failure(let failure) = result else {
            Issue.record("a library that does not exist was loaded")
            return
        }
        #expect(failure.description == "libxml2 could not be loaded (tried libingestlint-absent.so.9, /nonexistent/libxml2.so.2)")
    }

    @Test func aLibraryThatIsNotLibXML2IsRefused() {
        // libz is a dependency of libxml2 itself, so it is installed wherever libxml2 is.
        let result = LibXML2.load(candidates: ["libz.so.1"])
        guard case .failure(let failure) = result else {
            Issue.record("libz was taken for libxml2")
            return
        }
        #expect(failure.description == "libxml2 could not be used: 'libz.so.1' has no xmlBufferCreate")
    }

    @Test func formatsWithoutXMLNeverNeedIt() {
        for format in ReportFormat.allCases where format != .junit && format != .checkstyle {
            #expect(format.unavailableReason == nil, "\(format)")
        }
    }
}
