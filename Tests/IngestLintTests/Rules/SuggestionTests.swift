import Testing
@testable import IngestLint

@Suite("Suggestions")
struct SuggestionTests {
    struct Distance: Sendable, CustomTestStringConvertible {
        let lhs: String
        let rhs: String
        let expected: Int
        var testDescription: String { "\(lhs) ~ \(rhs)" }
    }

    static let distances: [Distance] = [
        Distance(lhs: "kitten", rhs: "sitting", expected: 3),
        Distance(lhs: "gmial.com", rhs: "gmail.com", expected: 1),  // one transposition
        Distance(lhs: "ca", rhs: "abc", expected: 3),  // OSA, not Damerau: no edit inside a transposition
        Distance(lhs: "", rhs: "abc", expected: 3),
        Distance(lhs: "abc", rhs: "", expected: 3),
        Distance(lhs: "same", rhs: "same", expected: 0),
        Distance(lhs: "zoë", rhs: "zoe", expected: 1),  // scalars, not bytes
    ]

    @Test("Edit distances", arguments: distances)
    func distance(_ case: Distance) {
        #expect(Suggestion.editDistance(`case`.lhs, `case`.rhs) == `case`.expected)
        #expect(Suggestion.editDistance(`case`.rhs, `case`.lhs) == `case`.expected)
    }

    @Test("A limit caps the answer at limit + 1, for bytes and scalars alike")
    func limits() {
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 2) == 3)
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 3) == 3)
        #expect(Suggestion.editDistance(Array("abcdefgh".utf8), Array("zzzzzzzz".utf8), limit: 1) == 2)
        #expect(Suggestion.editDistance(Array("outlok.com".utf8), Array("outlook.com".utf8), limit: 1) == 1)
        #expect(Suggestion.editDistance("a", "abcdef", limit: 2) == 3)
    }

    @Test("Nearest: case-insensitive match, unique nearest, abbreviation, or nothing")
    func nearest() {
        let keys = ["interviewerId", "status", "skills", "data"]
        #expect(Suggestion.nearest(to: "Status", in: keys) == "status")
        #expect(Suggestion.nearest(to: "dta", in: keys) == "data")
        #expect(Suggestion.nearest(to: "interviewer", in: keys) == "interviewerId")
        #expect(Suggestion.nearest(to: "phone", in: keys) == nil)
        // Two equally near candidates: no guess.
        #expect(Suggestion.nearest(to: "cat", in: ["bat", "hat"]) == nil)
        // Candidates standing for the same thing are not a tie.
        #expect(Suggestion.nearest(to: "cat", in: ["bat", "hat"], resolve: { _ in "animal" }) == "animal")
    }
}
