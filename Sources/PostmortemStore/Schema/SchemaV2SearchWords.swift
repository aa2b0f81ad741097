/// Migration "v2-search-words": the vocabulary of the full-text index, as written, for the
/// typo fallback of `IncidentStore.search(_:)`.
///
/// `search_index` stems its words (porter), so its vocabulary holds stems ("archiv"), not
/// words a user would recognise in "showing results for …". `search_words` indexes the same
/// `search_docs` rows without stemming, and with `detail = 'none'` (document ids only, no
/// positions), which keeps it small; it is never searched, only read through
/// `search_words_vocab`, an `fts5vocab` table listing each word with the number of
/// documents holding it. Triggers keep it in sync as they do `search_index`; the
/// migration fills it from the rows already there.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV2SearchWords {
    static let name = "v2-search-words"

    static let sql = """
        CREATE VIRTUAL TABLE search_words USING fts5(
            title, body,
            content = 'search_docs', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2',
            detail = 'none'
        );
        CREATE VIRTUAL TABLE search_words_vocab USING fts5vocab(search_words, 'row');

        CREATE TRIGGER search_docs_words_after_insert AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_words(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER search_docs_words_after_delete AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_words(search_words, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER search_docs_words_after_update AFTER UPDATE ON search_docs BEGIN
            INSERT INTO search_words(search_words, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO search_words(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;

        INSERT INTO search_words(search_words) VALUES ('rebuild');
        """
}
