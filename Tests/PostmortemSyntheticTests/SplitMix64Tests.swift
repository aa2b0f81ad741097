import Testing

@testable import PostmortemSynthetic

@Suite struct SplitMix64Tests {
    /// The reference outputs of SplitMix64 from seed 0 (as in Vigna's splitmix64.c).
    @Test func matchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        let outputs = (0..<3).map { _ in random.next() }
        #expect(outputs == [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    @Test func drawsWithinBounds() {
        var random = SplitMix64(seed: 42)
        let draws = (0..<2000).map { _ in random.within(3...7) }
        #expect(Set(draws) == [3, 4, 5, 6, 7])
        #expect(random.below(0) == 0)
        #expect(random.within(5...5) == 5)
    }

    @Test func shufflesIntoAPermutation() {
        var random = SplitMix64(seed: 9)
        let items = Array(0..<50)
        let shuffled = random.shuffled(items)
        #expect(shuffled.sorted() == items)
        #expect(shuffled != items)
    }
}
