import PostmortemKit

/// Stage 5 of the importer: splits top-level blocks into segments by heading and names
/// each segment's kind through ``SectionClassifier`` (one synonym table, not scattered
/// string compares).
///
/// A heading the table does not know, deeper than the recognised section it stands in
/// ("### Day 2" under "## Timeline"), stays inside that section; any other heading starts a
/// segment of its own. A paragraph that is only bold text ("**Timeline**", "**Root
/// Cause:**") counts as a heading one level below the deepest.
enum DocumentSegmenter {
    static let boldHeadingLevel = 7

    static func segment(_ blocks: [MarkdownNode]) -> [DocumentSegment] {
        var segments = [
            DocumentSegment(
                heading: nil, headingText: "", level: 0,
                classification: .init(kind: .other, title: "", key: "", isRecognised: false), blocks: [])
        ]
        for block in blocks {
            guard let (text, level) = headingText(of: block) else {
                segments[segments.count - 1].blocks.append(block)
                continue
            }
            let classification = SectionClassifier.classify(text)
            let current = segments[segments.count - 1]
            let staysInside =
                !classification.isRecognised && !current.isPreamble && current.classification.isRecognised
                && current.kind != .other && level > current.level
            if staysInside {
                segments[segments.count - 1].blocks.append(block)
            } else {
                segments.append(
                    DocumentSegment(
                        heading: block, headingText: text, level: level, classification: classification, blocks: []))
            }
        }
        if segments[0].blocks.isEmpty { segments.removeFirst() }
        return segments
    }

    /// The text and level of a heading or of a bold-only paragraph; nil for other blocks.
    static func headingText(of block: MarkdownNode) -> (String, Int)? {
        switch block.kind {
        case .heading(let heading):
            return (block.plainText.trimmingSpaces(), heading.level)
        case .paragraph:
            guard let text = boldParagraphText(block) else { return nil }
            return (text, boldHeadingLevel)
        default:
            return nil
        }
    }

    /// The text of a paragraph that is only bold text, optionally followed by a colon
    /// ("**Timeline**", "**Root Cause:**", "**Impact**:"), short enough to be a heading.
    static func boldParagraphText(_ paragraph: MarkdownNode) -> String? {
        let children = paragraph.children
        guard let first = children.first, case .strong = first.kind else { return nil }
        for extra in children.dropFirst() {
            guard case .text(let text) = extra.kind, text.trimmingSpaces() == ":" else {
                return nil
            }
        }
        let text = paragraph.plainText.trimmingWhitespace()
        guard !text.isEmpty, text.count <= 80, !text.contains("\n") else { return nil }
        return text
    }
}
