import GRDB

/// How many parts of a search's scope hold every word of the search: what decides whether
/// it first ranks the parts holding every term (one FTS5 query of them all) or goes
/// straight to the hits of any term.
///
/// FTS5 (SQLite 3.40) lines up the lists of an all-words query from the end its walk
/// starts at before it looks at the range it was asked for, so when no part in the range
/// holds every word it walks the words' whole lists. A walk through one word's list
/// starts where it is asked to. So this walks the rarest word's list down from the
/// scope's newest part, in chunks of `firstChunk` of the scope's parts growing four times
/// each, and every other word's list only over the span between the oldest and the newest
/// part still holding all words so far; it stops once it has found enough parts holding
/// them all, has looked at `rarestWordParts` parts holding the rarest word, or found none
/// in the first chunk (a search whose words seldom share a part then goes straight to the
/// hits of any word, which gives the same results).
///
/// A phrase counts as its words: a part holding them all but not as the phrase passes the
/// check, and the query of all terms then finds fewer parts than it might have.
enum SearchTogether {
    /// How many parts holding the rarest word the first chunk takes.
    static let firstChunk = 64
    /// How many parts holding the rarest word are looked at, at most: two chunks.
    static let rarestWordParts = 320

    /// How many parts of `scope` hold every one of `words`, counted from the newest down
    /// until there are `enough`, `upTo` parts holding the rarest word were looked at, or
    /// the first chunk found none (so the count is exact when it is less than `enough` and
    /// the first chunk held all the scope's parts holding the rarest word); `enough` for a
    /// single word.
    static func partsHoldingEvery(
        _ words: [SearchIncidentIndex.Word], in scope: SearchStatement.Scope, enough: Int,
        firstChunk: Int = firstChunk, upTo: Int = rarestWordParts, _ db: Database
    ) throws -> Int {
        guard words.count > 1 else { return enough }
        var counts: [Int] = []
        for word in words { counts.append(try SearchTermStatistics.phraseCounts(word.phrases, db).reduce(0, +)) }
        let order = words.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }
        let rarest = words[order[0]]
        let others = order.dropFirst().map { words[$0] }
        let newestFirst = try db.cachedStatement(
            sql: """
                SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
                  AND \(InRangesFunction.name)(rowid, ?)
                ORDER BY rowid DESC LIMIT ?
                """)
        let lowest = scope.lowestPart
        let ranges = InRangesFunction.encode(scope.ranges)
        // The parts among `holding` holding the word, picked out inside SQLite: a common
        // word holds thousands of parts in the span.
        let inSpan = try db.cachedStatement(
            sql: """
                SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?
                  AND \(InRangesFunction.name)(rowid, ?)
                ORDER BY rowid
                """)
        var upper = scope.highestPart
        var chunk = max(1, firstChunk)
        var found = 0
        var lookedAt = 0
        while upper >= lowest && found < enough && lookedAt < upTo {
            chunk = min(chunk, upTo - lookedAt)
            let parts = try Int64.fetchAll(newestFirst, arguments: [rarest.expression, lowest, upper, ranges, chunk])
            lookedAt += parts.count
            guard let oldest = parts.last else { break }
            var holding = Array(parts.reversed())
            for word in others {
                guard let first = holding.first, let last = holding.last else { break }
                let list = InRangesFunction.encode(holding.map { $0...$0 })
                holding = try Int64.fetchAll(inSpan, arguments: [word.expression, first, last, list])
            }
            found += holding.count
            // A first chunk where no part holds them all says they seldom share one.
            if parts.count < chunk || found == 0 { break }
            upper = oldest - 1
            chunk = chunk < Int.max / 8 ? chunk * 4 : chunk
        }
        return found
    }
}
