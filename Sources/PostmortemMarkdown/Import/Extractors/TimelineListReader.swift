import PostmortemKit

/// Reads timeline entries that start with their time: list items (`- 14:02 UTC — …`,
/// `- **11:55** …`, `- [13:26] …`) and paragraphs (`**11:55** …` one per paragraph, or
/// several `[13:26] …` lines in one).
enum TimelineListReader {
    /// How sure the caller is that the blocks are a timeline.
    enum Strictness {
        /// Inside a timeline section: a list is a timeline when most of its items start
        /// with a time; the others become events without a time.
        case section
        /// Anywhere else (an ops-log entry, a chat write-up): every item, and at least two,
        /// must start with a time.
        case loose
    }

    /// The events of a list, or nil when it is not a timeline list.
    static func read(list: MarkdownNode, strictness: Strictness, context: inout ImportContext) -> [TimelineEvent]? {
        let items = list.children.filter { if case .listItem = $0.kind { true } else { false } }
        guard !items.isEmpty else { return nil }
        let texts = items.map { context.inlineMarkdown(of: $0) }
        let timed = texts.filter { TimelineTime.startsWithTime($0, dates: context.dates) }.count
        switch strictness {
        case .section: guard timed > 0, timed * 2 >= texts.count else { return nil }
        case .loose: guard timed == texts.count, timed >= 2 else { return nil }
        }
        return zip(items, texts).map { item, text in entry(text, at: item, context: &context) }
    }

    /// The events of a paragraph whose first line starts with a time: one per line that
    /// starts with a time, other lines continuing the entry above them. Nil for any other
    /// paragraph, and for a lone date line ("2020-02-14 (all times UTC)"), which sets the
    /// current day instead.
    static func read(
        paragraph: MarkdownNode, strictness: Strictness, context: inout ImportContext
    ) -> [TimelineEvent]? {
        let lines = paragraph.sourceText.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard let first = lines.first else { return nil }
        var probe = context.dates
        guard let leading = TimelineTime.leading(in: first, dates: &probe) else { return nil }
        if lines.count == 1, leading.parsed.at?.hour == nil, leading.parsed.precision != .unknown,
            leading.rest.isEmpty || leading.rest.hasPrefix("(")
        {
            if let day = leading.parsed.at?.day { context.dates.enter(day: day) }
            return nil
        }
        var entries: [String] = []
        for line in lines {
            if entries.isEmpty || TimelineTime.startsWithTime(line, dates: context.dates) {
                entries.append(line)
            } else {
                entries[entries.count - 1] += " " + line
            }
        }
        if strictness == .loose, entries.count < 2 { return nil }
        return entries.map { entry($0, at: paragraph, context: &context) }
    }

    /// One event from an entry's inline Markdown.
    static func entry(_ text: String, at node: MarkdownNode, context: inout ImportContext) -> TimelineEvent {
        guard let leading = TimelineTime.leading(in: text, dates: &context.dates) else {
            return event(time: "", parsed: .unknown, text: text)
        }
        return event(time: leading.written, parsed: leading.parsed, text: leading.rest)
    }

    /// An event with its outcome read from a marker in its text.
    static func event(time: String, parsed: ParsedTime, text: String) -> TimelineEvent {
        let reading = OutcomeMarker.read(text)
        return TimelineEvent(
            time: time, at: parsed.at, end: parsed.end, precision: parsed.precision,
            event: reading?.text ?? text.trimmingSpaces(), outcome: reading?.outcome)
    }
}
