import GRDB
import PostmortemKit

extension IncidentStore {
    /// Every incident's `IncidentOverview`, by id, read without assembling whole incidents
    /// (what the published site's lists and search index need besides `incidentFacts()`).
    public func incidentOverviews() throws -> [IncidentID: IncidentOverview] {
        try access {
            try pool.read { db in
                let tags = try TagRecord.fetchGrouped(db, incidentID: nil)
                let modes = try FailureModeRecord.fetchGrouped(db, incidentID: nil)
                var result: [IncidentID: IncidentOverview] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT id, status_label, status_phase, summary FROM incidents")
                while let row = try rows.next() {
                    let id: String = row[0]
                    result[IncidentID(id)] = IncidentOverview(
                        id: IncidentID(id), status: try IncidentRecord.status(label: row[1], phase: row[2]),
                        tags: (tags[id] ?? []).map(\.tag), summary: row[3],
                        failureModes: (modes[id] ?? []).map(\.match))
                }
                return result
            }
        }
    }
}
