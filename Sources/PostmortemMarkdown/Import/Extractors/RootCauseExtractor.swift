import PostmortemKit

/// Reads root cause, trigger and contributing-factor sections: prose becomes the root
/// cause (verbatim Markdown), the items of an ordered list (a numbered causal chain) or of
/// a contributing-factors list become contributing factors.
struct RootCauseExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.rootCause, .trigger, .contributingFactors]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        var prose: [MarkdownNode] = []
        for block in segment.blocks {
            if case .list(let list) = block.kind, list.isOrdered || segment.kind == .contributingFactors {
                incident.contributingFactors += block.children.map { context.inlineMarkdown(of: $0) }
                consumed.insert(block.id)
            } else if case .table = block.kind {
                continue
            } else {
                prose.append(block)
                consumed.insert(block.id)
            }
        }
        let text = context.markdown(of: prose)
        if !text.isEmpty {
            incident.rootCause = [incident.rootCause, text].compactMap { $0 }.joined(separator: "\n\n")
        }
        return consumed
    }
}
