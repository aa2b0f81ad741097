import Foundation
import GRDB

/// The words of the full-text index with how many parts hold each, read once and kept
/// until the index changes: the typo fallback's candidates.
///
/// They are read from `search_word_terms` (`SearchTermStatistics`), which keeps the count
/// of every word of `search_words` up to date: reading `search_words_vocab` instead walks
/// the document list of every word (FTS5 counts them as it goes), most of a second in a
/// store of 100,000 incidents. A process that searches more than once (a publisher, an
/// editor, a benchmark) reads them once. The snapshot is taken again when the index's largest part id or the store's free
/// page count changed, as they do on every save and every delete that frees pages; a
/// snapshot missing a deletion can only suggest a word that then finds nothing.
final class SearchVocabulary: @unchecked Sendable {
    /// A word and the number of indexed parts holding it.
    struct Entry: Sendable {
        var term: String
        var documents: Int
    }

    private let lock = NSLock()
    private var stamp: [Int64]?
    private var entries: [Entry] = []

    /// The words (sorted) as of now, read again when the index changed.
    func entries(in db: Database) throws -> [Entry] {
        let current = [
            try Int64.fetchOne(db, sql: "SELECT ifnull(max(id), 0) FROM search_docs") ?? 0,
            try Int64.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0,
        ]
        lock.lock()
        if stamp == current {
            defer { lock.unlock() }
            return entries
        }
        lock.unlock()
        var read: [Entry] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT term, docs FROM search_word_terms ORDER BY term")
        while let row = try rows.next() { read.append(Entry(term: row[0], documents: row[1])) }
        read.sort { $0.term < $1.term }  // SQLite's byte order, in Swift's order for the binary search
        lock.lock()
        defer { lock.unlock() }
        stamp = current
        entries = read
        return read
    }
}
