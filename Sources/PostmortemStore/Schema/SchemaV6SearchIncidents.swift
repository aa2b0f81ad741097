/// Migration "v6-search-incidents": a full-text index with one entry per incident, which
/// tells which incidents hold every word of a search before any part of one is ranked.
///
/// `search_index` holds one entry per part of an incident (about 25 per incident). A
/// search for common words that seldom share a part walked those words' whole lists of
/// parts, and a search with a selective filter ranked many parts of incidents the filter
/// then dropped. `search_incidents` indexes each incident's parts as one text, plus one
/// token per service (`0pms` and the hex of its `name_key`) and per failure mode (`0pmm`
/// and the hex of its id), so a filter on either is a word of the query. It keeps no
/// positions (`detail = 'none'`): it answers "which incidents hold these words", newest
/// first, and nothing else.
///
/// Its rowid is the id of the incident's first `search_docs` row, so the newest incidents
/// come first as in `search_index`, and the parts of the newest incidents are those from
/// the lowest of those ids on. Its text is the view `search_incident_text`, which the
/// index reads to rebuild and check itself; `SearchIncidentIndex` keeps it up to date as
/// incidents are saved and deleted. Its tokenizer is `search_index`'s.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV6SearchIncidents {
    static let name = "v6-search-incidents"

    static let sql = """
        CREATE VIEW search_incident_text AS
        SELECT part, incident_id, text FROM (
            SELECT (SELECT min(d.id) FROM search_docs AS d WHERE d.incident_id = i.id) AS part,
                i.id AS incident_id,
                (SELECT group_concat(d.title || char(10) || d.body, char(10))
                    FROM search_docs AS d WHERE d.incident_id = i.id)
                || ifnull((SELECT group_concat(' 0pms' || hex(s.name_key), '')
                    FROM incident_services AS s WHERE s.incident_id = i.id), '')
                || ifnull((SELECT group_concat(' 0pmm' || hex(f.mode_id), '')
                    FROM failure_modes AS f WHERE f.incident_id = i.id), '') AS text
            FROM incidents AS i
        ) WHERE part IS NOT NULL;

        CREATE VIRTUAL TABLE search_incidents USING fts5(
            text,
            content = 'search_incident_text', content_rowid = 'part',
            detail = 'none', columnsize = 0,
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        INSERT INTO search_incidents(search_incidents) VALUES ('rebuild');
        """
}
