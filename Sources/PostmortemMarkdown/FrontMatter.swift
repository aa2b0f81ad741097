/// The front matter split off the top of a Markdown file: YAML between `---` lines or
/// TOML between `+++` lines.
public struct FrontMatter: Sendable, Hashable {
    /// The language of the front matter.
    public enum Format: String, Sendable, Hashable {
        /// YAML between `---` lines (the closing line may also be `...`).
        case yaml
        /// TOML between `+++` lines.
        case toml
    }

    /// The language, from the opening fence.
    public var format: Format
    /// The text between the fences, verbatim (line terminators as in the file, no final one).
    public var raw: String
    /// The lines the front matter occupies in the original file, both fences included.
    /// The Markdown body starts on the line after.
    public var lines: ClosedRange<Int>
    /// The decoded keys and values in written order; empty when decoding failed (see
    /// ``MarkdownDocument/frontMatterProblem``).
    public var fields: FrontMatterTable

    /// Creates front matter.
    public init(format: Format, raw: String, lines: ClosedRange<Int>, fields: FrontMatterTable) {
        self.format = format
        self.raw = raw
        self.lines = lines
        self.fields = fields
    }
}
