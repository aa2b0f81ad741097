import PostmortemKit

/// Reads the timeline sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct TimelineExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.timeline]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}

extension TimelineExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool { false }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool { false }
}
