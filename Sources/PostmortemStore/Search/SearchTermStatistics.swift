import GRDB

/// The number of search entries holding each term of `search_index` (table `search_terms`,
/// migration `v5-search-terms`), which BM25 needs for every term of a query.
///
/// The schema's triggers note each entry stored or removed in `search_term_changes`;
/// `fold(_:)`, run at the end of every write transaction, tokenizes the noted text with the
/// index's own tokenizer (through a temporary contentless FTS5 table and its `fts5vocab`)
/// and adds or subtracts the counts. So `search_terms` always equals what an `fts5vocab`
/// over `search_index` would count, without walking the index.
enum SearchTermStatistics {
    /// The tokenizer of `search_index` (migration `v1-search`); the counts are of its terms.
    static let tokenizer = "porter unicode61 remove_diacritics 2"

    /// Folds the noted changes into `search_terms` and clears them. Cheap when there are none.
    static func fold(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM search_term_changes)") == true else { return }
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_tokens USING fts5(
                    text, content = '', columnsize = 0, detail = 'none', tokenize = '\(tokenizer)');
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_term_token_counts
                    USING fts5vocab(temp, search_term_tokens, 'row');
                """)
        for sign in [1, -1] {
            try db.execute(
                sql: """
                    INSERT INTO temp.search_term_tokens(rowid, text)
                        SELECT id, text FROM search_term_changes WHERE sign = ?;
                    INSERT INTO search_terms(term, docs)
                        SELECT term, ? * doc FROM temp.search_term_token_counts WHERE true
                        ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs;
                    DELETE FROM search_terms
                        WHERE docs <= 0 AND term IN (SELECT term FROM temp.search_term_token_counts);
                    INSERT INTO temp.search_term_tokens(search_term_tokens) VALUES ('delete-all');
                    """, arguments: [sign, sign])
        }
        try db.execute(sql: "DELETE FROM search_term_changes")
    }

    /// Folds changes a writer left unfolded (one that bypassed `IncidentStore`), taking
    /// the write lock only when there are some.
    static func foldPending(_ writer: some DatabaseWriter) throws {
        let pending = try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM search_term_changes)") == true
        }
        if pending { try writer.write(fold) }
    }

    /// Counts every term again from the index itself, dropping any noted change (after the
    /// index was rebuilt). Walks the whole index: seconds in a large store.
    static func rebuild(_ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM search_term_changes;
                DELETE FROM search_terms;
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_terms USING fts5vocab(main, search_index, 'row');
                INSERT INTO search_terms(term, docs) SELECT term, doc FROM temp.search_index_terms;
                DROP TABLE temp.search_index_terms;
                """)
    }

    /// How many terms' counts differ from the index's own (a walk of the whole index, as
    /// `rebuild(_:)`); 0 for a consistent store.
    static func mismatches(_ db: Database) throws -> Int {
        try db.execute(
            sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_index_terms USING fts5vocab(main, search_index, 'row')"
        )
        defer { try? db.execute(sql: "DROP TABLE temp.search_index_terms") }
        return try Int.fetchOne(
            db,
            sql: """
                SELECT count(*) FROM (
                    SELECT v.term FROM temp.search_index_terms AS v
                    LEFT JOIN search_terms AS s ON s.term = v.term WHERE s.docs IS NOT v.doc
                    UNION ALL
                    SELECT s.term FROM search_terms AS s
                    WHERE NOT EXISTS (SELECT 1 FROM temp.search_index_terms AS v WHERE v.term = s.term)
                )
                """) ?? 0
    }

    /// How many entries BM25 is to count as holding each phrase (`BM25Function`): exactly
    /// the count of its term for a phrase of one term; for a longer phrase the count of its
    /// rarest term, and for a prefix the largest count of a term it stands for, both
    /// estimates (an exact count would take the walk through the index this avoids).
    static func phraseCounts(_ phrases: [SearchTerm.RankedPhrase], _ db: Database) throws -> [Int] {
        let tokenizer = try db.makeTokenizer(
            FTS5TokenizerDescriptor(components: tokenizer.split(separator: " ").map(String.init)))
        let statement = try db.cachedStatement(sql: "SELECT docs FROM search_terms WHERE term = ?")
        return try phrases.map { phrase in
            let tokens = try tokenizer.tokenize(query: phrase.text).filter { !$0.flags.contains(.colocated) }
            var counts: [Int] = []
            for (index, token) in tokens.enumerated() {
                if phrase.isPrefix && index == tokens.count - 1 {
                    counts.append(try largestCount(startingWith: token.token, db))
                } else {
                    counts.append(try Int.fetchOne(statement, arguments: [token.token]) ?? 0)
                }
            }
            return counts.min() ?? 0
        }
    }

    /// The largest count of a term starting with `prefix` (as the tokenizer writes it): a
    /// lower bound of the entries a prefix query matches.
    static func largestCount(startingWith prefix: String, _ db: Database) throws -> Int {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return 0 }
        let upper = String(prefix.unicodeScalars.dropLast()) + String(next)
        let statement = try db.cachedStatement(
            sql: "SELECT ifnull(max(docs), 0) FROM search_terms WHERE term >= ? AND term < ?")
        return try Int.fetchOne(statement, arguments: [prefix, upper]) ?? 0
    }
}
