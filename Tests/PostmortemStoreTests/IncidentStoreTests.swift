import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreTests {
    let folder = TemporaryFolder()

    func makeStore() throws -> IncidentStore {
        try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
    }

    /// Row counts of every part table, for one incident.
    func partCounts(_ store: IncidentStore, id: IncidentID) throws -> [String: Int] {
        try store.pool.read { db in
            var counts: [String: Int] = [:]
            for table in IncidentParts.partTables {
                let name = table.databaseTableName
                counts[name] = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM \(name) WHERE incident_id = ?", arguments: [id.rawValue])
            }
            return counts
        }
    }

    func expectedCounts(_ incident: Incident) -> [String: Int] {
        [
            "incident_authors": incident.authors.count, "incident_services": incident.services.count,
            "incident_tags": incident.tags.count, "timeline_events": incident.timeline.count,
            "contributing_factors": incident.contributingFactors.count, "whys": incident.whys.count,
            "impact_items": incident.impact.items.count, "action_items": incident.actionItems.count,
            "lessons": incident.lessons.count, "volume_mappings": incident.volumeMappings.count,
            "procedure_steps": incident.procedure.count, "troubleshooting": incident.troubleshooting.count,
            "failure_modes": incident.failureModes.count, "sections": incident.sections.count,
            "incident_metadata": incident.metadata.count,
            "search_docs": SearchDocuments.records(for: incident).count,
        ]
    }

    @Test func savedIncidentFetchesEqual() throws {
        let incident = try Fixtures.richIncident()
        try makeStore().save(incident)
        // A fresh connection, so nothing can come from memory.
        let reopened = try IncidentStore(path: folder.path("kb.sqlite"))
        #expect(try reopened.fetch(incident.id) == incident)
        #expect(try reopened.fetchAll() == [incident])
    }

    @Test func everyListKeepsItsOrder() throws {
        var incident = try Fixtures.richIncident()
        incident.lessons.reverse()
        incident.timeline.reverse()
        incident.services.reverse()
        incident.metadata.reverse()
        let store = try makeStore()
        try store.save(incident)
        #expect(try store.fetch(incident.id) == incident)
    }

    @Test func minimalIncidentFetchesEqual() throws {
        let incident = Incident(id: "pm-minimal", title: "")
        let store = try makeStore()
        try store.save(incident)
        #expect(try store.fetch(incident.id) == incident)
    }

    @Test func savingAgainReplacesEveryPart() throws {
        let store = try makeStore()
        let rich = try Fixtures.richIncident()
        try store.save(rich)
        #expect(try partCounts(store, id: rich.id) == expectedCounts(rich))

        let small = Fixtures.smallIncident(id: rich.id)
        try store.save(small)
        #expect(try store.fetch(rich.id) == small)
        #expect(try store.count() == 1)
        #expect(try partCounts(store, id: rich.id) == expectedCounts(small))
        let totalRows = try store.pool.read { db in
            try IncidentParts.partTables.map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0.databaseTableName)") ?? 0
            }.reduce(0, +)
        }
        #expect(totalRows == expectedCounts(small).values.reduce(0, +))
    }

    @Test func errorInTheMiddleOfASaveKeepsThePreviousVersion() throws {
        let path = folder.path("kb.sqlite")
        let store = try makeStore()
        let previous = try Fixtures.richIncident()
        try store.save(previous)
        let saboteur = try DatabaseQueue(path: path)
        try saboteur.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER boom BEFORE INSERT ON lessons WHEN NEW.text = 'boom'
                    BEGIN SELECT RAISE(ABORT, 'injected'); END
                    """)
        }
        try saboteur.close()

        var next = Fixtures.smallIncident(id: previous.id)
        next.lessons = [Lesson(text: "ok"), Lesson(text: "boom")]
        #expect(throws: StoreError.database(path: path, detail: "injected")) { try store.save(next) }

        #expect(try store.fetch(previous.id) == previous)
        #expect(try partCounts(store, id: previous.id) == expectedCounts(previous))
        #expect(try store.search(matching: "gazebo").isEmpty)
        #expect(try store.search(matching: "tangerine").map(\.incidentID) == [previous.id])
    }

    @Test func listsSummariesNewestFirstThenByID() throws {
        let store = try makeStore()
        let rich = try Fixtures.richIncident()
        let undated = Incident(id: "pm-a-undated", title: "Undated")
        let sameDayB = Incident(id: "pm-b", title: "B", date: rich.date, services: ["DNS"])
        let older = Incident(id: "pm-c", title: "Older", date: Day(iso: "2025-12-31"))
        for incident in [undated, older, sameDayB, rich] { try store.save(incident) }

        let expected = [sameDayB, rich, older, undated]
        #expect(try store.list() == expected.map(IncidentSummary.init))
        #expect(try store.fetchAll() == expected)
        #expect(try store.count() == 4)
    }

    @Test func deleteRemovesTheIncidentAndItsParts() throws {
        let store = try makeStore()
        let rich = try Fixtures.richIncident()
        try store.save(rich)
        try store.save(Fixtures.smallIncident(id: "pm-other"))

        #expect(try store.delete(rich.id))
        #expect(try store.delete(rich.id) == false)
        #expect(try store.fetch(rich.id) == nil)
        #expect(try store.count() == 1)
        #expect(try partCounts(store, id: rich.id).values.allSatisfy { $0 == 0 })
        #expect(try store.fetch("pm-other") == Fixtures.smallIncident(id: "pm-other"))
    }

    @Test func findsIncidentsBySourcePathAndFingerprint() throws {
        let store = try makeStore()
        let rich = try Fixtures.richIncident()
        try store.save(rich, fingerprint: "fp-1")
        try store.save(Fixtures.smallIncident(id: "pm-other"), fingerprint: "fp-2")

        #expect(try store.incidentID(forSourcePath: "legacy/immich-2026-02.md") == rich.id)
        #expect(try store.incidentID(forSourcePath: "elsewhere.md") == nil)
        #expect(try store.incidentID(forContentFingerprint: "fp-1") == rich.id)
        #expect(try store.incidentID(forContentFingerprint: "fp-2") == "pm-other")
        #expect(try store.incidentID(forContentFingerprint: "fp-3") == nil)

        // The fingerprint is replaced with everything else on the next save.
        try store.save(rich)
        #expect(try store.incidentID(forContentFingerprint: "fp-1") == nil)
    }

    @Test func valueThisPMCannotReadIsAClearError() throws {
        let path = folder.path("kb.sqlite")
        let store = try makeStore()
        let rich = try Fixtures.richIncident()
        try store.save(rich)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE lessons SET kind = 'epiphany' WHERE position = 0")
        }
        let expected = StoreError.unreadableValue(path: path, table: "lessons", column: "kind", value: "epiphany")
        #expect(throws: expected) { try store.fetch(rich.id) }
        #expect(expected.errorDescription?.contains(path) == true)
    }

    @Test func usesWALAndForeignKeys() throws {
        let store = try makeStore()
        let (journal, foreignKeys) = try store.pool.write { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(journal == "wal")
        #expect(foreignKeys == true)
        #expect(throws: DatabaseError.self) {
            try store.pool.write { db in
                try db.execute(
                    sql: "INSERT INTO lessons (incident_id, position, text, kind) VALUES ('nobody', 0, 'x', 'learned')")
            }
        }
    }

    /// Runs a write transaction on `store` in the background that holds the lock for
    /// `seconds`; returns once the lock is held, with a semaphore signalled at the end.
    func holdWriteLock(_ store: IncidentStore, for seconds: TimeInterval) -> DispatchSemaphore {
        let locked = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? store.pool.write { db in
                try db.execute(sql: "UPDATE incidents SET title = title")
                locked.signal()
                Thread.sleep(forTimeInterval: seconds)
            }
            finished.signal()
        }
        locked.wait()
        return finished
    }

    @Test func waitsForAnotherWriterWithinTheBusyTimeout() throws {
        let path = folder.path("kb.sqlite")
        let first = try makeStore()
        let second = try IncidentStore(path: path, options: .init(busyTimeout: 10))
        let finished = holdWriteLock(first, for: 0.5)
        let incident = Fixtures.smallIncident()
        try second.save(incident)
        finished.wait()
        #expect(try first.fetch(incident.id) == incident)
    }

    @Test func failsAsBusyPastTheBusyTimeout() throws {
        let path = folder.path("kb.sqlite")
        let first = try makeStore()
        let impatient = try IncidentStore(path: path, options: .init(busyTimeout: 0.1))
        let finished = holdWriteLock(first, for: 1)
        #expect(throws: StoreError.busy(path: path)) { try impatient.save(Fixtures.smallIncident()) }
        finished.wait()
        #expect(try impatient.count() == 0)
    }
}
