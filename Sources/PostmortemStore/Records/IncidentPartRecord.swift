import GRDB

/// A row of a table that holds one part of an incident: keyed by `incident_id` and
/// `position` (the part's index in its list), deleted with its incident.
protocol IncidentPartRecord: Codable, FetchableRecord, PersistableRecord {
    var incidentID: String { get }
}

extension IncidentPartRecord {
    /// The rows of this table for one incident (or all incidents when `incidentID` is nil),
    /// grouped by incident, each group in list order.
    static func fetchGrouped(_ db: Database, incidentID: String?) throws -> [String: [Self]] {
        try fetchGrouped(db, incidentIDs: incidentID.map { [$0] })
    }

    /// The rows of this table for the incidents `incidentIDs` (all incidents when nil),
    /// grouped by incident, each group in list order.
    static func fetchGrouped(_ db: Database, incidentIDs: [String]?) throws -> [String: [Self]] {
        // Plain SQL: building the query through the query interface took longer than
        // running it for a batch of a few hundred ids.
        var sql = "SELECT * FROM \(databaseTableName.quotedDatabaseIdentifier)"
        if let incidentIDs {
            sql +=
                incidentIDs.count == 1
                ? " WHERE incident_id = ?"
                : " WHERE incident_id IN (" + Array(repeating: "?", count: incidentIDs.count).joined(separator: ",")
                    + ")"
        }
        sql += " ORDER BY incident_id, position"
        let rows = try fetchAll(db, sql: sql, arguments: StatementArguments(incidentIDs ?? []))
        return Dictionary(grouping: rows, by: \.incidentID)
    }

    /// Deletes the rows of this table that belong to `incidentID`.
    static func deleteAll(_ db: Database, incidentID: String) throws {
        try filter(Column("incident_id") == incidentID).deleteAll(db)
    }
}
