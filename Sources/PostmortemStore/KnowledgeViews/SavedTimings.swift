import GRDB
import PostmortemKit

/// The times saved with the incidents under the current rules (`IncidentMetrics.rulesVersion`).
struct SavedTimings: Sendable {
    /// How many incidents have times saved under the current rules.
    var count = 0
    /// The ids of the incidents with a time to detect or to resolve, numbered as read, and
    /// their times by number.
    var ids = TextNumbering()
    var metrics: [IncidentMetrics] = []

    static func read(_ db: Database) throws -> SavedTimings {
        var result = SavedTimings()
        let rules = IncidentMetrics.rulesVersion
        result.count =
            try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_metrics WHERE rules = ?", arguments: [rules]) ?? 0
        result.metrics.reserveCapacity(result.count)
        let table = IncidentMetricsRecord.databaseTableName
        let statement = try db.makeStatement(
            sql: """
                SELECT incident_id, started, detected, resolved, time_to_detect, time_to_resolve
                FROM incident_metrics
                WHERE rules = ? AND (time_to_detect IS NOT NULL OR time_to_resolve IS NOT NULL)
                """)
        try statement.forEachRow(arguments: [rules]) { _ in
            let number = statement.withText(ofColumn: 0) { result.ids.number(of: $0) }
            guard Int(number) == result.metrics.count else { return }  // an id read twice
            func timestamp(_ column: Int32, _ name: String) throws -> Timestamp? {
                try statement.withBytes(ofColumn: column) {
                    try ColumnCodec.timestamp(utf8: $0, table: table, column: name)
                }
            }
            result.metrics.append(
                IncidentMetrics(
                    started: try timestamp(1, "started"), detected: try timestamp(2, "detected"),
                    resolved: try timestamp(3, "resolved"), timeToDetect: statement.integer(ofColumn: 4),
                    timeToResolve: statement.integer(ofColumn: 5)))
        }
        return result
    }
}
