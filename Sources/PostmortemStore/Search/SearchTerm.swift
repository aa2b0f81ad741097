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
    /// For a prefix: the indexed words it stands for, when the search looked them up
    /// (`SearchTerms.expandingPrefixes`); nil to let FTS5 expand it.
    var words: [String]?

    init(text: String, shape: Shape, words: [String]? = nil) {
        self.text = text
        self.shape = shape
        self.words = words
    }

    /// The term as an FTS5 string: always quoted, so no character of it is FTS5 syntax.
    /// The tokenizer splits the string into words, which then form a phrase
    /// (`"write-ahead"` matches "write ahead"). A prefix whose words were looked up is
    /// the choice of those words, which FTS5 walks lazily, where it merges the whole
    /// document list of every word of a prefix before returning the first match.
    var ftsExpression: String {
        if shape == .prefix, let words, !words.isEmpty {
            return "(" + words.map { Self.quoted($0) }.joined(separator: " OR ") + ")"
        }
        return shape == .prefix ? Self.quoted(text) + "*" : Self.quoted(text)
    }

    /// A phrase of the term's FTS5 expression, which BM25 weighs on its own.
    struct RankedPhrase: Hashable, Sendable {
        var text: String
        /// Whether its last word is a prefix (`"text"*`).
        var isPrefix: Bool
    }

    /// The phrases of `ftsExpression`, in the order they appear in it: one per looked-up
    /// word of a prefix, otherwise the term itself.
    var rankedPhrases: [RankedPhrase] {
        if shape == .prefix, let words, !words.isEmpty {
            return words.map { RankedPhrase(text: $0, isPrefix: false) }
        }
        return [RankedPhrase(text: text, isPrefix: shape == .prefix)]
    }

    /// `text` as an FTS5 string: in double quotes, its own doubled.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
