/// A small, fast, seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014):
/// the same seed gives the same sequence on every platform and toolchain, which is what a
/// reproducible corpus needs. Not for anything secret.
///
/// Its own `below(_:)` and `pick(_:)` are used instead of the standard library's
/// `random(in:using:)`, whose way of drawing from a generator may change between Swift
/// versions.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A number in `0..<bound` (0 when `bound` is not positive), by multiply-high: a bias
    /// of at most bound / 2⁶⁴, which no benchmark or test can see.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range` (its lower bound when empty).
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of `items`, or nil when it is empty.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element? where C.Index == Int {
        guard !items.isEmpty else { return nil }
        return items[items.startIndex + below(items.count)]
    }

    /// `items` in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, below(index + 1))
            index -= 1
        }
        return result
    }

    /// SplitMix64's finaliser: spreads the bits of `value` over all 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
