/// Migration "v5-search-terms": how many search entries hold each indexed term, kept up to
/// date, so that ranking a search, and its typo fallback, need no count of their own.
///
/// BM25 weighs each term of a query by the number of entries holding it. FTS5's `bm25()`
/// counts them at every query by reading the term's whole list of entries, which takes tens
/// of milliseconds for a common word in a large store. `search_terms` holds that count for
/// every term of `search_index`, as its tokenizer writes it (stemmed, folded);
/// `search_word_terms` the same for `search_words` (unstemmed), the typo fallback's
/// vocabulary, which `search_words_vocab` gives only by walking the whole index.
///
/// The triggers note each entry stored (`sign` 1) or removed (-1) in
/// `search_term_changes`; every write transaction of `IncidentStore` ends by folding
/// those notes into both tables (`SearchTermStatistics.fold`), which tokenizes them with
/// each index's tokenizer. The migration fills both tables from the indexes as they stand.
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

        CREATE TABLE search_word_terms (
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
        INSERT INTO search_word_terms(term, docs) SELECT term, doc FROM search_words_vocab;
        """
}
