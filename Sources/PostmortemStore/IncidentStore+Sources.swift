import GRDB
import PostmortemKit

/// Where a stored incident was read from, without its parts: what `pm sync` compares with
/// the files on disk.
public struct StoredSource: Hashable, Sendable {
    public var id: IncidentID
    public var title: String
    /// The path recorded at import (relative to the knowledge base for files `pm new` and
    /// `pm sync` read).
    public var path: String
    /// `StableHash.hex` of the file's bytes when it was imported; nil when unknown.
    public var contentHash: String?

    public init(id: IncidentID, title: String, path: String, contentHash: String?) {
        self.id = id
        self.title = title
        self.path = path
        self.contentHash = contentHash
    }
}

extension IncidentStore {
    /// The source of every incident read from a file, ordered by path, then id. One lean
    /// query over the incidents table: no parts are read.
    public func storedSources() throws -> [StoredSource] {
        try access {
            try pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, title, source_path, source_content_hash FROM incidents
                        WHERE source_path IS NOT NULL ORDER BY source_path, id
                        """
                ).map { row in
                    StoredSource(
                        id: IncidentID(rawValue: row["id"]), title: row["title"], path: row["source_path"],
                        contentHash: row["source_content_hash"])
                }
            }
        }
    }
}
