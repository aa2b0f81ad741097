import PostmortemKit

/// A run of a document's top-level blocks under one heading (or before the first), with
/// the kind its heading names.
struct DocumentSegment: Sendable {
    /// The heading node (an ATX or setext heading, or a paragraph of bold text only), or
    /// nil for the blocks before the first heading.
    var heading: MarkdownNode?
    /// The heading's text as written, without markup ("3. 🔥 Root Cause:").
    var headingText: String
    /// The heading's level: 1–6 for headings, 7 for a bold paragraph, 0 for the preamble.
    var level: Int
    var classification: SectionClassifier.Classification
    /// The blocks under the heading, in order (unrecognised sub-headings included).
    var blocks: [MarkdownNode]

    var kind: SectionKind { classification.kind }
    var isPreamble: Bool { heading == nil }
}
