import GRDB
import PostmortemKit

/// A row of `incident_metrics`: an incident's times as computed when it was saved.
struct IncidentMetricsRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "incident_metrics"

    var incidentID: String
    /// The `IncidentMetrics.rulesVersion` the times were computed under.
    var rules: Int
    var started: String?
    var detected: String?
    var resolved: String?
    var timeToDetect: Int?
    var timeToResolve: Int?

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case rules, started, detected, resolved
        case timeToDetect = "time_to_detect"
        case timeToResolve = "time_to_resolve"
    }

    init(incident: Incident) {
        let metrics = IncidentMetrics(incident)
        incidentID = incident.id.rawValue
        rules = IncidentMetrics.rulesVersion
        started = ColumnCodec.text(metrics.started)
        detected = ColumnCodec.text(metrics.detected)
        resolved = ColumnCodec.text(metrics.resolved)
        timeToDetect = metrics.timeToDetect
        timeToResolve = metrics.timeToResolve
    }

    /// Deletes the row of `incidentID`.
    static func delete(_ db: Database, incidentID: String) throws {
        _ = try deleteOne(db, key: incidentID)
    }
}
