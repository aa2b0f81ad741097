import Foundation
import GRDB

/// Finds, for a word that matched nothing, the indexed word closest to it in spelling.
///
/// The candidates come from `search_word_terms`: every word of `search_words` as written
/// (lowercase, accents removed, not stemmed, so a correction is a real word the user
/// recognises). A candidate must be within an edit distance that grows with the word's
/// length (`maximumDistance(forLength:)`), counting a swap of two neighbouring letters as
/// one edit. The closest wins; among equally close ones, the word in most documents, then
/// the first alphabetically. Candidates starting with the same letter are tried first;
/// only when none is close enough are the words that differ from it in their first letter
/// (replaced, dropped or added: those starting with any letter followed by the word's
/// first or second letter, and those starting with its second letter). The words come
/// from a `SearchVocabulary` snapshot, sorted, so each set is a range found by binary
/// search.
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

    /// The word of `vocabulary` (sorted by term) to search for instead of `word`, or nil
    /// when none is close enough.
    static func correction(for word: String, in vocabulary: [SearchVocabulary.Entry]) -> String? {
        let folded = Array(
            word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars)
        let limit = maximumDistance(forLength: folded.count)
        guard limit > 0, let first = folded.first else { return nil }
        let lengths = (folded.count - limit)...(folded.count + limit)
        if let best = closest(to: folded, limit: limit, in: vocabulary, prefixes: [String(first)], lengths: lengths) {
            return best.term
        }
        var prefixes = Set<String>()
        let second = folded.count > 1 ? String(folded[1]) : ""
        if !second.isEmpty { prefixes.insert(second) }
        for letter in "abcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars {
            prefixes.insert(String(letter) + String(first))
            if !second.isEmpty { prefixes.insert(String(letter) + second) }
        }
        return closest(to: folded, limit: limit, in: vocabulary, prefixes: prefixes.sorted(), lengths: lengths)?.term
    }

    /// The closest word within `limit` edits among the words of `vocabulary` starting with
    /// one of `prefixes`, their length within `lengths`.
    private static func closest(
        to word: [Unicode.Scalar], limit: Int, in vocabulary: [SearchVocabulary.Entry], prefixes: [String],
        lengths: ClosedRange<Int>
    ) -> (term: String, distance: Int, documents: Int)? {
        var best: (term: String, distance: Int, documents: Int)?
        for prefix in prefixes {
            var index = firstIndex(in: vocabulary, notBelow: prefix)
            while index < vocabulary.count, vocabulary[index].term.hasPrefix(prefix) {
                let entry = vocabulary[index]
                index += 1
                let term = Array(entry.term.unicodeScalars)
                guard lengths.contains(term.count) else { continue }
                let bound = best.map { $0.distance } ?? limit
                guard let distance = distance(word, term, limit: bound), distance > 0 else { continue }
                if let current = best {
                    let better =
                        distance < current.distance
                        || (distance == current.distance
                            && (entry.documents > current.documents
                                || (entry.documents == current.documents && entry.term < current.term)))
                    if !better { continue }
                }
                best = (entry.term, distance, entry.documents)
            }
        }
        return best
    }

    /// The index of the first entry whose term is not below `text` (binary search).
    private static func firstIndex(in vocabulary: [SearchVocabulary.Entry], notBelow text: String) -> Int {
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle].term < text { low = middle + 1 } else { high = middle }
        }
        return low
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
