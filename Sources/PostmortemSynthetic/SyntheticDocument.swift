/// One generated post-mortem: a file name, its Markdown text, and what the generator wrote
/// into it (the oracle tests compare an import against).
public struct SyntheticDocument: Sendable, Hashable {
    /// A file name unique within the corpus ("00042-2021-03-10-redis-evicted-sessions.md").
    public var name: String
    /// The document, as it would be saved (UTF-8, `\n` line ends).
    public var text: String
    /// What the text holds, as the generator knows it.
    public var facts: SyntheticFacts

    public init(name: String, text: String, facts: SyntheticFacts) {
        self.name = name
        self.text = text
        self.facts = facts
    }

    /// The text's UTF-8 bytes, as a file would hold them.
    public var bytes: [UInt8] { Array(text.utf8) }
}
