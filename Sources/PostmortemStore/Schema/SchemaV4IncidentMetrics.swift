/// Migration "v4-incident-metrics": each incident's times (`IncidentMetrics`), computed when
/// the incident is saved, so that the stats of a large store read one row per incident
/// instead of every timeline event.
///
/// `rules` is the `IncidentMetrics.rulesVersion` the row was computed under; rows of other
/// rules, and incidents saved before this migration (which has no rows to add: the times
/// are computed in Swift), are computed again when read.
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV4IncidentMetrics {
    static let name = "v4-incident-metrics"

    static let sql = """
        CREATE TABLE incident_metrics (
            incident_id TEXT NOT NULL PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
            rules INTEGER NOT NULL,
            started TEXT,
            detected TEXT,
            resolved TEXT,
            time_to_detect INTEGER,
            time_to_resolve INTEGER
        );
        """
}
