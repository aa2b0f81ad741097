extension MarkdownNode {
    /// What a node is, with the facts cmark-gfm knows about it.
    ///
    /// Kinds are recognised from cmark-gfm's type names (`cmark_node_get_type_string`);
    /// a name this library does not model arrives as ``other(_:)`` so nothing is dropped.
    public enum Kind: Sendable, Hashable {
        /// The root of every document.
        case document
        /// A `>` block quote.
        case blockQuote
        /// A bullet or ordered list; its children are ``listItem(_:)`` nodes.
        case list(List)
        /// A list item; the value is its task-list checkbox, or nil for a plain item.
        case listItem(Checkbox?)
        /// An indented or fenced code block.
        case codeBlock(CodeBlock)
        /// A raw HTML block; the value is its literal text.
        case htmlBlock(String)
        /// A paragraph.
        case paragraph
        /// An ATX (`#`) or setext (underlined) heading.
        case heading(Heading)
        /// A thematic break (`---`, `***`).
        case thematicBreak
        /// A GFM table; the value holds one alignment per column (so its count is the
        /// column count). Children are ``tableRow(isHeader:)`` nodes, header first.
        case table([TableAlignment])
        /// A table row; the first row of a table is its header row.
        case tableRow(isHeader: Bool)
        /// A table cell; its children are the cell's inline content.
        case tableCell
        /// Literal text.
        case text(String)
        /// A soft line break (a plain newline inside a paragraph).
        case softBreak
        /// A hard line break (two trailing spaces or a backslash).
        case lineBreak
        /// An inline code span; the value is its literal text.
        case inlineCode(String)
        /// Raw inline HTML; the value is its literal text.
        case inlineHTML(String)
        /// `*emphasis*`.
        case emphasis
        /// `**strong**`.
        case strong
        /// `~~strikethrough~~`.
        case strikethrough
        /// A link (including autolinks).
        case link(Link)
        /// An image; its children are the alt text.
        case image(Link)
        /// A node type this library does not model, by its cmark-gfm type name.
        case other(String)
    }
}
