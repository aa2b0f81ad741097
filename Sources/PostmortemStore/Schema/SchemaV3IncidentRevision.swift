/// Migration "v3-incident-revision": `incidents.revision`, the `IncidentRevision` of the
/// incident as saved, so a publish can skip unchanged incidents without reading their parts.
///
/// Rows saved before this migration have none (NULL) until they are saved again; readers
/// treat a missing revision as "changed".
///
/// Released: never edit this text. Change the schema by appending a new migration to
/// `StoreSchema.migrator`.
enum SchemaV3IncidentRevision {
    static let name = "v3-incident-revision"

    static let sql = """
        ALTER TABLE incidents ADD COLUMN revision TEXT;
        """
}
