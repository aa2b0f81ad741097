import PostmortemKit

/// Reads lessons sections: "Lessons Learned" (kind learned), "What went well", "What went
/// wrong" / "What could be improved", "Where we got lucky", each list item or paragraph
/// one lesson (see `LessonLine` for labelled lines and hard-broken paragraphs). A
/// paragraph ending in a colon introduces what follows and stays verbatim.
///
/// A section holding both lessons and actions ("Lessons Learned & Action Items") splits
/// its items: an item with an action's marks (task box, priority or status tag) or that
/// starts with an imperative verb ("Monitor PVC utilization …", "Verify …") is an action
/// item; a statement ("Always bump the backup path …", "Changing the storage class is a
/// migration") is a lesson. Action tables there are read as action tables.
struct LessonExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.lessons, .wentWell, .wentWrong, .lucky, .lessonsAndActions]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        let kind = Self.kind(of: segment.kind)
        let splitsActions = segment.kind == .lessonsAndActions
        var consumed: Set<Int> = []
        for block in segment.blocks {
            switch block.kind {
            case .list:
                guard block.children.allSatisfy(ActionItemExtractor.isPlainItem) else { continue }
                for item in block.children {
                    guard case .listItem(let checkbox) = item.kind else { continue }
                    let text = context.inlineMarkdown(of: item)
                    guard !text.isEmpty else { continue }
                    if splitsActions, Self.readsAsAction(text, checkbox: checkbox) {
                        incident.actionItems.append(ActionLine.read(text, checkbox: checkbox, context: context))
                    } else {
                        incident.lessons.append(LessonLine.read(text, kind: kind))
                    }
                }
                consumed.insert(block.id)
            case .paragraph:
                let lines = LessonLine.lines(of: block, context: context)
                guard let last = lines.last, !last.hasSuffix(":") else { continue }
                incident.lessons += lines.map { LessonLine.read($0, kind: kind) }
                consumed.insert(block.id)
            case .table where splitsActions:
                guard let table = block.table,
                    let items = ActionTable.read(table, requireDetail: false, context: context)
                else { continue }
                incident.actionItems += items
                consumed.insert(block.id)
            case .thematicBreak:
                // A rule between sections holds no words.
                consumed.insert(block.id)
            default:
                continue
            }
        }
        return consumed
    }

    static func kind(of section: SectionKind) -> Lesson.Kind {
        switch section {
        case .wentWell: return .wentWell
        case .wentWrong: return .wentWrong
        case .lucky: return .lucky
        default: return .learned
        }
    }

    /// Whether an item of a lessons-and-actions section is an action.
    static func readsAsAction(_ text: String, checkbox: MarkdownNode.Checkbox?) -> Bool {
        ActionLine.hasActionMarks(text, checkbox: checkbox) || ActionWords.startsImperative(text)
    }
}
