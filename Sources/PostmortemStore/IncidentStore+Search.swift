import GRDB
import PostmortemKit

extension IncidentStore {
    /// Searches everything indexed and returns the best-matching incidents, one result per
    /// incident with its best-matching part and a highlighted snippet.
    ///
    /// **What the text means.** Plain words just work: the text is split into words at
    /// white space, and every word must match in one part of an incident (its summary,
    /// one timeline event, one troubleshooting entry …); only when no part holds them all
    /// are incidents returned that hold them spread over several parts. Words are matched
    /// by stem (porter: "provisioning" finds "provisioned") without regard to case or
    /// accents. A word holding punctuation matches its pieces side by side
    /// (`pg_basebackup`, `write-ahead`, `10.0.0.1`). `"quoted phrases"` match their words
    /// in order; `volum*` matches words starting with "volum". Nothing typed is FTS5
    /// syntax: `OR`, `AND`, `NOT`, `NEAR` are words; `-`, `:`, `^`, brackets and stray `*`
    /// are punctuation; an unclosed quote runs to the end; at most 32 terms are kept. Text
    /// with no letter or digit finds nothing. `query.raw` passes the text to FTS5 as is.
    ///
    /// **Order.** A hit's score is BM25 with titles and section headings weighing 4 times
    /// the body, multiplied by the weight of the part it is in (title and lessons 2; root
    /// cause, whys and troubleshooting 1.5; the rest 1) and, when the query is several bare
    /// words that the part holds as one phrase, by 2, so a pasted error message ranks the
    /// documents quoting it above those that share its words. An incident's score is its
    /// best hit's; ties go by incident id.
    ///
    /// **Bounded work.** BM25 is computed for the newest 1,024 matching parts first (by the
    /// order parts were stored), then for four times as many while that yields fewer than
    /// `query.limit` incidents and more parts match. A query matching fewer parts is ranked
    /// exactly; a word found in tens of thousands of parts of a large store is ranked over
    /// the newest parts holding it, and `SearchResult.matches` counts only those. BM25
    /// weighs each term by the number of parts holding it, which the store keeps
    /// (`search_terms`) rather than counting it at every query. A term
    /// found nowhere ends the search for incidents holding every term at once. A prefix is
    /// searched as the indexed words it stands for, when there are at most 64.
    ///
    /// **When nothing matches** (and `query.allowsFallback`), the search is retried: first
    /// with each plain word that matches nothing on its own replaced by the closest
    /// indexed word within one edit (two from 8 letters; `SpellingCorrector`), reported in
    /// `corrections` and `correctedQuery`; then, when there are several terms (words
    /// holding punctuation count by their pieces), with any of them allowed to match
    /// (`anyWord`), the incidents holding the most terms first. Typo correction comes first
    /// because a misspelt word is the commonest reason for no results and correcting it
    /// keeps every other word required; "any word" is the last resort, for long pastes
    /// holding words (paths, ids) no document has.
    ///
    /// - Returns: at most `query.limit` results, best first; none for blank text, text
    ///   without words, or a limit of zero.
    /// - Throws: `StoreError.invalidSearchQuery` when `query.raw` is set and the text is not
    ///   valid FTS5 syntax; other `StoreError`s when the store cannot be read.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        try search(query, firstWindow: SearchRanking.firstWindow)
    }

    /// `search(_:)` ranking `firstWindow` parts, or the parts of `firstCandidates`
    /// incidents, first (tests make them small), and with or without ranking the parts
    /// holding every word on their own first.
    func search(
        _ query: SearchQuery, firstWindow: Int, firstCandidates: Int = SearchRanking.firstCandidates,
        ranksPartsHoldingAllFirst: Bool = true
    ) throws -> SearchResults {
        try access {
            try pool.read { db in
                try Searcher(
                    db: db, query: query, vocabulary: vocabulary, firstWindow: firstWindow,
                    firstCandidates: firstCandidates, ranksPartsHoldingAllFirst: ranksPartsHoldingAllFirst
                ).run()
            }
        }
    }

    /// Full-text search over titles, summaries, root causes, timelines, whys, lessons,
    /// action items, procedures, troubleshooting and kept sections.
    ///
    /// Words are matched by stem (porter) without regard to case or accents. `ftsQuery` is
    /// FTS5 query syntax, passed as is (`disk full`, `"exact phrase"`, `volum*`, `a OR b`).
    ///
    /// - Returns: at most `limit` hits (default 20), best first; none for a blank query.
    /// - Throws: `StoreError.invalidSearchQuery` when the query is not valid FTS5 syntax.
    public func search(matching ftsQuery: String, limit: Int = 20) throws -> [SearchHit] {
        guard limit > 0, ftsQuery.contains(where: { !$0.isWhitespace }) else { return [] }
        let sql = """
            SELECT d.incident_id, i.title, d.kind, d.position,
                   snippet(search_index, -1, '**', '**', '…', 12) AS snippet,
                   bm25(search_index) AS rank
            FROM search_index
            JOIN search_docs AS d ON d.id = search_index.rowid
            JOIN incidents AS i ON i.id = d.incident_id
            WHERE search_index MATCH ?
            ORDER BY rank, d.incident_id, d.kind, d.position
            LIMIT ?
            """
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: [ftsQuery, limit]).map { row in
                    SearchHit(
                        incidentID: IncidentID(rawValue: row[0]),
                        title: row[1],
                        kind: try ColumnCodec.value(
                            row[2], as: SearchDocKind.self, table: SearchDocRecord.databaseTableName,
                            column: "kind"),
                        position: row[3],
                        snippet: row[4],
                        score: -(row[5] as Double))
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            // The statement is fixed and valid, so a plain SQL error comes from the query.
            throw StoreError.invalidSearchQuery(query: ftsQuery, detail: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }
}
