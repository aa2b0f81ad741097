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
        let record = IncidentRecord(incident: incident, fingerprint: fingerprint)
        let parts = try IncidentParts(incident: incident)
        let documents = SearchDocuments.records(for: incident)
        try access {
            try pool.write { db in
                try IncidentParts.deleteAll(db, incidentID: record.id)
                try record.save(db)
                try parts.insert(db)
                for document in documents { try document.insert(db) }
            }
        }
    }

    /// Deletes the incident `id` and all its parts; false when there was none.
    @discardableResult
    public func delete(_ id: IncidentID) throws -> Bool {
        try access {
            try pool.write { db in
                try IncidentParts.deleteAll(db, incidentID: id.rawValue)
                return try IncidentRecord.deleteOne(db, key: id.rawValue)
            }
        }
    }
}
