/// A word of the query that matched nothing, and the indexed word the typo fallback used
/// instead ("archve" → "archive").
public struct SearchCorrection: Hashable, Sendable, Codable {
    /// The word as typed.
    public var word: String
    /// The indexed word searched for instead (lowercase, accents removed, as indexed).
    public var replacement: String

    public init(word: String, replacement: String) {
        self.word = word
        self.replacement = replacement
    }
}
