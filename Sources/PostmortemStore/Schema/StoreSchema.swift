import GRDB

/// The store's schema: its named, append-only migrations and the check that a file is a pm
/// store this pm can open.
enum StoreSchema {
    /// Every migration, in the order it was released. Append only; never edit or reorder.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(SchemaV1Incidents.name) { db in
            try db.execute(sql: SchemaV1Incidents.sql)
        }
        migrator.registerMigration(SchemaV1Search.name) { db in
            try db.execute(sql: SchemaV1Search.sql)
        }
        migrator.registerMigration(SchemaV2SearchWords.name) { db in
            try db.execute(sql: SchemaV2SearchWords.sql)
        }
        migrator.registerMigration(SchemaV3IncidentRevision.name) { db in
            try db.execute(sql: SchemaV3IncidentRevision.sql)
        }
        migrator.registerMigration(SchemaV4IncidentMetrics.name) { db in
            try db.execute(sql: SchemaV4IncidentMetrics.sql)
        }
        migrator.registerMigration(SchemaV5SearchTerms.name) { db in
            try db.execute(sql: SchemaV5SearchTerms.sql)
        }
        migrator.registerMigration(SchemaV6SearchIncidents.name) { db in
            try db.execute(sql: SchemaV6SearchIncidents.sql)
        }
        return migrator
    }

    /// The names of the migrations this pm knows, oldest first.
    static var knownMigrations: [String] { migrator.migrations }

    /// Throws when the database behind `db` is not one this pm may migrate and use: a
    /// database with tables but none of pm's (`notAStore`), or one migrated by a newer pm
    /// (`schemaTooNew`). An empty database passes: it is a new store.
    ///
    /// Only reads, so it can run on a read-only connection before the file is touched.
    static func check(_ db: Database, path: String) throws {
        let tableCount = try Int.fetchOne(
            db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        guard let tableCount, tableCount > 0 else { return }
        let applied = try migrator.appliedIdentifiers(db)
        guard applied.contains(SchemaV1Incidents.name) else {
            throw StoreError.notAStore(path: path)
        }
        let unknown = applied.subtracting(knownMigrations).sorted()
        if !unknown.isEmpty {
            throw StoreError.schemaTooNew(path: path, unknownMigrations: unknown)
        }
    }

    /// The migrations applied to `db`, in release order, followed by any this pm does not
    /// know (sorted by name).
    static func appliedMigrations(_ db: Database) throws -> [String] {
        let applied = try migrator.appliedIdentifiers(db)
        let known = knownMigrations.filter(applied.contains)
        return known + applied.subtracting(knownMigrations).sorted()
    }
}
