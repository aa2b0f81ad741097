import CCmarkGFM

/// A parsed Markdown file: its front matter, its body as an immutable tree of
/// ``MarkdownNode``s with source positions, and its original lines.
///
/// Parsing never throws and never fails: front matter that cannot be decoded is reported in
/// ``frontMatterProblem``; everything else is Markdown, and any text is valid Markdown.
/// The body is parsed by cmark-gfm with the GFM extensions (table, strikethrough, autolink,
/// tagfilter, tasklist) in one pass of its iterator; no C memory outlives the initialiser.
///
/// ```swift
/// let document = MarkdownDocument(parsing: text)
/// for node in document.root.children { … }
/// ```
public struct MarkdownDocument: Sendable {
    /// How deep nodes may nest (the document is depth 0). Content nested deeper is attached
    /// to the deepest node kept, so no text is lost, and ``exceedsNestingLimit`` is set.
    /// This bounds the recursion of any ``MarkdownWalker``.
    public static let maximumNestingDepth = 256

    /// The root node, of kind ``MarkdownNode/Kind/document``. Its range and every
    /// descendant's use the original file's line numbers (front matter lines included).
    public let root: MarkdownNode

    /// The front matter split off the top, or nil when the file has none.
    public let frontMatter: FrontMatter?

    /// Why the front matter could not be decoded (the raw text is still in
    /// ``frontMatter``), or nil when it could or there is none.
    public let frontMatterProblem: FrontMatterProblem?

    /// Whether some content nested deeper than ``maximumNestingDepth`` was flattened.
    public let exceedsNestingLimit: Bool

    private let source: SourceText

    /// Parses Markdown text, with optional YAML (`---`) or TOML (`+++`) front matter.
    public init(parsing text: String) {
        let source = SourceText(text)
        let front = FrontMatterReader.read(source)
        let bodyStart = front.bodyFirstLine > 1 ? source.offset(afterLine: front.bodyFirstLine - 1) : 0
        // Blank lines in place of the front matter keep cmark-gfm's line numbers those of the file.
        let prefix = [UInt8](repeating: 0x0A, count: front.bodyFirstLine - 1)
        var builder = MarkdownTreeBuilder(source: source, maximumDepth: Self.maximumNestingDepth)
        let tree =
            CMarkEnvironment.withParsedDocument(
                prefix: prefix,
                bytes: source.bytes[bodyStart...],
                options: CMARK_OPT_SOURCEPOS
            ) { root, _ in
                builder.build(root: root)
            } ?? .empty(source: source)
        self.source = source
        self.root = MarkdownNode(tree: tree, index: 0)
        self.frontMatter = front.frontMatter
        self.frontMatterProblem = front.problem
        self.exceedsNestingLimit = builder.exceededDepth
    }

    /// The number of lines in the original text (a final line terminator does not start
    /// another line).
    public var lineCount: Int { source.lineCount }

    /// The original text of whole lines, verbatim: line terminators between the lines are
    /// kept as written, the last line's is not included. Lines are 1-based and the range is
    /// clamped to the text, so an out-of-range request gives "".
    public func source(lines: ClosedRange<Int>) -> String {
        source.lines(lines)
    }
}
