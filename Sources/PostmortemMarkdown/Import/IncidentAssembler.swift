import PostmortemKit

/// Builds one incident from a run of a document's blocks: front matter, title, then each
/// segment through its extractor, then tables by their header row wherever they stand,
/// then keeps every block nobody consumed, verbatim and in order, as a section.
struct IncidentAssembler {
    let document: MarkdownDocument
    let order: DateOrder?

    /// - Parameters:
    ///   - blocks: the incident's top-level blocks.
    ///   - title: a title already known (an incident log's entry heading), or nil.
    ///   - day: a date already known (from that heading), or nil.
    func assemble(
        blocks: [MarkdownNode], id: IncidentID, title knownTitle: String?, day knownDay: Day?,
        applyFrontMatter: Bool
    ) -> (Incident, [Finding]) {
        var incident = Incident(id: id, title: "")
        var context = ImportContext(document: document, order: order)
        context.incidentBlocks = blocks
        var blocks = blocks

        // The title: an incident log entry's heading, else what `TitleFinder` finds. Other
        // title lines above it (a page title, a breadcrumb) are kept as "Page title" metadata.
        let frontMatterTitle = applyFrontMatter && document.frontMatter?.fields["title"]?.text != nil
        var headingTitle: String?
        if let knownTitle {
            incident.title = knownTitle
        } else if let found = TitleFinder.find(
            in: blocks.filter { !$0.isCommentBlock }, allowSecondLevel: !frontMatterTitle)
        {
            incident.title = found.title
            headingTitle = found.title
            blocks.removeAll { found.consumed.contains($0.id) }
            for other in found.otherTitles {
                incident.metadata.append(Field(name: "Page title", value: other))
            }
        }
        let titleKind = KindDetector.kind(ofTitle: incident.title)
        if knownTitle == nil {
            let cleaned = TitleCleaner.clean(incident.title, order: order)
            incident.title = cleaned.title
            incident.date = cleaned.day
        } else {
            // An incident log entry's title is already without its date, as inline Markdown.
            incident.date = knownDay
        }
        if let titleKind { incident.kind = titleKind }

        if applyFrontMatter, let frontMatter = document.frontMatter {
            FrontMatterMapper.apply(frontMatter, to: &incident, context: &context)
            // The front matter's title wins; the heading it was read from is kept.
            if context.titleFromFrontMatter, let headingTitle, headingTitle != incident.title {
                incident.metadata.insert(Field(name: "Page title", value: headingTitle), at: 0)
            }
        }

        var segments = SegmentMerger.merge(DocumentSegmenter.segment(blocks))
        let emptyHeadings = Set(segments.filter { $0.blocks.isEmpty }.compactMap { $0.heading?.id })
        GuidanceRemover.remove(from: &segments)
        var consumed: Set<Int> = []
        // Metadata first, wherever it stands (preamble, a "Details" section, the first
        // blocks of the summary), so the other extractors know the document's date.
        let metadata = MetadataExtractor()
        for index in segments.indices {
            let segment = segments[index]
            if segment.isPreamble || segment.kind == .metadata {
                consumed.formUnion(metadata.extract(segment, into: &incident, context: &context))
            } else if segment.kind == .summary || index == 0 {
                consumed.formUnion(metadata.extractLeading(segment, into: &incident, context: &context))
            }
        }
        context.setReferenceDay(incident.date)
        incident.title = TitleFinder.droppingDate(from: incident.title, day: incident.date)
        // Paragraphs labelled as actions ("Actions: …; …"), wherever they stand.
        for segment in segments where segment.kind != .metadata {
            for block in segment.blocks where block.kind == .paragraph && !consumed.contains(block.id) {
                guard let items = ActionParagraph.actions(in: context.inlineMarkdown(of: block), context: context)
                else { continue }
                incident.actionItems += items
                consumed.insert(block.id)
            }
        }
        for segment in segments where !segment.isPreamble && segment.kind != .metadata {
            for extractor in Extractors.sections where extractor.kinds.contains(segment.kind) {
                var rest = segment
                rest.blocks.removeAll { consumed.contains($0.id) }
                consumed.formUnion(extractor.extract(rest, into: &incident, context: &context))
            }
        }
        // Tables recognised by their header row, wherever they stand.
        for segment in segments {
            for block in segment.blocks where !consumed.contains(block.id) {
                guard let table = block.table else { continue }
                let header = table.header.map(\.text)
                for extractor in Extractors.tables where extractor.accepts(header: header) {
                    // A recognised table with no rows filled in yet (a new report's) holds nothing to keep.
                    if table.rows.allSatisfy({ row in row.allSatisfy(\.text.isEmpty) }) {
                        consumed.insert(block.id)
                        break
                    }
                    if extractor.extract(table: table, into: &incident, context: &context) {
                        consumed.insert(block.id)
                        break
                    }
                }
            }
        }
        // A timeline that stands outside any timeline section (an ops-log entry, a chat write-up).
        consumed.formUnion(
            TimelineExtractor().readLoose(segments, consumed: consumed, into: &incident, context: &context))
        keepDroppedCells(of: segments, consumed: consumed, in: &incident, context: &context)
        // Keep the rest.
        for index in segments.indices {
            segments[index].blocks.removeAll { consumed.contains($0.id) }
        }
        SectionKeeper.keep(segments, in: &incident, context: context, emptyHeadings: emptyHeadings)
        if incident.services.isEmpty {
            incident.services = KnownServices.named(in: incident.title)
        }
        if incident.title.isEmpty {
            incident.title = "Untitled"
            context.add(.warning, rule: "title-missing", "no title found; add a `# Title` line")
        }
        KindDetector.detect(&incident)
        return (incident, context.findings)
    }

    /// The heading of the section that keeps table rows with more cells than their header.
    static let droppedCellsHeading = "Table rows with more cells than their header"

    /// A table an extractor read loses the cells of its rows past the header's columns
    /// (cmark-gfm drops them): those rows are kept whole, as written, in a section of their
    /// own, each with a warning.
    private func keepDroppedCells(
        of segments: [DocumentSegment], consumed: Set<Int>, in incident: inout Incident, context: inout ImportContext
    ) {
        var rows: [String] = []
        for segment in segments {
            for block in segment.blocks where consumed.contains(block.id) {
                for dropped in block.table?.droppedCells ?? [] {
                    rows.append(document.source(lines: dropped.line...dropped.line))
                    context.findings.append(
                        Finding(
                            line: dropped.line, column: 1, severity: .warning, rule: "table-extra-cells",
                            message: "this row has more cells than the table's header; the row is kept whole in "
                                + "the section '\(Self.droppedCellsHeading)'. Add the missing header cells"))
                }
            }
        }
        guard !rows.isEmpty else { return }
        incident.sections.append(Section(heading: Self.droppedCellsHeading, markdown: rows.joined(separator: "\n")))
    }
}

/// Finds the document's title among its first blocks.
///
/// In order: a line with a title prefix ("Incident: …", "Post-Mortem: …") among the leading
/// level-1 headings or in the first paragraph below them; else the first of the leading
/// level-1 headings; else, when there is none, a first block that is a bold-only paragraph
/// ("**Incident: Loki stopped … (Aug 9)**") or a level-2 heading that names no known
/// section. The other leading level-1 headings (a page title above the post-mortem's own
/// title, a breadcrumb) are handed back so that they are kept.
enum TitleFinder {
    struct Found: Equatable {
        /// The ids of the blocks the title was read from (dropped from the body).
        var consumed: Set<Int>
        var title: String
        /// Other leading title lines, as written, to keep.
        var otherTitles: [String]
    }

    static func find(in blocks: [MarkdownNode], allowSecondLevel: Bool = true) -> Found? {
        var leading: [MarkdownNode] = []
        for block in blocks {
            guard case .heading(let heading) = block.kind, heading.level == 1 else { break }
            leading.append(block)
        }
        if leading.isEmpty {
            if let first = blocks.first(where: { if case .heading = $0.kind { true } else { false } }),
                case .heading(let heading) = first.kind, heading.level == 1
            {
                leading = [first]
            } else if let first = blocks.first {
                return fallback(first, allowSecondLevel: allowSecondLevel)
            } else {
                return nil
            }
        }
        let texts = leading.map { $0.plainText.trimmingSpaces() }
        let ids = Set(leading.map(\.id))
        if let chosen = texts.firstIndex(where: hasTitlePrefix) {
            var others = texts
            others.remove(at: chosen)
            return Found(consumed: ids, title: texts[chosen], otherTitles: others)
        }
        // "Incident: …" as the first line of the paragraph under the page title (a wiki
        // page's own title line above its metadata lines).
        if let index = blocks.firstIndex(where: { !ids.contains($0.id) }), case .paragraph = blocks[index].kind,
            let line = blocks[index].sourceText.split(whereSeparator: \.isNewline).first.map(String.init),
            let colon = line.firstIndex(of: ":"),
            line[..<colon].allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }),
            hasTitlePrefix(line)
        {
            return Found(consumed: ids, title: line.trimmingSpaces(), otherTitles: texts)
        }
        return Found(consumed: ids, title: texts[0], otherTitles: Array(texts.dropFirst()))
    }

    /// A bold-only first paragraph, or a first level-2 heading that is not a known section.
    private static func fallback(_ first: MarkdownNode, allowSecondLevel: Bool) -> Found? {
        switch first.kind {
        case .paragraph:
            guard let text = DocumentSegmenter.boldParagraphText(first),
                !SectionClassifier.classify(text).isRecognised
            else { return nil }
            return Found(consumed: [first.id], title: text, otherTitles: [])
        case .heading(let heading) where heading.level == 2 && allowSecondLevel:
            let text = first.plainText.trimmingSpaces()
            guard !SectionClassifier.classify(text).isRecognised else { return nil }
            return Found(consumed: [first.id], title: text, otherTitles: [])
        default:
            return nil
        }
    }

    /// `title` without a trailing year-less date in parentheses that names `day` ("… (Aug 9)").
    static func droppingDate(from title: String, day: Day?) -> String {
        guard let day, title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return title }
        let inner = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
        guard DateParser.day(in: inner, reference: day) == day else { return title }
        let head = title[..<open].trimmingSpaces()
        return head.isEmpty ? title : head
    }

    static func hasTitlePrefix(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return TitleCleaner.isTitlePrefix(String(text[..<colon]))
    }
}

/// Stage 7 of the importer: what no extractor consumed stays, verbatim and in order; the
/// preamble becomes the summary when there is none, and a heading with nothing under it
/// ("Visual Timeline: The Descent into Chaos" above a picture that did not survive the
/// copy), or an unrecognised one whose content was all read, is kept with empty Markdown.
enum SectionKeeper {
    /// - Parameter emptyHeadings: the ids of headings that had nothing under them to begin with.
    static func keep(
        _ segments: [DocumentSegment], in incident: inout Incident, context: ImportContext,
        emptyHeadings: Set<Int> = []
    ) {
        for segment in segments {
            let markdown = context.markdown(of: segment.blocks)
            // A heading nobody read, even with nothing under it, keeps its words.
            let keepsHeading =
                segment.heading.map { emptyHeadings.contains($0.id) || !segment.classification.isRecognised } ?? false
            guard !markdown.isEmpty || keepsHeading else { continue }
            if segment.isPreamble, incident.summary == nil {
                incident.summary = markdown
            } else {
                incident.sections.append(
                    Section(heading: segment.isPreamble ? "Introduction" : segment.headingText, markdown: markdown))
            }
        }
    }
}

/// Takes authoring notes out of a document's segments before extraction: blocks that are
/// only HTML comments (`<!-- … -->`, the guidance `pm new` writes under each heading) are not
/// content, and a heading with nothing but such notes under it is a heading of a new report
/// not filled in yet, dropped with them, so a fresh scaffold imports as a clean draft.
enum GuidanceRemover {
    static func remove(from segments: inout [DocumentSegment]) {
        segments.removeAll { segment in
            segment.heading != nil && !segment.blocks.isEmpty && segment.blocks.allSatisfy(\.isCommentBlock)
        }
        for index in segments.indices {
            segments[index].blocks.removeAll(where: \.isCommentBlock)
        }
    }
}
