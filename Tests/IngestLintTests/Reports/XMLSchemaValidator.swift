import CLibXML2
import Foundation
import Testing

/// Checks XML reports with libxml2 itself: well-formedness (a strict parse, no recovery, no
/// network) and validity against an XSD from `../shared/schemas/`.
enum XMLSchemaValidator {
    struct Verdict: Sendable {
        let isWellFormed: Bool
        let isValid: Bool
        /// One line per problem libxml2 reported.
        let errors: [String]

        var details: String { errors.isEmpty ? "no errors" : errors.joined(separator: "\n") }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `../shared/schemas`, beside the checkout; absent in a user's fresh clone.
    static let schemas = PackagePaths.shared.appendingPathComponent("schemas", isDirectory: true)
    static let junit = schemas.appendingPathComponent("junit/junit-10.xsd")
    static let junitAnt = schemas.appendingPathComponent("junit/JUnit.xsd")
    static let checkstyle = schemas.appendingPathComponent("checkstyle/checkstyle-report-1.0.0.xsd")

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: junit.path) && FileManager.default.fileExists(atPath: checkstyle.path)
    }

    static let unavailableComment: Comment =
        "../shared/schemas (the JUnit and Checkstyle XSDs) is not beside the checkout; the XML schema tests are skipped"

    /// Collects libxml2's structured errors; handed to C as an opaque pointer.
    final class ErrorCollector {
        var messages: [String] = []
    }

    /// Parses `document` and validates it against the XSD at `schemaURL`.
    static func validate(_ document: String, against schemaURL: URL) throws -> Verdict {
        let schemaBytes = try [UInt8](Data(contentsOf: schemaURL))
        let collector = ErrorCollector()
        return try withExtendedLifetime(collector) {
            let context = Unmanaged.passUnretained(collector).toOpaque()
            // Parser errors go to a per-thread handler; this function does not suspend, so the
            // whole check runs on one thread.
            xmlSetStructuredErrorFunc(context, collect)
            defer { xmlSetStructuredErrorFunc(nil, nil) }

            // xmlSchemaNewMemParserCtxt keeps the pointer until xmlSchemaParse is done: both
            // calls stay inside the closure that owns the bytes.
            let schema: xmlSchemaPtr? = schemaBytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                    defer { xmlSchemaFreeParserCtxt(parser) }
                    xmlSchemaSetParserStructuredErrors(parser, collect, context)
                    return xmlSchemaParse(parser)
                }
            }
            guard let schema else {
                throw Failure(description: "libxml2 could not read the schema \(schemaURL.path): \(collector.messages)")
            }
            defer { xmlSchemaFree(schema) }

            let documentBytes = Array(document.utf8)
            let parsed: xmlDocPtr? = documentBytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlReadMemory(chars.baseAddress, Int32(chars.count), "report.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
                }
            }
            guard let parsed else {
                return Verdict(isWellFormed: false, isValid: false, errors: collector.messages)
            }
            defer { xmlFreeDoc(parsed) }
            let wellFormedErrors = collector.messages
            guard let validation = xmlSchemaNewValidCtxt(schema) else {
                throw Failure(description: "libxml2 could not create a validation context")
            }
            defer { xmlSchemaFreeValidCtxt(validation) }
            xmlSchemaSetValidStructuredErrors(validation, collect, context)
            let result = xmlSchemaValidateDoc(validation, parsed)
            return Verdict(isWellFormed: wellFormedErrors.isEmpty, isValid: result == 0 && collector.messages.isEmpty, errors: collector.messages)
        }
    }

}

/// An XML document read back through libxml2 into plain values (entities and character
/// references resolved), so tests can check structure and text.
struct ParsedXMLElement: Sendable {
    let name: String
    let attributes: [String: String]
    let children: [ParsedXMLElement]
    /// All text inside the element, as `xmlNodeGetContent` gives it.
    let text: String

    func attribute(_ name: String) -> String? { attributes[name] }
    func elements(_ name: String) -> [ParsedXMLElement] { children.filter { $0.name == name } }

    static func parse(_ document: String) -> ParsedXMLElement? {
        let bytes = Array(document.utf8)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), "report.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
            }
        }
        guard let parsed else { return nil }
        defer { xmlFreeDoc(parsed) }
        return xmlDocGetRootElement(parsed).map(element)
    }

    private static func element(_ node: xmlNodePtr) -> ParsedXMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlGetProp(node, current.pointee.name) {
                attributes[name] = String(cString: value)
                ingestlint_xmlFree(value)
            }
            attribute = current.pointee.next
        }
        var children: [ParsedXMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current)) }
            child = current.pointee.next
        }
        var text = ""
        if let content = xmlNodeGetContent(node) {
            text = String(cString: content)
            ingestlint_xmlFree(content)
        }
        return ParsedXMLElement(name: String(cString: node.pointee.name), attributes: attributes, children: children, text: text)
    }
}

/// libxml2's structured error callback: appends `line N: message` to the collector.
private let collect: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLSchemaValidator.ErrorCollector>.fromOpaque(context).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0) } ?? "(no message)"
    collector.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
}
