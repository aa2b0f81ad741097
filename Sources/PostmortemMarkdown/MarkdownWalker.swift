/// A walk over a Markdown tree: one `visit<Kind>` method per node kind, each of which by
/// default calls ``defaultVisit(_:)``, which visits the node's children in order.
///
/// Conform, keep state in your type, and implement only the methods for the kinds you
/// care about; call ``visit(_:)`` with a node (usually `document.root`) to start. Inside
/// an implementation, call `defaultVisit(node)` to continue into the children, or don't,
/// to skip them. Kinds with facts get them as a second argument, so no re-matching on
/// ``MarkdownNode/kind`` is needed.
///
/// ```swift
/// struct HeadingCollector: MarkdownWalker {
///     var titles: [String] = []
///     mutating func visitHeading(_ node: MarkdownNode, _ heading: MarkdownNode.Heading) {
///         titles.append(node.plainText)
///     }
/// }
/// var collector = HeadingCollector()
/// collector.visit(document.root)
/// ```
///
/// The walk recurses once per level of nesting; ``MarkdownDocument/maximumNestingDepth``
/// bounds that depth, so a walk cannot exhaust the stack.
public protocol MarkdownWalker {
    /// Called for every node whose kind's method is not implemented; by default visits the
    /// node's children in order.
    mutating func defaultVisit(_ node: MarkdownNode)
    /// The document root.
    mutating func visitDocument(_ node: MarkdownNode)
    /// A block quote.
    mutating func visitBlockQuote(_ node: MarkdownNode)
    /// A list.
    mutating func visitList(_ node: MarkdownNode, _ list: MarkdownNode.List)
    /// A list item, with its task checkbox if it has one.
    mutating func visitListItem(_ node: MarkdownNode, _ checkbox: MarkdownNode.Checkbox?)
    /// A code block (a leaf).
    mutating func visitCodeBlock(_ node: MarkdownNode, _ codeBlock: MarkdownNode.CodeBlock)
    /// A raw HTML block (a leaf).
    mutating func visitHTMLBlock(_ node: MarkdownNode, _ html: String)
    /// A paragraph.
    mutating func visitParagraph(_ node: MarkdownNode)
    /// A heading.
    mutating func visitHeading(_ node: MarkdownNode, _ heading: MarkdownNode.Heading)
    /// A thematic break (a leaf).
    mutating func visitThematicBreak(_ node: MarkdownNode)
    /// A table; ``MarkdownNode/table`` reads it as rows of cells.
    mutating func visitTable(_ node: MarkdownNode, _ alignments: [MarkdownNode.TableAlignment])
    /// A table row.
    mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool)
    /// A table cell.
    mutating func visitTableCell(_ node: MarkdownNode)
    /// Literal text (a leaf).
    mutating func visitText(_ node: MarkdownNode, _ text: String)
    /// A soft line break (a leaf).
    mutating func visitSoftBreak(_ node: MarkdownNode)
    /// A hard line break (a leaf).
    mutating func visitLineBreak(_ node: MarkdownNode)
    /// An inline code span (a leaf).
    mutating func visitInlineCode(_ node: MarkdownNode, _ code: String)
    /// Raw inline HTML (a leaf).
    mutating func visitInlineHTML(_ node: MarkdownNode, _ html: String)
    /// Emphasis.
    mutating func visitEmphasis(_ node: MarkdownNode)
    /// Strong emphasis.
    mutating func visitStrong(_ node: MarkdownNode)
    /// Strikethrough.
    mutating func visitStrikethrough(_ node: MarkdownNode)
    /// A link.
    mutating func visitLink(_ node: MarkdownNode, _ link: MarkdownNode.Link)
    /// An image; its children are the alt text.
    mutating func visitImage(_ node: MarkdownNode, _ image: MarkdownNode.Link)
    /// A node of a kind this library does not model, with its cmark-gfm type name.
    mutating func visitOther(_ node: MarkdownNode, _ typeName: String)
}

extension MarkdownWalker {
    /// Visits a node: calls the `visit<Kind>` method for its kind.
    public mutating func visit(_ node: MarkdownNode) {
        switch node.kind {
        case .document: visitDocument(node)
        case .blockQuote: visitBlockQuote(node)
        case .list(let list): visitList(node, list)
        case .listItem(let checkbox): visitListItem(node, checkbox)
        case .codeBlock(let codeBlock): visitCodeBlock(node, codeBlock)
        case .htmlBlock(let html): visitHTMLBlock(node, html)
        case .paragraph: visitParagraph(node)
        case .heading(let heading): visitHeading(node, heading)
        case .thematicBreak: visitThematicBreak(node)
        case .table(let alignments): visitTable(node, alignments)
        case .tableRow(let isHeader): visitTableRow(node, isHeader: isHeader)
        case .tableCell: visitTableCell(node)
        case .text(let text): visitText(node, text)
        case .softBreak: visitSoftBreak(node)
        case .lineBreak: visitLineBreak(node)
        case .inlineCode(let code): visitInlineCode(node, code)
        case .inlineHTML(let html): visitInlineHTML(node, html)
        case .emphasis: visitEmphasis(node)
        case .strong: visitStrong(node)
        case .strikethrough: visitStrikethrough(node)
        case .link(let link): visitLink(node, link)
        case .image(let image): visitImage(node, image)
        case .other(let typeName): visitOther(node, typeName)
        }
    }

    /// Visits the node's children in order.
    public mutating func defaultVisit(_ node: MarkdownNode) {
        for child in node.children {
            visit(child)
        }
    }

    // Every `visit<Kind>` defaults to `defaultVisit(_:)`; see the requirements above.

    /// Default: ``defaultVisit(_:)``.
    public mutating func visitDocument(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitBlockQuote(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitList(_ node: MarkdownNode, _ list: MarkdownNode.List) { defaultVisit(node) }
    public mutating func visitListItem(_ node: MarkdownNode, _ checkbox: MarkdownNode.Checkbox?) {
        defaultVisit(node)
    }
    public mutating func visitCodeBlock(_ node: MarkdownNode, _ codeBlock: MarkdownNode.CodeBlock) {
        defaultVisit(node)
    }
    public mutating func visitHTMLBlock(_ node: MarkdownNode, _ html: String) { defaultVisit(node) }
    public mutating func visitParagraph(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitHeading(_ node: MarkdownNode, _ heading: MarkdownNode.Heading) { defaultVisit(node) }
    public mutating func visitThematicBreak(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitTable(_ node: MarkdownNode, _ alignments: [MarkdownNode.TableAlignment]) {
        defaultVisit(node)
    }
    public mutating func visitTableRow(_ node: MarkdownNode, isHeader: Bool) { defaultVisit(node) }
    public mutating func visitTableCell(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitText(_ node: MarkdownNode, _ text: String) { defaultVisit(node) }
    public mutating func visitSoftBreak(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitLineBreak(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitInlineCode(_ node: MarkdownNode, _ code: String) { defaultVisit(node) }
    public mutating func visitInlineHTML(_ node: MarkdownNode, _ html: String) { defaultVisit(node) }
    public mutating func visitEmphasis(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitStrong(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitStrikethrough(_ node: MarkdownNode) { defaultVisit(node) }
    public mutating func visitLink(_ node: MarkdownNode, _ link: MarkdownNode.Link) { defaultVisit(node) }
    public mutating func visitImage(_ node: MarkdownNode, _ image: MarkdownNode.Link) { defaultVisit(node) }
    public mutating func visitOther(_ node: MarkdownNode, _ typeName: String) { defaultVisit(node) }
}
