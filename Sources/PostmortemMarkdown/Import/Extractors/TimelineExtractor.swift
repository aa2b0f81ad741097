import PostmortemKit

/// Reads timelines in the forms post-mortems write them:
/// - tables whose header names a time column and an event column, in any order, every
///   other column kept as an extra by its header (a row broken over two lines is joined);
/// - lists and paragraphs whose entries start with their time (`- 14:02 UTC — …`,
///   `**11:55** …`, `[13:26] …`), under day headings ("### Tuesday 20 October",
///   "### Freitag, 16.02.2024") or after a date line ("2020-02-14 (all times UTC)") that set
///   the day of the times below them;
/// - a timeline told in prose: when a timeline section has none of the above, or a
///   narrative section ("What happened") of a document with no timeline section has mostly
///   paragraphs with clock times, one event per such paragraph at its first clock time.
///
/// Times are read through the incident's `DateParser.Context`: approximate (`~`), ranged
/// and unknown (`??`, `--:--`) times are marked so; a time that is none of these is kept as
/// written and reported (rule `timeline-time-unreadable`). Outcome markers (✅ ⚠️ ❌) set an
/// event's outcome; a marker that leads its text is taken out of it, one inside a
/// sentence stays. Day headings and date lines are not consumed: their text stays in the
/// section kept verbatim.
struct TimelineExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.timeline, .summary]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        switch segment.kind {
        case .timeline: readSection(segment.blocks, into: &incident, context: &context)
        case .summary: readNarrative(segment.blocks, into: &incident, context: &context)
        default: []
        }
    }

    /// A timeline section: tables, timed lists and paragraphs, day headings; prose when
    /// it holds none of them.
    private func readSection(
        _ blocks: [MarkdownNode], into incident: inout Incident, context: inout ImportContext
    ) -> Set<Int> {
        let start = context.dates
        var events: [TimelineEvent] = []
        var consumed: Set<Int> = []
        for block in blocks {
            if let (text, _) = DocumentSegmenter.headingText(of: block) {
                enterDay(named: text, context: &context)
                continue
            }
            let read: [TimelineEvent]?
            switch block.kind {
            case .table:
                read = block.table.flatMap { TimelineTableReader.read($0, requireEvent: false, context: &context) }
            case .list:
                read = TimelineListReader.read(list: block, strictness: .section, context: &context)
            case .paragraph:
                read = TimelineListReader.read(paragraph: block, strictness: .section, context: &context)
            default:
                read = nil
            }
            guard let read, !read.isEmpty else { continue }
            events += read
            consumed.insert(block.id)
        }
        if events.isEmpty {
            context.dates = start
            (events, consumed) = TimelineProseReader.read(blocks.filter(\.isParagraph), context: &context)
        }
        incident.timeline += events
        return consumed
    }

    /// A narrative section ("What happened") read as a prose timeline, only when the
    /// document has no timeline section and most of its paragraphs carry clock times (a
    /// summary that mentions when the outage began is not a timeline).
    private func readNarrative(
        _ blocks: [MarkdownNode], into incident: inout Incident, context: inout ImportContext
    ) -> Set<Int> {
        let paragraphs = blocks.filter(\.isParagraph)
        let timed = TimelineProseReader.timedCount(paragraphs, context: context)
        guard incident.timeline.isEmpty, timed >= 2, timed * 2 >= paragraphs.count,
            !DocumentSegmenter.segment(context.document.root.children).contains(where: { $0.kind == .timeline })
        else { return [] }
        let (events, consumed) = TimelineProseReader.read(paragraphs, context: &context)
        incident.timeline += events
        return consumed
    }

    /// Timed lists and lines outside any timeline section, for documents whose timeline
    /// stands on its own (an ops-log entry's `- 09:05 …` bullets, a chat write-up's
    /// `[13:26] …` lines): read from the preamble and from sections of unknown kind, only
    /// while the incident has no timeline, and only where every entry starts with a time.
    func readLoose(
        _ segments: [DocumentSegment], consumed: Set<Int>, into incident: inout Incident,
        context: inout ImportContext
    ) -> Set<Int> {
        guard incident.timeline.isEmpty else { return [] }
        var read: Set<Int> = []
        for segment in segments where segment.isPreamble || !segment.classification.isRecognised {
            for block in segment.blocks where !consumed.contains(block.id) {
                let events: [TimelineEvent]?
                switch block.kind {
                case .list: events = TimelineListReader.read(list: block, strictness: .loose, context: &context)
                case .paragraph:
                    events = TimelineListReader.read(paragraph: block, strictness: .loose, context: &context)
                default: events = nil
                }
                guard let events, !events.isEmpty else { continue }
                incident.timeline += events
                read.insert(block.id)
            }
        }
        return read
    }

    /// Makes the day a heading names ("Tuesday 20 October") the day of the times below it.
    private func enterDay(named text: String, context: inout ImportContext) {
        let reference = context.dates.referenceDay ?? context.dates.currentDay
        guard let match = DateParser.findDay(in: text, reference: reference, order: context.order) else { return }
        context.dates.enter(day: match.day)
    }
}

extension TimelineExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool {
        TimelineTableReader.accepts(header: header)
    }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool {
        guard let events = TimelineTableReader.read(table, requireEvent: true, context: &context), !events.isEmpty
        else { return false }
        incident.timeline += events
        return true
    }
}

extension MarkdownNode {
    fileprivate var isParagraph: Bool {
        if case .paragraph = kind { true } else { false }
    }
}
