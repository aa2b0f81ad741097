/// One piece of a search as the user typed it: a word, a "quoted phrase", or a prefix
/// (`volum*`), with the FTS5 form that matches it and nothing else.
struct SearchTerm: Hashable, Sendable {
    enum Shape: Hashable, Sendable {
        /// A bare word (which may hold punctuation: `pg_basebackup`, `write-ahead`, `10.0.0.1`).
        case word
        /// A quoted phrase: its words next to each other, in order.
        case phrase
        /// A word or phrase typed with a trailing `*`: its last word is a prefix.
        case prefix
    }

    /// The text between the quotes, or before the `*`; never holds a double quote.
    var text: String
    var shape: Shape

    /// The term as an FTS5 string: always quoted, so no character of it is FTS5 syntax.
    /// The tokenizer splits the string into words, which then form a phrase
    /// (`"write-ahead"` matches "write ahead").
    var ftsExpression: String {
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return shape == .prefix ? quoted + "*" : quoted
    }

    /// The term as it would be typed again: phrases quoted, prefixes starred.
    var displayText: String {
        switch shape {
        case .word: return text
        case .phrase: return "\"" + text + "\""
        case .prefix: return text.contains(where: \.isWhitespace) ? "\"" + text + "\"*" : text + "*"
        }
    }

    /// Whether the typo fallback may replace the term: a bare word made only of letters.
    /// Phrases the user quoted, prefixes and words with digits or punctuation are taken
    /// as meant.
    var isCorrectable: Bool {
        shape == .word && text.allSatisfy(\.isLetter)
    }
}
