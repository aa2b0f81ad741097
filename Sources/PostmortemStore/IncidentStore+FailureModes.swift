import GRDB
import PostmortemKit

extension IncidentStore {
    /// How many incidents show each failure mode (modes no incident shows are absent).
    public func failureModeCounts() throws -> [FailureModeID: Int] {
        try access {
            try pool.read { db in
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT mode_id, COUNT(DISTINCT incident_id) AS n FROM failure_modes GROUP BY mode_id")
                var counts: [FailureModeID: Int] = [:]
                for row in rows { counts[FailureModeID(row["mode_id"] as String)] = row["n"] }
                return counts
            }
        }
    }
}
