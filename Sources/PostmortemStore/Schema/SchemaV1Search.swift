/// Migration "v1-search": the full-text index.
///
/// `search_docs` holds one row per searchable piece of an incident (its title, summary,
/// root cause, each timeline event, why, lesson, action item, troubleshooting entry …);
/// `search_index` is an FTS5 external-content table over it, kept in sync by triggers.
/// Two indexed columns, `title` and `body`, so BM25 can weigh them differently.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV1Search {
    static let name = "v1-search"

    static let sql = """
        CREATE TABLE search_docs (
            id INTEGER PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX search_docs_by_incident ON search_docs(incident_id, kind, position);

        CREATE VIRTUAL TABLE search_index USING fts5(
            title, body,
            content = 'search_docs', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER search_docs_after_insert AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER search_docs_after_delete AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_index(search_index, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER search_docs_after_update AFTER UPDATE ON search_docs BEGIN
            INSERT INTO search_index(search_index, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO search_index(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        """
}
