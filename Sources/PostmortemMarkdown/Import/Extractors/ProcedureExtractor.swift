import PostmortemKit

/// Reads the procedure sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct ProcedureExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.procedure, .resolution]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}
