import PostmortemKit

/// Reads the summary: its Markdown, verbatim.
struct SummaryExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.summary]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        let text = context.markdown(of: segment.blocks)
        guard !text.isEmpty else { return [] }
        incident.summary = [incident.summary, text].compactMap { $0 }.joined(separator: "\n\n")
        return Set(segment.blocks.map(\.id))
    }
}
