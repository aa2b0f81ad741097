import GRDB
import PostmortemKit

extension IncidentStore {
    /// Runs `body` with every read of this store made on this thread (by any of its
    /// methods) inside one SQLite read transaction, so they all see the store as it was when
    /// `body` began, whatever other processes commit meanwhile. In WAL mode this never
    /// blocks writers. Writing from `body` is not allowed.
    ///
    /// Errors `body` throws come out unchanged; SQLite's become `StoreError`s naming the file.
    public func readingConsistently<T>(_ body: () throws -> T) throws -> T {
        try access { try pool.pinningReads(body) }
    }

    /// Every incident's id and revision (nil for rows saved before revisions were kept), in
    /// list order: newest first, undated last, then by id.
    public func revisions() throws -> [(id: IncidentID, revision: String?)] {
        try access {
            try pool.read { db in
                try Row.fetchAll(db, sql: "SELECT id, revision FROM incidents ORDER BY date DESC, id").map { row in
                    (IncidentID(row["id"] as String), row["revision"] as String?)
                }
            }
        }
    }

    /// The incidents `ids` with all their parts, in the order given; ids with no incident
    /// are skipped. Reads at most `batchSize` incidents per query (one transaction).
    public func fetch(_ ids: [IncidentID], batchSize: Int = 500) throws -> [Incident] {
        try access {
            try pool.read { db in
                var found: [IncidentID: Incident] = [:]
                var start = 0
                while start < ids.count {
                    let batch = ids[start..<min(ids.count, start + max(1, batchSize))].map(\.rawValue)
                    start += batch.count
                    for incident in try Self.incidents(db, ids: batch) { found[incident.id] = incident }
                }
                return ids.compactMap { found[$0] }
            }
        }
    }
}

extension IncidentStore {
    /// Gives every incident saved before revisions were kept (migration v3) its revision,
    /// `batchSize` incidents per transaction; returns how many it filled. The incidents
    /// themselves are not changed. Cheap when there are none.
    @discardableResult
    public func fillMissingRevisions(batchSize: Int = 500) throws -> Int {
        var filled = 0
        while true {
            let ids = try access {
                try pool.read { db in
                    try String.fetchAll(
                        db, sql: "SELECT id FROM incidents WHERE revision IS NULL ORDER BY id LIMIT ?",
                        arguments: [max(1, batchSize)])
                }
            }
            guard !ids.isEmpty else { return filled }
            try access {
                try pool.write { db in
                    let incidents = try Self.incidents(db, ids: ids)
                    for incident in incidents {
                        try db.execute(
                            sql: "UPDATE incidents SET revision = ? WHERE id = ?",
                            arguments: [IncidentRevision.of(incident), incident.id.rawValue])
                    }
                }
            }
            filled += ids.count
        }
    }

    /// The incidents `ids` with all their parts, in no particular order.
    static func incidents(_ db: Database, ids: [String]) throws -> [Incident] {
        let records = try IncidentRecord.filter(ids.contains(IncidentRecord.Columns.id)).fetchAll(db)
        let parts = try IncidentParts.load(db, incidentIDs: ids)
        return try records.map { record in
            try (parts[record.id] ?? IncidentParts()).assemble(into: record.incidentShell())
        }
    }
}
