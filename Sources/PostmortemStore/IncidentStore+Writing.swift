import GRDB
import PostmortemKit

extension IncidentStore {
    /// Saves `incident`, replacing any incident with the same id and all its parts, in one
    /// transaction: after an error the previous version is still there, whole.
    ///
    /// - Parameter fingerprint: the content fingerprint a later re-import looks the
    ///   incident up by (`incidentID(forContentFingerprint:)`); nil stores none. Replaced
    ///   on every save, like everything else.
    public func save(_ incident: Incident, fingerprint: String? = nil) throws {
        try save([incident], fingerprint: fingerprint)
    }

    /// Saves several incidents (the entries of one incident log) in one transaction: all of
    /// them or, after an error, none.
    public func save(_ incidents: [Incident], fingerprint: String? = nil) throws {
        let prepared = try Self.prepare(incidents, fingerprint: fingerprint)
        try access {
            try pool.write { db in try Self.write(prepared, db) }
        }
    }

    typealias Prepared = (IncidentRecord, IncidentParts, [SearchDocRecord], IncidentMetricsRecord)

    static func prepare(_ incidents: [Incident], fingerprint: String?) throws -> [Prepared] {
        try incidents.map { incident in
            (
                IncidentRecord(incident: incident, fingerprint: fingerprint), try IncidentParts(incident: incident),
                SearchDocuments.records(for: incident), IncidentMetricsRecord(incident: incident)
            )
        }
    }

    static func write(_ prepared: [Prepared], _ db: Database) throws {
        for (record, parts, documents, metrics) in prepared {
            try SearchIncidentIndex.remove(record.id, db)
            try IncidentParts.deleteAll(db, incidentID: record.id)
            try record.save(db)
            try parts.insert(db)
            for document in documents { try document.insert(db) }
            try metrics.insert(db)
            try SearchIncidentIndex.add(record.id, db)
        }
    }

    /// Deletes the incident `id` and all its parts; false when there was none.
    @discardableResult
    public func delete(_ id: IncidentID) throws -> Bool {
        try access {
            try pool.write { db in
                try SearchIncidentIndex.remove(id.rawValue, db)
                try IncidentParts.deleteAll(db, incidentID: id.rawValue)
                return try IncidentRecord.deleteOne(db, key: id.rawValue)
            }
        }
    }
}
