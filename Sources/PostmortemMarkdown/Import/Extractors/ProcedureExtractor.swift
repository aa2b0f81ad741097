import PostmortemKit

/// Reads numbered steps: a runbook's procedure, and an incident's numbered recovery or
/// resolution steps (the incident's `procedure` holds how it was recovered, in order).
///
/// A step is an item of a top-level ordered list, or a bold numbered paragraph ("**3.
/// Extract just the Cluster resource:**") with the blocks that follow it up to the next
/// step or heading. A step is inline Markdown when it is one paragraph; a step with code
/// or other blocks keeps them as verbatim Markdown after its first line. Prose, bullets
/// and sub-headings are not steps: they stay in the kept section.
struct ProcedureExtractor: SectionExtractor {
    let kinds: Set<SectionKind> = [.procedure, .resolution]

    func extract(_ segment: DocumentSegment, into incident: inout Incident, context: inout ImportContext) -> Set<Int> {
        var consumed: Set<Int> = []
        var index = 0
        let blocks = segment.blocks
        while index < blocks.count {
            let block = blocks[index]
            if case .list(let list) = block.kind, list.isOrdered {
                incident.procedure += block.children.map { step(of: $0, context: context) }
                consumed.insert(block.id)
            } else if let title = Self.numberedStep(block) {
                var details: [MarkdownNode] = []
                var next = index + 1
                while next < blocks.count, Self.numberedStep(blocks[next]) == nil, !Self.isHeading(blocks[next]) {
                    details.append(blocks[next])
                    next += 1
                }
                let body = context.markdown(of: details)
                incident.procedure.append(body.isEmpty ? title : title + "\n\n" + body)
                consumed.insert(block.id)
                consumed.formUnion(details.map(\.id))
                index = next
                continue
            }
            index += 1
        }
        return consumed
    }

    /// A list item as a step: inline Markdown, or its verbatim Markdown (marker dropped,
    /// indentation removed) when it holds more than paragraphs and lists.
    private func step(of item: MarkdownNode, context: ImportContext) -> String {
        guard !ImpactExtractor.isSimpleItem(item) else { return context.inlineMarkdown(of: item) }
        var lines = item.sourceText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first else { return "" }
        let indent = first.prefix(while: { $0 == " " }).count
        let marker = first.count - indent - InlineText.dropListMarker(String(first.dropFirst(indent))).count
        let width = indent + marker
        lines[0] = InlineText.dropListMarker(String(first.dropFirst(indent)))
        for position in lines.indices.dropFirst() {
            let spaces = lines[position].prefix(while: { $0 == " " }).count
            lines[position] = String(lines[position].dropFirst(min(spaces, width)))
        }
        return lines.joined(separator: "\n").trimmingWhitespace()
    }

    /// The text of a bold paragraph that is a numbered step ("**1. Check backups:**"), number dropped.
    static func numberedStep(_ block: MarkdownNode) -> String? {
        guard let text = DocumentSegmenter.boldParagraphText(block),
            let match = text.prefixMatch(of: stepNumberPattern)
        else { return nil }
        let rest = text[match.range.upperBound...].trimmingSpaces()
        return rest.isEmpty ? nil : rest
    }

    static func isHeading(_ block: MarkdownNode) -> Bool {
        if case .heading = block.kind { return true }
        return DocumentSegmenter.boldParagraphText(block) != nil
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let stepNumberPattern = #/\d{1,2}[.)]\s+/#
