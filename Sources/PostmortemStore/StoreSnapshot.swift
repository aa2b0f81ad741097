import GRDB
import PostmortemKit

/// A consistent, read-only view of the store: every read through it sees the store as it
/// was when ``IncidentStore/withSnapshot(_:)`` began, whatever other processes commit
/// meanwhile (one SQLite read transaction in WAL mode, which never blocks writers).
///
/// Valid only inside the closure it was given to, and only on that closure's thread.
public struct StoreSnapshot {
    let db: Database

    /// Every incident's id and revision (nil for rows saved before revisions were kept), in
    /// list order: newest first, undated last, then by id.
    public func revisions() throws -> [(id: IncidentID, revision: String?)] {
        try Row.fetchAll(db, sql: "SELECT id, revision FROM incidents ORDER BY date DESC, id").map { row in
            (IncidentID(row["id"] as String), row["revision"] as String?)
        }
    }

    /// The incidents `ids` with all their parts, in the order given; ids with no incident
    /// are skipped. Reads at most `batchSize` incidents per query.
    public func incidents(_ ids: [IncidentID], batchSize: Int = 500) throws -> [Incident] {
        var found: [IncidentID: Incident] = [:]
        var start = 0
        while start < ids.count {
            let batch = ids[start..<min(ids.count, start + max(1, batchSize))].map(\.rawValue)
            start += batch.count
            let records = try IncidentRecord.filter(batch.contains(IncidentRecord.Columns.id)).fetchAll(db)
            let parts = try IncidentParts.load(db, incidentIDs: batch)
            for record in records {
                found[IncidentID(record.id)] = try (parts[record.id] ?? IncidentParts()).assemble(
                    into: record.incidentShell())
            }
        }
        return ids.compactMap { found[$0] }
    }

    /// Every incident with all its parts, in list order.
    public func allIncidents() throws -> [Incident] {
        try IncidentStore.incidents(db, id: nil)
    }
}

extension IncidentStore {
    /// Runs `body` with a consistent view of the store (see ``StoreSnapshot``) and returns
    /// what it returns. Errors `body` throws come out unchanged; SQLite's become
    /// `StoreError`s naming the store's file.
    public func withSnapshot<T>(_ body: (StoreSnapshot) throws -> T) throws -> T {
        try access { try pool.read { db in try body(StoreSnapshot(db: db)) } }
    }
}
