import PostmortemKit

/// Reads the whys sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct WhysExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.whys]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}
