import PostmortemKit

/// A deterministic corpus of synthetic legacy post-mortems, for benchmarks and tests.
///
/// Document `i` of the corpus with seed `s` depends only on `s` and `i`: the same pair
/// gives byte-identical text on every run and platform, any document can be made without
/// the ones before it, and nothing is kept between calls, so a benchmark can stream any
/// number of documents in constant memory.
///
/// Documents are 5–8 KB of Markdown in the dialects the importer reads: YAML, TOML or
/// bold-label metadata; timelines as tables, `- 14:02 UTC — …` bullets or `**14:02** …`
/// paragraphs; numbered five whys; action items as tables or checkboxes; lessons (went well,
/// went wrong); impact bullets; sometimes an App | PV | Size | PVC table; French or German
/// headings now and then; and, about one in twenty, a runbook instead of a post-mortem.
public struct SyntheticCorpus: Sendable {
    /// The seed every document derives from.
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The document at `index` (any non-negative number; negative ones are read as 0).
    public func document(at index: Int) -> SyntheticDocument {
        let position = UInt64(max(0, index))
        let documentSeed = SplitMix64.mix(seed ^ SplitMix64.mix(position &+ 0x5EED))
        var composer = DocumentComposer(random: SplitMix64(seed: documentSeed), index: max(0, index))
        return composer.compose()
    }

    /// The documents at `0..<count`, made one at a time as the sequence is iterated.
    public func documents(count: Int) -> LazyMapSequence<Range<Int>, SyntheticDocument> {
        (0..<max(0, count)).lazy.map { document(at: $0) }
    }
}
