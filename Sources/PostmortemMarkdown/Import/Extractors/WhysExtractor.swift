import PostmortemKit

/// Reads 5-whys sections: numbered or bulleted lists, question and answer on one line or
/// two, nested bullets (the answer under its question), `Q:` / `A:` and `**Why 1:**` /
/// `**Answer:**` labels, English, French and German, and whys run together in one
/// paragraph or bullet (see `WhyChain`).
///
/// Blocks are read in order; a question left without its answer at the end of a block
/// takes the next block's first line. A block is consumed only when all of its text went
/// into whys; one that does not read as whys (an introduction, a closing "root cause"
/// line, a code block) stays verbatim, and so does a question whose answer never comes.
struct WhysExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.whys]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        var chain = WhyChain()
        var group: [Int] = []
        var index = 0
        let blocks = segment.blocks
        while index < blocks.count {
            let block = blocks[index]
            var attempt = chain
            if let units = WhyChain.units(of: block), attempt.feed(units) {
                chain = attempt
                group.append(block.id)
                index += 1
                if chain.pending == nil {
                    incident.whys += chain.whys
                    consumed.formUnion(group)
                    chain = WhyChain()
                    group = []
                }
            } else if group.isEmpty {
                index += 1
            } else {
                // The open question found no answer here: drop it, and read this block afresh.
                chain = WhyChain()
                group = []
            }
        }
        return consumed
    }
}
