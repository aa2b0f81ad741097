import PostmortemKit

/// Reads the lessons sections. (First cut: recognises nothing yet, so every block is kept verbatim.)
struct LessonExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.lessons, .wentWell, .wentWrong, .lucky, .lessonsAndActions]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        []
    }
}
