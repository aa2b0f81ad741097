import Foundation
import GRDB

/// Finds, for a word that matched nothing, the indexed word closest to it in spelling.
///
/// The candidates come from `search_words_vocab`: every word of the index as written
/// (lowercase, accents removed, not stemmed, so a correction is a real word the user
/// recognises). A candidate must be within an edit distance that grows with the word's
/// length (`maximumDistance(forLength:)`), counting a swap of two neighbouring letters as
/// one edit. The closest wins; among equally close ones, the word in most documents, then
/// the first alphabetically. Candidates starting with the same letter are tried first;
/// only when none is close enough are the words that differ from it in their first letter
/// (replaced, dropped or added: those starting with any letter followed by the word's
/// first or second letter, and those starting with its second letter). Each set is read
/// through term ranges the vocabulary seeks to, never by reading the whole vocabulary,
/// whose word counts cost a walk of every document list.
enum SpellingCorrector {
    /// Words shorter than this are never corrected: too many short words are one edit
    /// apart.
    static let minimumLength = 4
    /// Words longer than this are never corrected.
    static let maximumLength = 40

    /// How many edits a correction of a word of `length` letters may make: 1 up to 7
    /// letters, 2 from 8.
    static func maximumDistance(forLength length: Int) -> Int {
        length < minimumLength || length > maximumLength ? 0 : length < 8 ? 1 : 2
    }

    /// The indexed word to search for instead of `word`, or nil when none is close enough.
    static func correction(for word: String, in db: Database) throws -> String? {
        let folded = Array(
            word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars)
        let limit = maximumDistance(forLength: folded.count)
        guard limit > 0, let first = folded.first else { return nil }
        let lengths = [folded.count - limit, folded.count + limit]
        if let best = try closest(to: folded, limit: limit, db: db, prefixes: [String(first)], lengths: lengths) {
            return best.term
        }
        var prefixes = Set<String>()
        let second = folded.count > 1 ? String(folded[1]) : ""
        if !second.isEmpty { prefixes.insert(second) }
        for letter in "abcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars {
            prefixes.insert(String(letter) + String(first))
            if !second.isEmpty { prefixes.insert(String(letter) + second) }
        }
        return try closest(to: folded, limit: limit, db: db, prefixes: prefixes.sorted(), lengths: lengths)?.term
    }

    /// The closest word within `limit` edits among the indexed words starting with one of
    /// `prefixes`, their length within `lengths`.
    private static func closest(
        to word: [Unicode.Scalar], limit: Int, db: Database, prefixes: [String], lengths: [Int]
    ) throws -> (term: String, distance: Int, documents: Int)? {
        let statement = try db.cachedStatement(
            sql:
                "SELECT term, doc FROM search_words_vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?"
        )
        var best: (term: String, distance: Int, documents: Int)?
        for prefix in prefixes {
            guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { continue }
            let upper = String(prefix.unicodeScalars.dropLast()) + String(next)
            let rows = try Row.fetchCursor(statement, arguments: [prefix, upper, lengths[0], lengths[1]])
            while let row = try rows.next() {
                let term: String = row[0]
                let documents: Int = row[1]
                let bound = best.map { $0.distance } ?? limit
                guard let distance = distance(word, Array(term.unicodeScalars), limit: bound), distance > 0 else {
                    continue
                }
                if let current = best {
                    let better =
                        distance < current.distance
                        || (distance == current.distance
                            && (documents > current.documents
                                || (documents == current.documents && term < current.term)))
                    if !better { continue }
                }
                best = (term, distance, documents)
            }
        }
        return best
    }

    /// The optimal-string-alignment distance between `a` and `b` (insertions, deletions,
    /// substitutions, and swaps of neighbouring characters, each counting one), or nil
    /// when it is more than `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows of the dynamic-programming table: two back, one back, current.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return nil }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        let result = previous[b.count]
        return result <= limit ? result : nil
    }
}
