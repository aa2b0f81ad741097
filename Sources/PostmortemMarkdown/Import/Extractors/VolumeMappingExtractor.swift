import PostmortemKit

/// Reads the volumes sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct VolumeMappingExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.volumes]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}

extension VolumeMappingExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool { false }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool { false }
}
