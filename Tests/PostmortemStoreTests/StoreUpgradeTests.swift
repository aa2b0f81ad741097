import Foundation
import GRDB
import PostmortemKit
import PostmortemMarkdown
import Testing

@testable import PostmortemStore

/// A store written by every earlier schema opens, upgrades, and keeps every incident.
///
/// Tests/Fixtures/stores holds, for each schema state (named after its newest migration),
/// a store with real incidents (`<migration>.sqlite`) and those incidents as they were
/// stored (`<migration>.json`). See "Upgrades" in the README for adding one.
@Suite struct StoreUpgradeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/stores")

    /// The corpus documents the fixtures hold: an English report, a French one, an
    /// incident log of four, a runbook, a Windows-1252 file, volume mappings.
    static let documents = [
        "corpus/2020-02-14-kafka-broker-disk-full.md", "corpus/fr/2022-10-05-panne-nfs-nas.md",
        "corpus/ops-log/2023-03-platform-ops-log.md", "corpus/runbooks/cnpg-restore-from-barman.md",
        "corpus/legacy/OUTAGE-2019-07.txt", "corpus/homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md",
    ]

    /// Every schema state there is a fixture of.
    static var states: [String] {
        IncidentStore.knownMigrationNames.filter {
            FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("\($0).sqlite").path)
        }
    }

    @Test func everyEarlierSchemaHasAFixture() {
        #expect(Array(IncidentStore.knownMigrationNames.dropLast()) == Array(Self.states.prefix(Self.states.count - 1)))
        #expect(Self.states.count >= IncidentStore.knownMigrationNames.count - 1)
    }

    @Test(arguments: states)
    func upgradesWithoutLosingAnything(_ state: String) throws {
        let folder = TemporaryFolder()
        let path = folder.path("store.sqlite")
        try FileManager.default.copyItem(
            atPath: Self.fixtures.appendingPathComponent("\(state).sqlite").path, toPath: path)
        let expected = try JSONDecoder().decode(
            [Incident].self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("\(state).json")))
        let before = try DatabaseQueue(path: path).read { db in try StoreSchema.appliedMigrations(db) }
        #expect(before == Array(IncidentStore.knownMigrationNames.prefix { $0 != state }) + [state])

        let store = try IncidentStore(path: path)

        #expect(try store.migrationNames == IncidentStore.knownMigrationNames)
        #expect(try store.fetchAll().sorted { $0.id < $1.id } == expected)
        #expect(try store.check(sourceBase: Self.repository) == [])
        for incident in expected {
            let found = try store.search(SearchQuery(incident.title, limit: 50, allowsFallback: false))
            #expect(found.results.contains { $0.id == incident.id }, "searching its title misses \(incident.id)")
        }
        // Still a store this pm writes to: an import over an old incident replaces it.
        var changed = try #require(expected.first)
        changed.summary = "Changed after the upgrade."
        try store.save(changed)
        #expect(try store.fetch(changed.id) == changed)
    }

    /// Writes the fixture of every schema state that has none, with the incidents of
    /// `documents`. Run it once, when the newest migration is about to stop being the
    /// newest: `PM_WRITE_STORE_FIXTURES=1 swift test --filter StoreUpgradeTests`.
    /// Existing fixtures are never rewritten.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PM_WRITE_STORE_FIXTURES"] == "1"))
    func writeMissingFixtures() throws {
        var incidents: [(Incident, String?)] = []
        for document in Self.documents {
            let bytes = [UInt8](try Data(contentsOf: Self.repository.appendingPathComponent(document)))
            let imported = LegacyImporter().importDocument(bytes: bytes, path: document)
            incidents += imported.incidents.map { ($0, imported.fingerprint) }
        }
        try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
        for state in IncidentStore.knownMigrationNames {
            let file = Self.fixtures.appendingPathComponent("\(state).sqlite")
            guard !FileManager.default.fileExists(atPath: file.path) else { continue }
            let queue = try DatabaseQueue(path: file.path)
            try StoreSchema.migrator.migrate(queue, upTo: state)
            try queue.write { db in
                let hasSearch = try db.tableExists(SearchDocRecord.databaseTableName)
                let hasIncidentIndex = try db.tableExists("search_incidents")
                for (incident, fingerprint) in incidents {
                    try IncidentRecord(incident: incident, fingerprint: fingerprint).insert(db)
                    try IncidentParts(incident: incident).insert(db)
                    if hasSearch {
                        for document in SearchDocuments.records(for: incident) { try document.insert(db) }
                    }
                    // As the store writes an incident (migration v6-search-incidents on).
                    if hasIncidentIndex { try SearchIncidentIndex.add(incident.id.rawValue, db) }
                }
                // As the store's own write transactions end (migration v5-search-terms on).
                if try db.tableExists("search_term_changes") { try SearchTermStatistics.fold(db) }
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
            try queue.close()
            let sorted = incidents.map(\.0).sorted { $0.id < $1.id }
            try Data(try IncidentJSON.string(sorted).utf8 + [0x0A])
                .write(to: Self.fixtures.appendingPathComponent("\(state).json"))
        }
    }
}
