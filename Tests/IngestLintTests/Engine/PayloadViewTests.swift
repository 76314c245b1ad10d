import Testing
@testable import IngestLint

/// The struct views over the tape that the rules read: keys compared as bytes where that is
/// exact and as `String ==` (canonical equivalence) where it is not, and per-payload parts built
/// only when asked for.
@Suite("Payload views over the tape")
struct PayloadViewTests {
    /// Parses `text` and runs `body` on its first payload, built with `parts`.
    static func withPayload(_ text: String, parts: ViewParts, _ body: (Payload) -> Void) throws {
        let bytes = Array(text.utf8)
        var tape = JSONTape()
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        DocumentSource.with(bytes: bytes, tape: tape) { source in
            let root = ValueView(source: source, index: 0)
            let shape = PayloadExtraction.shape(of: root, kind: .jsonFile)
            let payloads = PayloadExtraction.payloads(in: root, shape: shape, skills: .builtin, parts: parts)
            guard let payload = payloads.first else {
                Issue.record("no payload in \(text)")
                return
            }
            body(payload)
        }
    }

    static let payload = #"""
        {"interviewerId": "304c0cfb-324f-4b2c-ac89-c93725c00399", "skills": ["python", "Python"],
         "data": [{"n\u0061me": "Ada", "email": "Ada@Lovelace.dev", "metadata": {"sendEmailAfter": 24.5}},
                  {"name": "Grace", "name": "Grace Hopper", "email": "  "}]}
        """#

    @Test("Documented members are found with escaped keys; the last of a repeated key wins")
    func documentedMembers() throws {
        try Self.withPayload(Self.payload, parts: []) { payload in
            #expect(payload.validInterviewerId == "304c0cfb-324f-4b2c-ac89-c93725c00399")
            #expect(payload.candidates.count == 2)
            let first = payload.candidates[0]
            #expect(first.name?.value.stringValue == "Ada")
            #expect(first.name?.key == "name")
            #expect(first.object.hasRepeatedKeys == false)
            let second = payload.candidates[1]
            #expect(second.name?.value.stringValue == "Grace Hopper")
            #expect(second.object.hasRepeatedKeys)
            #expect(second.object.effectiveMembers.map(\.key) == ["name", "email"])
            #expect(second.object.pointer.description == "/data/1")
            #expect(first.metadataObject?.pointer.description == "/data/0/metadata")
        }
    }

    @Test("Parts are built only when asked for")
    func partsOnDemand() throws {
        try Self.withPayload(Self.payload, parts: []) { payload in
            #expect(payload.skillList == nil)
            #expect(payload.candidates[0].emailCheck == nil)
            #expect(payload.candidates[0].sendEmailAfter == nil)
        }
        try Self.withPayload(Self.payload, parts: [.emailCheck, .skillList, .sendEmailAfter]) { payload in
            #expect(payload.skillList?.entries.map(\.firstIndex) == [nil, 0])
            let check = payload.candidates[0].emailCheck
            #expect(check?.normalized == "ada@lovelace.dev")
            #expect(check?.domain == "lovelace.dev")
            #expect(check?.isValid == true)
            // A blank e-mail is IL202's: no check.
            #expect(payload.candidates[1].emailCheck == nil)
            #expect(payload.candidates[0].sendEmailAfter?.hours == 24.5)
        }
    }

    @Test("Keys compare as Swift strings do: escapes, canonical equivalence, ASCII bytes", arguments: [
        (#"{"caf\u00e9": 1}"#, "café", true),
        // NFD spelling of the same key.
        ("{\"cafe\u{301}\": 1}", "café", true),
        // KELVIN SIGN is canonically equivalent to K.
        ("{\"\u{212A}\": 1}", "K", true),
        (#"{"email": 1}"#, "Email", false),
        (#"{"emails": 1}"#, "email", false),
        (#"{"\u0065mail": 1}"#, "email", true),
    ])
    func keyComparison(json: String, key: String, matches: Bool) throws {
        let bytes = Array(json.utf8)
        var tape = JSONTape()
        try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
            try JSONParser.parse(buffer, in: 0..<buffer.count, into: &tape)
        }
        DocumentSource.with(bytes: bytes, tape: tape) { source in
            let object = ObjectView(ValueView(source: source, index: 0), location: .payload(batchIndex: nil))
            #expect((object?.member(key) != nil) == matches)
            #expect(object?.members.first { _ in true }.map { $0.key == key } == matches)
        }
    }
}
