import PostmortemKit

/// Reads root cause, trigger and contributing-factor sections: prose becomes the root
/// cause (verbatim Markdown), the items of an ordered list (a numbered causal chain) or of
/// a contributing-factors list (or of a bullet list after a "Contributing factors:" line,
/// which is then read as structure) become contributing factors.
struct RootCauseExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.rootCause, .trigger, .contributingFactors]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        var prose: [MarkdownNode] = []
        var factorsLabel = false
        for block in segment.blocks {
            // "Contributing factors:" on its own line, then a bullet list of them.
            if case .paragraph = block.kind,
                let label = DocumentSegmenter.headingText(of: block)?.0 ?? Self.label(block),
                SectionClassifier.classify(label).kind == .contributingFactors
            {
                factorsLabel = true
                consumed.insert(block.id)
                continue
            }
            defer { factorsLabel = false }
            if case .list(let list) = block.kind, list.isOrdered || segment.kind == .contributingFactors || factorsLabel
            {
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

    /// The text of a one-line paragraph ending in a colon ("Contributing factors:").
    private static func label(_ block: MarkdownNode) -> String? {
        let text = block.plainText.trimmingWhitespace()
        guard text.hasSuffix(":"), !text.contains("\n"), text.count <= 60 else { return nil }
        return text
    }
}
