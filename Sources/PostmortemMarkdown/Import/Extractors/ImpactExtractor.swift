import PostmortemKit

/// Reads the impact sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct ImpactExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.impact]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}
