import GRDB
import PostmortemKit

extension IncidentStore {
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
