import PostmortemKit

/// Reads impact sections: every bullet (and every line of a paragraph made only of
/// labelled lines) is an impact item, as written; labelled lines (`**Users affected:**`,
/// `**Duration:**`, `**Availability:**`, `**Data loss:**`) and sentences such as "about
/// 4,100 customers affected" also give the metrics (see ``ImpactMetrics``). Prose
/// paragraphs, tables and code stay in the kept "Impact" section.
struct ImpactExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.impact]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        for block in segment.blocks {
            switch block.kind {
            case .list:
                guard block.children.allSatisfy(Self.isSimpleItem) else { continue }
                for item in block.children {
                    add(context.inlineMarkdown(of: item), to: &incident.impact)
                }
                consumed.insert(block.id)
            case .paragraph:
                let lines = block.sourceText.split(whereSeparator: \.isNewline).map(String.init)
                let parsed = lines.map { MetadataLine.parse($0) }
                guard !parsed.isEmpty, parsed.allSatisfy({ $0?.key != nil }) else { continue }
                for line in lines { add(line.trimmingSpaces(), to: &incident.impact) }
                consumed.insert(block.id)
            default:
                continue
            }
        }
        return consumed
    }

    /// Adds one item, reading its metrics.
    private func add(_ text: String, to impact: inout Impact) {
        var item = text
        while item.hasSuffix("\\") { item.removeLast() }
        item = item.trimmingSpaces()
        guard !item.isEmpty else { return }
        impact.items.append(item)
        if let line = MetadataLine.parse(item), line.key != nil, line.key != .impact {
            ImpactMetrics.read(line, into: &impact)
        }
        ImpactMetrics.readSentence(item, into: &impact)
    }

    /// A list item holding paragraphs and nested lists only (no code, tables or quotes).
    static func isSimpleItem(_ item: MarkdownNode) -> Bool {
        item.children.allSatisfy { child in
            switch child.kind {
            case .paragraph: return true
            case .list: return child.children.allSatisfy(isSimpleItem)
            default: return false
            }
        }
    }
}
