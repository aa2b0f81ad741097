import GRDB

/// The number of search entries holding each term of the two full-text indexes, kept in
/// tables (migration `v5-search-terms`): `search_terms` for `search_index`'s stems, which
/// BM25 needs for every term of a query, and `search_word_terms` for `search_words`'
/// unstemmed words, the typo fallback's vocabulary (`SearchVocabulary`).
///
/// The schema's triggers note each entry stored or removed in `search_term_changes`;
/// `fold(_:)`, run at the end of every write transaction, tokenizes the noted text with each
/// index's own tokenizer (through a temporary contentless FTS5 table and its `fts5vocab`)
/// and adds or subtracts the counts. So each table always equals what an `fts5vocab` over
/// its index would count, without walking the index.
enum SearchTermStatistics {
    /// A full-text index and the table counting its terms.
    struct Counted {
        var index: String
        var table: String
        /// The index's tokenizer (migrations `v1-search`, `v2-search-words`).
        var tokenizer: String
    }

    static let stems = Counted(
        index: "search_index", table: "search_terms", tokenizer: "porter unicode61 remove_diacritics 2")
    static let words = Counted(
        index: "search_words", table: "search_word_terms", tokenizer: "unicode61 remove_diacritics 2")
    static let all = [stems, words]

    /// Folds the noted changes into both tables and clears them. Cheap when there are none.
    ///
    /// Each index's temporary table takes the stored texts in one column and the removed
    /// ones in another; its `fts5vocab` then gives, per term, the entries added and removed,
    /// so a term both added and removed as often (an incident saved again) writes nothing.
    static func fold(_ db: Database) throws {
        let pending = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM search_term_changes)")
        guard try Bool.fetchOne(pending) == true else { return }
        for counted in all {
            let tokens = "\(counted.table)_tokens"
            let counts = "temp.\(counted.table)_token_counts"
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(tokens) USING fts5(
                        added, removed, content = '', columnsize = 0, detail = 'column',
                        tokenize = '\(counted.tokenizer)');
                    CREATE VIRTUAL TABLE IF NOT EXISTS \(counts) USING fts5vocab(temp, \(tokens), 'col');
                    """)
            for sql in [
                """
                INSERT INTO temp.\(tokens)(rowid, added, removed)
                    SELECT id, iif(sign > 0, text, NULL), iif(sign < 0, text, NULL) FROM search_term_changes
                """,
                """
                INSERT INTO \(counted.table)(term, docs)
                    SELECT term, sum(iif(col = 'added', doc, -doc)) AS change FROM \(counts)
                    GROUP BY term HAVING change != 0
                    ON CONFLICT(term) DO UPDATE SET docs = docs + excluded.docs
                """,
                """
                DELETE FROM \(counted.table) WHERE docs <= 0 AND term IN (SELECT term FROM \(counts) WHERE col = 'removed')
                """,
                "INSERT INTO temp.\(tokens)(\(tokens)) VALUES ('delete-all')",
            ] {
                try db.cachedStatement(sql: sql).execute()
            }
        }
        try db.cachedStatement(sql: "DELETE FROM search_term_changes").execute()
    }

    /// Folds changes a writer left unfolded (one that bypassed `IncidentStore`), taking
    /// the write lock only when there are some.
    static func foldPending(_ writer: some DatabaseWriter) throws {
        let pending = try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM search_term_changes)") == true
        }
        if pending { try writer.write(fold) }
    }

    /// Counts every term again from the indexes themselves, dropping any noted change (after
    /// the indexes were rebuilt). Walks both whole indexes: seconds in a large store.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM search_term_changes")
        for counted in all {
            try db.execute(
                sql: """
                    DELETE FROM \(counted.table);
                    CREATE VIRTUAL TABLE IF NOT EXISTS temp.\(counted.index)_vocab_now
                        USING fts5vocab(main, \(counted.index), 'row');
                    INSERT INTO \(counted.table)(term, docs) SELECT term, doc FROM temp.\(counted.index)_vocab_now;
                    DROP TABLE temp.\(counted.index)_vocab_now;
                    """)
        }
    }

    /// How many terms' counts differ from the index's own, per table with any (a walk of
    /// both whole indexes, as `rebuild(_:)`); empty for a consistent store.
    static func mismatches(_ db: Database) throws -> [(table: String, terms: Int)] {
        try all.compactMap { counted in
            let vocab = "temp.\(counted.index)_vocab_now"
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS \(vocab) USING fts5vocab(main, \(counted.index), 'row')")
            defer { try? db.execute(sql: "DROP TABLE \(vocab)") }
            let differing =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (
                            SELECT v.term FROM \(vocab) AS v
                            LEFT JOIN \(counted.table) AS s ON s.term = v.term WHERE s.docs IS NOT v.doc
                            UNION ALL
                            SELECT s.term FROM \(counted.table) AS s
                            WHERE NOT EXISTS (SELECT 1 FROM \(vocab) AS v WHERE v.term = s.term)
                        )
                        """) ?? 0
            return differing > 0 ? (counted.table, differing) : nil
        }
    }

    /// How many entries BM25 is to count as holding each phrase (`BM25Function`): exactly
    /// the count of its term for a phrase of one term; for a longer phrase the count of its
    /// rarest term, and for a prefix the largest count of a term it stands for, both
    /// estimates (an exact count would take the walk through the index this avoids).
    static func phraseCounts(_ phrases: [SearchTerm.RankedPhrase], _ db: Database) throws -> [Int] {
        let tokenizer = try db.makeTokenizer(
            FTS5TokenizerDescriptor(components: stems.tokenizer.split(separator: " ").map(String.init)))
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
