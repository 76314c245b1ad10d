import Testing
@testable import IngestLint

@Suite("First occurrences")
struct FirstOccurrencesTests {
    /// Below, at and past the linear limit, told the right count or too small a one, it answers
    /// as a dictionary of first positions does.
    @Test(arguments: [0, 1, 5, 16, 17, 40, 300])
    func agreesWithADictionary(count: Int) {
        var random = SeededGenerator(seed: UInt64(count) &+ 77)
        let keys = (0..<count).map { _ in "k\(random.below(max(1, count / 2)))" }
        for expected in [count, 0] {
            var occurrences = FirstOccurrences<String>(expectedCount: expected)
            var reference: [String: Int] = [:]
            for (position, key) in keys.enumerated() {
                let answer = occurrences.first(of: key, orInsert: position)
                #expect(answer == reference[key], "\(key) at \(position), told \(expected)")
                if reference[key] == nil { reference[key] = position }
            }
        }
    }
}
