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

        // The title: an incident log entry's heading, else the first level-1 heading (a page
        // title followed by a "Post-Mortem: …" heading gives way to the latter).
        if let knownTitle {
            incident.title = knownTitle
        } else if let (titleBlocks, title) = TitleFinder.find(in: blocks) {
            incident.title = title
            blocks.removeAll { titleBlocks.contains($0.id) }
        }
        let cleaned = TitleCleaner.clean(incident.title, order: order)
        incident.title = cleaned.title
        incident.date = knownDay ?? cleaned.day

        if applyFrontMatter, let frontMatter = document.frontMatter {
            FrontMatterMapper.apply(frontMatter, to: &incident, context: &context)
        }

        var segments = DocumentSegmenter.segment(blocks)
        var consumed: Set<Int> = []
        // Metadata first, wherever it stands (preamble or a "Details" section), so the
        // other extractors know the document's date.
        let metadata = MetadataExtractor()
        for index in segments.indices where segments[index].isPreamble || segments[index].kind == .metadata {
            consumed.formUnion(metadata.extract(segments[index], into: &incident, context: &context))
        }
        context.setReferenceDay(incident.date)
        for segment in segments where !segment.isPreamble {
            for extractor in Extractors.sections where extractor.kinds.contains(segment.kind) {
                consumed.formUnion(extractor.extract(segment, into: &incident, context: &context))
            }
        }
        // Tables recognised by their header row, wherever they stand.
        for segment in segments {
            for block in segment.blocks where !consumed.contains(block.id) {
                guard let table = block.table else { continue }
                let header = table.header.map(\.text)
                for extractor in Extractors.tables where extractor.accepts(header: header) {
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
        // Keep the rest.
        for index in segments.indices {
            segments[index].blocks.removeAll { consumed.contains($0.id) }
        }
        SectionKeeper.keep(segments, in: &incident, context: context)
        if incident.title.isEmpty {
            incident.title = "Untitled"
            context.add(.warning, rule: "title-missing", "no title found; add a `# Title` line")
        }
        return (incident, context.findings)
    }
}

/// Finds the document's title among its first blocks.
enum TitleFinder {
    /// The ids of the title block(s) to drop and the title's text.
    static func find(in blocks: [MarkdownNode]) -> (Set<Int>, String)? {
        var leading: [MarkdownNode] = []
        for block in blocks {
            guard case .heading(let heading) = block.kind, heading.level == 1 else { break }
            leading.append(block)
        }
        if leading.isEmpty {
            guard let first = blocks.first(where: { if case .heading = $0.kind { true } else { false } }),
                case .heading(let heading) = first.kind, heading.level == 1
            else { return nil }
            leading = [first]
        }
        let texts = leading.map { $0.plainText.trimmingCharacters(in: .whitespaces) }
        let chosen = texts.firstIndex { TitleCleaner.clean($0).title != $0 && hasTitlePrefix($0) } ?? 0
        return (Set(leading.map(\.id)), texts[chosen])
    }

    static func hasTitlePrefix(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return TitleCleaner.isTitlePrefix(String(text[..<colon]))
    }
}

/// Stage 7 of the importer: what no extractor consumed stays, verbatim and in order.
enum SectionKeeper {
    static func keep(_ segments: [DocumentSegment], in incident: inout Incident, context: ImportContext) {
        for segment in segments {
            let markdown = context.markdown(of: segment.blocks)
            guard !markdown.isEmpty else { continue }
            if segment.isPreamble, incident.summary == nil {
                incident.summary = markdown
            } else {
                incident.sections.append(
                    Section(heading: segment.isPreamble ? "Introduction" : segment.headingText, markdown: markdown))
            }
        }
    }
}
