#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2's text writer, loaded with `dlopen` the first time an XML report is written.
///
/// Linking libxml2 makes every run load it and the ICU libraries it depends on — about 1.5 ms of
/// a 10 ms start-up, for the two formats (JUnit, Checkstyle) that need it. Loaded on demand, a
/// run that writes no XML never pays for it, and the installed static binary runs on a machine
/// without libxml2 until one of those formats is asked for (`ReportFormat.unavailableReason`).
struct LibXML2: @unchecked Sendable {
    // xmlTextWriterPtr and xmlBufferPtr stay opaque: nothing here reads their fields.
    typealias Writer = OpaquePointer
    typealias Buffer = OpaquePointer
    typealias XMLString = UnsafePointer<UInt8>

    let bufferCreate: @convention(c) () -> Buffer?
    let bufferFree: @convention(c) (Buffer?) -> Void
    let bufferLength: @convention(c) (Buffer?) -> Int32
    let bufferContent: @convention(c) (Buffer?) -> XMLString?
    let bufferEmpty: @convention(c) (Buffer?) -> Void
    let newTextWriterMemory: @convention(c) (Buffer?, Int32) -> Writer?
    let freeTextWriter: @convention(c) (Writer?) -> Void
    let setIndent: @convention(c) (Writer?, Int32) -> Int32
    let setIndentString: @convention(c) (Writer?, XMLString?) -> Int32
    let startDocument: @convention(c) (Writer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    let endDocument: @convention(c) (Writer?) -> Int32
    let flush: @convention(c) (Writer?) -> Int32
    let startElement: @convention(c) (Writer?, XMLString?) -> Int32
    let endElement: @convention(c) (Writer?) -> Int32
    let writeAttribute: @convention(c) (Writer?, XMLString?, XMLString?) -> Int32
    let writeString: @convention(c) (Writer?, XMLString?) -> Int32

    /// The library, or why it could not be loaded; looked up once per process.
    static let shared: Result<LibXML2, LoadFailure> = load(candidates: libraryNames)

    /// `INGESTLINT_LIBXML2` (a path or file name) when set, else the names libxml2 is installed
    /// under: `.so.2` up to libxml2 2.13, `.so.16` from 2.14, `.2.dylib` on macOS.
    static var libraryNames: [String] {
        if let override = getenv("INGESTLINT_LIBXML2").map({ String(cString: $0) }), !override.isEmpty {
            return [override]
        }
        #if canImport(Darwin)
        return ["libxml2.2.dylib", "/usr/lib/libxml2.2.dylib"]
        #else
        return ["libxml2.so.2", "libxml2.so.16", "libxml2.so"]
        #endif
    }

    struct LoadFailure: Error, Sendable, Equatable {
        /// The names tried, in order.
        let tried: [String]
        /// The name that opened, when it was not a usable libxml2 …
        let loaded: String?
        /// … because it lacked this symbol.
        let missingSymbol: String?
    }

    static func load(candidates: [String]) -> Result<LibXML2, LoadFailure> {
        // The handle is never closed: the functions are used until the process ends.
        guard let (name, handle) = candidates.lazy.compactMap({ name in dlopen(name, RTLD_NOW | RTLD_LOCAL).map { (name, $0) } }).first
        else {
            return .failure(LoadFailure(tried: candidates, loaded: nil, missingSymbol: nil))
        }
        var missing: String?
        func symbol<Function>(_ name: String, as _: Function.Type) -> Function? {
            guard let address = dlsym(handle, name) else {
                missing = missing ?? name
                return nil
            }
            return unsafeBitCast(address, to: Function.self)
        }
        guard
            let bufferCreate = symbol("xmlBufferCreate", as: (@convention(c) () -> Buffer?).self),
            let bufferFree = symbol("xmlBufferFree", as: (@convention(c) (Buffer?) -> Void).self),
            let bufferLength = symbol("xmlBufferLength", as: (@convention(c) (Buffer?) -> Int32).self),
            let bufferContent = symbol("xmlBufferContent", as: (@convention(c) (Buffer?) -> XMLString?).self),
            let bufferEmpty = symbol("xmlBufferEmpty", as: (@convention(c) (Buffer?) -> Void).self),
            let newTextWriterMemory = symbol("xmlNewTextWriterMemory", as: (@convention(c) (Buffer?, Int32) -> Writer?).self),
            let freeTextWriter = symbol("xmlFreeTextWriter", as: (@convention(c) (Writer?) -> Void).self),
            let setIndent = symbol("xmlTextWriterSetIndent", as: (@convention(c) (Writer?, Int32) -> Int32).self),
            let setIndentString = symbol("xmlTextWriterSetIndentString", as: (@convention(c) (Writer?, XMLString?) -> Int32).self),
            let startDocument = symbol(
                "xmlTextWriterStartDocument",
                as: (@convention(c) (Writer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32).self),
            let endDocument = symbol("xmlTextWriterEndDocument", as: (@convention(c) (Writer?) -> Int32).self),
            let flush = symbol("xmlTextWriterFlush", as: (@convention(c) (Writer?) -> Int32).self),
            let startElement = symbol("xmlTextWriterStartElement", as: (@convention(c) (Writer?, XMLString?) -> Int32).self),
            let endElement = symbol("xmlTextWriterEndElement", as: (@convention(c) (Writer?) -> Int32).self),
            let writeAttribute = symbol(
                "xmlTextWriterWriteAttribute", as: (@convention(c) (Writer?, XMLString?, XMLString?) -> Int32).self),
            let writeString = symbol("xmlTextWriterWriteString", as: (@convention(c) (Writer?, XMLString?) -> Int32).self)
        else {
            return .failure(LoadFailure(tried: candidates, loaded: name, missingSymbol: missing))
        }
        return .success(LibXML2(
            bufferCreate: bufferCreate, bufferFree: bufferFree, bufferLength: bufferLength, bufferContent: bufferContent,
            bufferEmpty: bufferEmpty, newTextWriterMemory: newTextWriterMemory, freeTextWriter: freeTextWriter,
            setIndent: setIndent, setIndentString: setIndentString, startDocument: startDocument, endDocument: endDocument,
            flush: flush, startElement: startElement, endElement: endElement, writeAttribute: writeAttribute,
            writeString: writeString))
    }
}

extension LibXML2.LoadFailure: CustomStringConvertible {
    /// "libxml2 could not be loaded (tried libxml2.so.2, libxml2.so.16, libxml2.so)"
    var description: String {
        if let loaded, let missingSymbol {
            return "libxml2 could not be used: '\(loaded)' has no \(missingSymbol)"
        }
        return "libxml2 could not be loaded (tried \(tried.joined(separator: ", ")))"
    }
}
