import PostmortemKit

/// Stage 6 of the importer: one extractor per kind of section. Each reads what it
/// understands of a segment into the incident and returns the blocks it consumed; every
/// block no extractor consumed is kept verbatim (stage 7).
protocol SectionExtractor: Sendable {
    /// The kinds of section this extractor reads.
    var kinds: Set<SectionKind> { get }

    /// Reads `segment` into `incident`; returns the ids of the blocks consumed.
    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int>
}

/// A table recognised by its header row wherever it stands: a PV table in an appendix, an
/// action table under "Lessons & Action Items".
protocol TableExtractor: Sendable {
    /// Whether a table with this header holds rows this extractor reads.
    func accepts(header: [String]) -> Bool

    /// Reads the table's rows into `incident`; returns whether it consumed the table.
    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool
}

/// Every extractor, in the order they run. Metadata runs first: it finds the document's
/// date, against which the others resolve year-less times.
enum Extractors {
    static let sections: [any SectionExtractor] = [
        MetadataExtractor(), TimelineExtractor(), SummaryExtractor(), RootCauseExtractor(), WhysExtractor(),
        ImpactExtractor(), ActionItemExtractor(), LessonExtractor(), VolumeMappingExtractor(), ProcedureExtractor(),
        TroubleshootingExtractor(),
    ]

    /// Table readers, most specific first.
    static let tables: [any TableExtractor] = [
        VolumeMappingExtractor(), TroubleshootingExtractor(), ActionItemExtractor(), TimelineExtractor(),
    ]
}
