import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreBackupTests {
    let folder = TemporaryFolder()

    func makeStore() throws -> IncidentStore {
        try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
    }

    @Test func backupOpensAndHoldsTheSameIncidents() throws {
        let store = try makeStore()
        try store.save(try Fixtures.richIncident())
        try store.save(Fixtures.smallIncident(id: "pm-other"), fingerprint: "fp")
        let target = folder.path("backup.sqlite")
        try store.backup(to: target)

        #expect(try folder.fileNames().filter { !$0.hasPrefix("kb.sqlite") } == ["backup.sqlite"])
        let copy = try IncidentStore(path: target)
        #expect(try copy.fetchAll() == store.fetchAll())
        #expect(try copy.incidentID(forContentFingerprint: "fp") == "pm-other")
        #expect(try copy.search(matching: "walrus").count == 1)
        #expect(try copy.migrationNames == IncidentStore.knownMigrationNames)
    }

    @Test func backupRefusesToOverwriteUnlessAsked() throws {
        let store = try makeStore()
        try store.save(Fixtures.smallIncident())
        let target = folder.path("backup.sqlite")
        let existing = Data("precious".utf8)
        try existing.write(to: URL(fileURLWithPath: target))

        #expect(throws: StoreError.backupTargetExists(path: target)) { try store.backup(to: target) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == existing)

        try store.backup(to: target, overwrite: true)
        #expect(try IncidentStore(path: target).fetchAll() == [Fixtures.smallIncident()])
    }

    @Test func backupIntoAMissingFolderFailsClearly() throws {
        let store = try makeStore()
        let target = folder.path("missing/backup.sqlite")
        let error = try #require(throws: StoreError.self) { try store.backup(to: target) }
        guard case .backupFailed(let reported, _) = error else {
            Issue.record("expected backupFailed, got \(error)")
            return
        }
        #expect(reported == target)
    }

    @Test func backupWhileAnotherConnectionWritesIsConsistent() async throws {
        let path = folder.path("kb.sqlite")
        let store = try makeStore()
        let writer = try IncidentStore(path: path)
        let writing = Task.detached {
            for n in 0..<150 { try writer.save(Fixtures.loopIncident(n)) }
        }
        // Start copying once the writer is under way, so the copies overlap its writes.
        let start = Date()
        while try store.count() == 0 && Date().timeIntervalSince(start) < 30 {
            try await Task.sleep(for: .milliseconds(5))
        }
        var copies: [String] = []
        for index in 0..<6 {
            let target = folder.path("backup-\(index).sqlite")
            try store.backup(to: target)
            copies.append(target)
        }
        try await writing.value

        var copiedIncidents = 0
        for target in copies {
            let check = try await DatabaseQueue(path: target).read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check")
            }
            #expect(check == ["ok"])
            let incidents = try IncidentStore(path: target).fetchAll()
            copiedIncidents += incidents.count
            for incident in incidents {
                let n = try #require(Int(incident.title.split(separator: " ").last ?? ""))
                #expect(incident == Fixtures.loopIncident(n))
            }
        }
        #expect(copiedIncidents > 0)
    }
}
