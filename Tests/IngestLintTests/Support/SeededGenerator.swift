/// A small deterministic generator (SplitMix64): the same seed gives the same inputs on every
/// machine and every run, so a failure always reproduces.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), without relying on the standard library's
    /// sampling algorithm staying the same across versions.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func between(_ low: Int, _ high: Int) -> Int {
        low + below(high - low + 1)
    }

    mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }

    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }
}
