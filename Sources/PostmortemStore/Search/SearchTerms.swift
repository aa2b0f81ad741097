import Foundation
import GRDB

/// A user's search text read into terms, and the FTS5 expressions built from them.
///
/// Nothing the user types is passed to FTS5 as syntax. The text is split into words at
/// white space and at `separators`; a double quote opens a phrase that runs to the next double quote (or, left
/// open, to the end); a word or closing quote followed by `*` is a prefix. Every term is
/// then written as a quoted FTS5 string, so `OR`, `AND`, `NOT`, `NEAR`, `-`, `:`, `^`,
/// parentheses and stray stars are plain text, which the tokenizer treats as it treats the
/// indexed text (operator words are words, punctuation separates words). A term without a
/// letter or digit (`-`, `—`, an emoji) is dropped; repeated terms count once; at most
/// `maximumCount` terms are kept.
struct SearchTerms: Hashable, Sendable {
    /// How many terms a query keeps; the rest of a very long paste is ignored.
    static let maximumCount = 32
    /// Characters kept of one term; longer words are cut.
    static let maximumTermLength = 200

    /// Characters that end a word as white space does: brackets and sentence punctuation.
    /// Other punctuation (`-`, `_`, `.`, `:`, `/`, `@`, `'`) stays inside the word, whose
    /// pieces then match side by side (`nas-01`, `10.0.0.1`, `/var/lib`, `don't`).
    static let separators: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ";", "!", "?", "<", ">"]

    var terms: [SearchTerm]

    init(terms: [SearchTerm]) {
        self.terms = terms
    }

    init(parsing text: String) {
        var reader = Reader()
        for character in text {
            reader.read(character)
            if reader.terms.count >= Self.maximumCount { break }
        }
        reader.finish()
        terms = Array(reader.terms.prefix(Self.maximumCount))
    }

    var isEmpty: Bool { terms.isEmpty }

    /// Every term must match (FTS5's implicit AND).
    var allTermsExpression: String {
        terms.map(\.ftsExpression).joined(separator: " ")
    }

    /// Any term may match.
    var anyTermExpression: String {
        terms.map(\.ftsExpression).joined(separator: " OR ")
    }

    /// The phrases of `allTermsExpression` and of `anyTermExpression`, in their order.
    var rankedPhrases: [SearchTerm.RankedPhrase] {
        terms.flatMap(\.rankedPhrases)
    }

    /// The term (index into `terms`) each of `rankedPhrases` belongs to.
    var termOfPhrase: [Int] {
        terms.enumerated().flatMap { index, term in Array(repeating: index, count: term.rankedPhrases.count) }
    }

    /// The bare words as one phrase, when there are several and nothing else: the
    /// documents that hold a pasted error message word for word rank above those that only
    /// share its words. Nil otherwise.
    var phraseExpression: String? {
        guard terms.count > 1, terms.allSatisfy({ $0.shape == .word }) else { return nil }
        return SearchTerm(text: terms.map(\.text).joined(separator: " "), shape: .phrase).ftsExpression
    }

    /// The terms with every bare word that holds punctuation split into its pieces of
    /// letters and digits (`title:tortoise` into `title` and `tortoise`); phrases and
    /// prefixes unchanged. For the "any word" fallback, where a piece alone may match.
    var loosened: SearchTerms {
        var loose: [SearchTerm] = []
        for term in terms {
            let pieces: [SearchTerm]
            if term.shape == .word {
                pieces = term.text.split { !$0.isLetter && !$0.isNumber }.map {
                    SearchTerm(text: String($0), shape: .word)
                }
            } else {
                pieces = [term]
            }
            for piece in pieces where !loose.contains(piece) { loose.append(piece) }
        }
        return SearchTerms(terms: Array(loose.prefix(Self.maximumCount)))
    }

    /// The terms with each prefix of one word replaced by the indexed words it stands for,
    /// when there are at most `maximumPrefixWords` of them (more, and FTS5 expands it).
    func expandingPrefixes(in db: Database) throws -> SearchTerms {
        var expanded = self
        let statement = try db.cachedStatement(
            sql: "SELECT term FROM search_word_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?")
        for (index, term) in terms.enumerated() where term.shape == .prefix {
            let folded = term.text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .lowercased()
            guard !folded.isEmpty, folded.allSatisfy({ $0.isLetter || $0.isNumber }),
                let last = folded.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1)
            else { continue }
            let upper = String(folded.unicodeScalars.dropLast()) + String(next)
            let words = try String.fetchAll(statement, arguments: [folded, upper, Self.maximumPrefixWords + 1])
            if !words.isEmpty && words.count <= Self.maximumPrefixWords { expanded.terms[index].words = words }
        }
        return expanded
    }

    /// The most words a prefix is looked up as (`expandingPrefixes(in:)`).
    static let maximumPrefixWords = 64

    /// The terms as they would be typed again.
    var displayText: String {
        terms.map(\.displayText).joined(separator: " ")
    }

    /// Splits text into terms, one character at a time.
    private struct Reader {
        var terms: [SearchTerm] = []
        var current = ""
        var inPhrase = false
        /// The phrase that just closed, which a `*` right after it makes a prefix.
        var closedPhrase: SearchTerm?

        mutating func read(_ character: Character) {
            if let phrase = closedPhrase {
                closedPhrase = nil
                if character == "*" {
                    add(SearchTerm(text: phrase.text, shape: .prefix))
                    return
                }
                add(phrase)
            }
            if inPhrase {
                if character == "\"" {
                    inPhrase = false
                    closedPhrase = SearchTerm(text: current, shape: .phrase)
                    current = ""
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                endWord()
                inPhrase = true
            } else if character.isWhitespace || SearchTerms.separators.contains(character) {
                endWord()
            } else {
                current.append(character)
            }
        }

        mutating func finish() {
            if let phrase = closedPhrase { add(phrase) }
            closedPhrase = nil
            if inPhrase {
                add(SearchTerm(text: current, shape: .phrase))
                current = ""
                inPhrase = false
            }
            endWord()
        }

        private mutating func endWord() {
            defer { current = "" }
            guard !current.isEmpty else { return }
            var text = Substring(current)
            var isPrefix = false
            while text.hasSuffix("*") {
                text = text.dropLast()
                isPrefix = true
            }
            // A prefix needs two characters of its last word, or it would match half the index.
            let lastWord = text.reversed().prefix { $0.isLetter || $0.isNumber }
            if lastWord.count < 2 { isPrefix = false }
            add(SearchTerm(text: String(text), shape: isPrefix ? .prefix : .word))
        }

        private mutating func add(_ term: SearchTerm) {
            let text = String(term.text.prefix(SearchTerms.maximumTermLength))
            guard text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            let term = SearchTerm(text: text, shape: term.shape)
            if !terms.contains(term) { terms.append(term) }
        }
    }
}
