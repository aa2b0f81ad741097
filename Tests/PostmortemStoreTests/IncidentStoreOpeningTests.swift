import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreOpeningTests {
    let folder = TemporaryFolder()

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func zeroByteFileOpensAndMigrates() throws {
        let path = folder.path("kb.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try IncidentStore(path: path)
        #expect(
            try store.migrationNames == [
                "v1-incidents", "v1-search", "v2-search-words", "v3-incident-revision", "v4-incident-metrics",
                "v5-search-terms", "v6-search-incidents",
            ])
        #expect(try store.schemaVersion == "v6-search-incidents")
        #expect(
            IncidentStore.knownMigrationNames == [
                "v1-incidents", "v1-search", "v2-search-words", "v3-incident-revision", "v4-incident-metrics",
                "v5-search-terms", "v6-search-incidents",
            ])
        #expect(try store.count() == 0)
        let incident = try Fixtures.richIncident()
        try store.save(incident)
        #expect(try store.fetch(incident.id) == incident)
        let applicationID = try store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(applicationID == SchemaV1Incidents.applicationID)
    }

    @Test func missingFileIsCreatedOnlyWhenAsked() throws {
        let path = folder.path("kb.sqlite")
        #expect(throws: StoreError.notFound(path: path)) { try IncidentStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        #expect(try store.migrationNames == IncidentStore.knownMigrationNames)
    }

    @Test func reopeningACurrentStoreKeepsItsData() throws {
        let path = folder.path("kb.sqlite")
        let incident = try Fixtures.richIncident()
        do {
            let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
            try store.save(incident)
            try store.close()
        }
        let store = try IncidentStore(path: path)
        #expect(try store.fetchAll() == [incident])
        #expect(try store.migrationNames == IncidentStore.knownMigrationNames)
    }

    /// In WAL mode (as pm leaves its stores) and in rollback-journal mode (where switching
    /// the file to WAL would change its header).
    @Test(arguments: ["WAL", "DELETE"])
    func tooNewSchemaIsRefusedAndTheFileUntouched(journalMode: String) throws {
        let path = folder.path("kb.sqlite")
        do {
            let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
            try store.save(try Fixtures.richIncident())
            try store.close()
        }
        let newerPM = try DatabaseQueue(path: path)
        try newerPM.writeWithoutTransaction { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
            try db.execute(sql: "PRAGMA journal_mode = \(journalMode)")
        }
        try newerPM.close()
        let before = try bytes(path)
        let filesBefore = try folder.fileNames()

        let expected = StoreError.schemaTooNew(path: path, unknownMigrations: ["v2-from-the-future"])
        #expect(throws: expected) { try IncidentStore(path: path) }
        #expect(try bytes(path) == before)
        let filesAfter = try folder.fileNames()
        #expect(filesAfter == filesBefore)
        let message = try #require(expected.errorDescription)
        #expect(message.contains(path) && message.contains("upgrade pm") && message.contains("v2-from-the-future"))
    }

    @Test func fileThatIsNotSQLiteIsRefusedAndUntouched() throws {
        let path = folder.path("kb.sqlite")
        var generator = SeededGenerator(seed: 42)
        let noise = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try noise.write(to: URL(fileURLWithPath: path))

        #expect(throws: StoreError.notADatabase(path: path)) { try IncidentStore(path: path) }
        #expect(try bytes(path) == noise)
        #expect(try folder.fileNames() == ["kb.sqlite"])
        #expect(StoreError.notADatabase(path: path).errorDescription?.contains(path) == true)
    }

    @Test func otherSQLiteDatabaseIsRefusedAndUntouched() throws {
        let path = folder.path("notes.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)") }
        try other.close()
        let before = try bytes(path)

        #expect(throws: StoreError.notAStore(path: path)) { try IncidentStore(path: path) }
        #expect(try bytes(path) == before)
    }

    @Test func folderIsRefusedWithAClearError() throws {
        let path = folder.url.path
        let error = try #require(throws: StoreError.self) { try IncidentStore(path: path) }
        guard case .cannotOpen(let reported, _) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(reported == path)
    }
}

/// A small deterministic random number generator (SplitMix64), so the noise is the same on
/// every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
