/// Migration "v5-search-terms": how many search entries hold each indexed word, kept up to
/// date, so that ranking a search needs no count of its own.
///
/// BM25 weighs each term of a query by the number of entries holding it. FTS5's `bm25()`
/// counts them at every query by reading the term's whole list of entries, which takes tens
/// of milliseconds for a common word in a large store. `search_terms` holds that count
/// for every term of `search_index`, as its tokenizer writes it (stemmed, folded).
///
/// The triggers note each entry stored (`sign` 1) or removed (-1) in
/// `search_term_changes`; every write transaction of `IncidentStore` ends by folding
/// those notes into `search_terms` (`SearchTermStatistics.fold`), which tokenizes them
/// with `search_index`'s tokenizer. The migration fills `search_terms` from the index as
/// it stands.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV5SearchTerms {
    static let name = "v5-search-terms"

    static let sql = """
        CREATE TABLE search_terms (
            term TEXT NOT NULL PRIMARY KEY,
            docs INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE search_term_changes (
            id INTEGER PRIMARY KEY,
            sign INTEGER NOT NULL,
            text TEXT NOT NULL
        );

        CREATE TRIGGER search_docs_terms_after_insert AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_term_changes(sign, text) VALUES (1, new.title || char(10) || new.body);
        END;
        CREATE TRIGGER search_docs_terms_after_delete AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_term_changes(sign, text) VALUES (-1, old.title || char(10) || old.body);
        END;
        CREATE TRIGGER search_docs_terms_after_update AFTER UPDATE ON search_docs BEGIN
            INSERT INTO search_term_changes(sign, text) VALUES (-1, old.title || char(10) || old.body);
            INSERT INTO search_term_changes(sign, text) VALUES (1, new.title || char(10) || new.body);
        END;

        CREATE VIRTUAL TABLE temp.search_index_terms USING fts5vocab(main, search_index, 'row');
        INSERT INTO search_terms(term, docs) SELECT term, doc FROM temp.search_index_terms;
        DROP TABLE temp.search_index_terms;
        """
}
