import PostmortemKit

/// Reads the actionItems sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct ActionItemExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.actionItems]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}

extension ActionItemExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool { false }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool { false }
}
