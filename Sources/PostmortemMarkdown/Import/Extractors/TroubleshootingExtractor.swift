import PostmortemKit

/// Reads the troubleshooting sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct TroubleshootingExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.troubleshooting]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}

extension TroubleshootingExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool { false }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool { false }
}
