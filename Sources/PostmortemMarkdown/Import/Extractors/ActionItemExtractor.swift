import PostmortemKit

/// Reads action-item sections: action tables (see `ActionTable`), and lists whose items
/// are actions (task boxes, `P1:` / `DONE:` / `**HIGH**` tags, trailing owners and
/// statuses; see `ActionLine`). A paragraph labelled "Lesson:" in such a section is a
/// lesson.
///
/// An action table is the incident's action list: when the incident holds one in another
/// section, the lists of an action section without a table ("Prevention Measures" with
/// "Implemented" / "Recommended" items restating the table) stay verbatim as a section.
///
/// A list is read only when every item is plain text (no code block or nested list):
/// anything else would not fit in one action's text, and is kept verbatim.
struct ActionItemExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.actionItems]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        let ownIDs = Set(segment.blocks.map(\.id))
        let isActionTable = { (block: MarkdownNode) in
            block.table.map { ActionTable.accepts(header: $0.header.map(\.text), requireDetail: true) } ?? false
        }
        let tableElsewhere = context.incidentBlocks.contains { !ownIDs.contains($0.id) && isActionTable($0) }
        let readsLists = !tableElsewhere || segment.blocks.contains(where: isActionTable)
        var consumed: Set<Int> = []
        for block in segment.blocks {
            switch block.kind {
            case .table:
                guard let table = block.table,
                    let items = ActionTable.read(table, requireDetail: false, context: context)
                else { continue }
                incident.actionItems += items
                consumed.insert(block.id)
            case .list where readsLists:
                guard let items = Self.readList(block, context: context) else { continue }
                incident.actionItems += items
                consumed.insert(block.id)
            case .thematicBreak:
                // A rule between sections holds no words.
                consumed.insert(block.id)
            case .paragraph:
                guard let lesson = LessonLine.labelledLesson(context.inlineMarkdown(of: block)) else { continue }
                incident.lessons.append(lesson)
                consumed.insert(block.id)
            default:
                continue
            }
        }
        return consumed
    }

    /// The list's items as actions, or nil when an item holds more than text.
    static func readList(_ list: MarkdownNode, context: ImportContext) -> [ActionItem]? {
        var items: [ActionItem] = []
        for item in list.children {
            guard case .listItem(let checkbox) = item.kind, isPlainItem(item) else { return nil }
            let text = context.inlineMarkdown(of: item)
            guard !text.isEmpty else { continue }
            items.append(ActionLine.read(text, checkbox: checkbox, context: context))
        }
        return items
    }

    /// Whether a list item holds only paragraphs.
    static func isPlainItem(_ item: MarkdownNode) -> Bool {
        item.children.allSatisfy { if case .paragraph = $0.kind { true } else { false } }
    }
}

extension ActionItemExtractor: TableExtractor {
    func accepts(header: [String]) -> Bool {
        ActionTable.accepts(header: header, requireDetail: true)
    }

    func extract(table: MarkdownTable, into incident: inout Incident, context: inout ImportContext) -> Bool {
        guard let items = ActionTable.read(table, requireDetail: true, context: context) else { return false }
        incident.actionItems += items
        return true
    }
}
