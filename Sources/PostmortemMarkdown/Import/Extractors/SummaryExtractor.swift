import PostmortemKit

/// Reads the summary: its Markdown, verbatim. A document has one summary: a later section
/// whose heading also reads as one ("Two Backup Systems Summary" in a runbook, "What
/// Happened" under the root cause) is kept as a section of its own.
struct SummaryExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.summary]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        guard incident.summary == nil else { return [] }
        let text = context.markdown(of: segment.blocks)
        guard !text.isEmpty else { return [] }
        incident.summary = text
        return Set(segment.blocks.map(\.id))
    }
}
