import Foundation
import GRDB
import PostmortemKit

/// The SQLite knowledge base: one file holding every incident, its parts in normalised
/// tables, and a full-text index.
///
/// Opening checks the file first, without writing, and refuses, untouched, a file that is not a pm
/// store or was written by a newer pm; then it opens the file in WAL mode with foreign keys
/// on and a busy timeout (so two pm processes wait for each other), and applies the
/// migrations it lacks. Safe to share between threads; other processes may use the same
/// file at the same time.
public final class IncidentStore: Sendable {
    /// The store file's path, as given.
    public let path: String
    let pool: StorePool
    /// The full-text index's words, for the typo fallback, read once per change.
    let vocabulary = SearchVocabulary()

    /// Opens the store at `path`, migrating it to this pm's schema.
    ///
    /// - Throws: `StoreError.notFound` when there is no file and `options.createIfMissing`
    ///   is false; `.notADatabase`, `.notAStore`, `.schemaTooNew` (the file is left
    ///   byte-for-byte untouched), `.corrupt`, `.busy`, `.cannotOpen`.
    public init(path: String, options: Options = Options()) throws {
        self.path = path
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if !exists && !options.createIfMissing { throw StoreError.notFound(path: path) }
        if isFolder.boolValue { throw StoreError.cannotOpen(path: path, detail: "it is a folder, not a store file") }
        do {
            if exists { try Self.inspect(path: path, options: options) }
            var configuration = Self.configuration(options)
            configuration.label = "pm.store"
            let base = try DatabasePool(path: path, configuration: configuration)
            try base.read { db in try StoreSchema.check(db, path: path) }
            try Self.migrate(base)
            try SearchTermStatistics.foldPending(base)
            pool = StorePool(base)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Closes the connections. Any later use of this store throws.
    public func close() throws {
        try access { try pool.close() }
    }

    /// The migrations applied to the store, oldest first (e.g. `["v1-incidents", "v1-search"]`).
    public var migrationNames: [String] {
        get throws { try access { try pool.read(StoreSchema.appliedMigrations) } }
    }

    /// The name of the newest migration applied: the schema version, for diagnostics.
    public var schemaVersion: String? {
        get throws { try migrationNames.last }
    }

    /// The migrations this pm knows, oldest first; a store with all of them is current.
    public static var knownMigrationNames: [String] { StoreSchema.knownMigrations }

    /// Runs `body`, turning SQLite errors into `StoreError`s that name this store's file.
    func access<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// How much of the store file is read through a memory map: 2 GiB less 64 KiB, the most
    /// SQLite maps by default.
    static let mapSize = 0x7FFF_0000

    static func configuration(_ options: Options) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(options.busyTimeout)
        // In WAL mode, NORMAL syncs at checkpoints rather than on every commit: a crash or
        // power loss may undo the last commits but never leaves a transaction half applied.
        // Reads through a memory map rather than a read() call per page: searching a large
        // store visits thousands of index pages. (A map of up to 2 GiB; SQLite reads the rest.)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA mmap_size = \(Self.mapSize)")
            try SearchFunctions.register(db)
        }
        return configuration
    }

    /// Checks that the existing file is a store this pm may migrate, without writing to it.
    ///
    /// The connection only reads (`query_only`), and does not switch the file to WAL as the
    /// pool does. It is not opened read-only: on a WAL store a read-only connection would
    /// leave SQLite's `-wal` and `-shm` companion files behind, where a read-write one,
    /// the last to close, removes them.
    private static func inspect(path: String, options: Options) throws {
        var configuration = configuration(options)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in try StoreSchema.check(db, path: path) }
    }

    /// Applies the missing migrations. When another pm migrated the same file at the same
    /// moment, its work counts as done.
    ///
    /// A store written before the full-text index existed (migration `v1-search`) holds
    /// incidents that migration could not index (it is SQL only, and indexing needs pm's
    /// code): they are indexed right after it.
    private static func migrate(_ pool: DatabasePool) throws {
        let migrator = StoreSchema.migrator
        let before = try pool.read(migrator.appliedIdentifiers)
        do {
            try migrator.migrate(pool)
        } catch {
            guard (try? pool.read(migrator.hasCompletedMigrations)) == true else { throw error }
        }
        if !before.isEmpty, !before.contains(SchemaV1Search.name) {
            try pool.write { db in
                _ = try indexUnindexed(db)
                try SearchTermStatistics.fold(db)
            }
        }
    }
}
