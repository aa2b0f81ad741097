import GRDB
import PostmortemKit

extension IncidentStore {
    /// The incident `id` with all its parts, or nil when there is none.
    public func fetch(_ id: IncidentID) throws -> Incident? {
        try access {
            try pool.read { db in try Self.incidents(db, id: id.rawValue).first }
        }
    }

    /// Every incident with all its parts, newest first (by date; undated last), then by id.
    public func fetchAll() throws -> [Incident] {
        try access { try pool.read { db in try Self.incidents(db, id: nil) } }
    }

    /// Every incident's summary, in the order of `fetchAll()`.
    public func list() throws -> [IncidentSummary] {
        try access {
            try pool.read { db in
                let services = try ServiceRecord.fetchGrouped(db, incidentID: nil)
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, kind, title, date, severity_label, severity_level, status_label, status_phase
                        FROM incidents ORDER BY date DESC, id
                        """)
                let table = IncidentRecord.databaseTableName
                return try rows.map { row in
                    let id: String = row["id"]
                    return IncidentSummary(
                        id: IncidentID(id),
                        kind: try ColumnCodec.value(row["kind"], as: IncidentKind.self, table: table, column: "kind"),
                        title: row["title"],
                        date: try ColumnCodec.day(row["date"], table: table, column: "date"),
                        severity: IncidentRecord.severity(label: row["severity_label"], level: row["severity_level"]),
                        status: try IncidentRecord.status(label: row["status_label"], phase: row["status_phase"]),
                        services: (services[id] ?? []).map(\.service))
                }
            }
        }
    }

    /// How many incidents the store holds.
    public func count() throws -> Int {
        try access { try pool.read { db in try IncidentRecord.fetchCount(db) } }
    }

    /// The incident read from `sourcePath` (as recorded in its `SourceInfo`), or nil. When
    /// several were, the smallest id.
    public func incidentID(forSourcePath sourcePath: String) throws -> IncidentID? {
        try firstID(where: IncidentRecord.Columns.sourcePath == sourcePath)
    }

    /// The incident saved with this content fingerprint, or nil. When several were, the
    /// smallest id.
    public func incidentID(forContentFingerprint fingerprint: String) throws -> IncidentID? {
        try firstID(where: IncidentRecord.Columns.fingerprint == fingerprint)
    }

    private func firstID(where predicate: SQLExpression) throws -> IncidentID? {
        try access {
            try pool.read { db in
                try String.fetchOne(
                    db,
                    IncidentRecord.select(IncidentRecord.Columns.id).filter(predicate).order(IncidentRecord.Columns.id)
                        .limit(1))
            }
        }.map(IncidentID.init(rawValue:))
    }

    /// Incidents with their parts: the one with `id`, or all of them in list order.
    static func incidents(_ db: Database, id: String?) throws -> [Incident] {
        var request = IncidentRecord.order(IncidentRecord.Columns.date.desc, IncidentRecord.Columns.id)
        if let id { request = request.filter(key: id) }
        let records = try request.fetchAll(db)
        guard !records.isEmpty else { return [] }
        let parts = try IncidentParts.load(db, incidentID: id)
        return try records.map { record in
            try (parts[record.id] ?? IncidentParts()).assemble(into: record.incidentShell())
        }
    }
}
