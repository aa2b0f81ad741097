import Foundation
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The lean queries behind lessons, actions, stats, related incidents and services, on a
/// real SQLite file: each must give what the same view takes from whole incidents.
@Suite struct IncidentStoreKnowledgeTests {
    let folder = TemporaryFolder()

    func filledStore() throws -> (IncidentStore, [Incident]) {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        var incidents = try SearchFixtures.incidents() + [try Fixtures.richIncident()]
        incidents[1].actionItems = [
            ActionItem(text: "Add a restore drill", owner: "Zoë", priority: Priority(label: "P2", level: 2)),
            ActionItem(text: "Rotate keys", status: .wontDo),
        ]
        incidents[1].metadata = [
            Field(name: "Date Reported", value: "2026-01-10 09:30"), Field(name: "Team", value: "ops"),
        ]
        incidents[1].volumeMappings = [VolumeMapping(app: "immich-upload", volume: "pvc-1145acca", claim: "immich/up")]
        for incident in incidents { try store.save(incident) }
        return (store, try store.fetchAll())
    }

    @Test func factsAreThoseOfTheWholeIncidentsInListOrder() throws {
        let (store, incidents) = try filledStore()

        #expect(try store.incidentFacts() == incidents.map(IncidentFacts.init))
    }

    @Test func lessonStatementsAreThoseOfTheWholeIncidents() throws {
        let (store, incidents) = try filledStore()

        let statements = try store.lessonStatements()

        #expect(statements.count == 7)
        #expect(Set(statements) == Set(incidents.flatMap(LessonStatement.statements(of:))))
    }

    @Test func actionItemsAndTheirCountsAreThoseOfTheWholeIncidents() throws {
        let (store, incidents) = try filledStore()

        #expect(try store.actionItems() == incidents.sorted { $0.id < $1.id }.flatMap(ActionBoard.Item.items(of:)))
        #expect(try store.actionStatusCounts() == [.open: 2, .done: 1, .wontDo: 1])
    }

    @Test func metricsAreThoseOfTheWholeIncidents() throws {
        let (store, incidents) = try filledStore()

        let metrics = try store.incidentMetrics()

        #expect(metrics == Dictionary(uniqueKeysWithValues: incidents.map { ($0.id, IncidentMetrics($0)) }))
        #expect(metrics["pm-rich000001"]?.timeToResolve != nil)
        #expect(metrics[SearchFixtures.immich]?.detected == Timestamp(iso: "2026-01-10T09:30"))
    }

    @Test func metricsAreRightWhenAnIncidentsEventsAreNotStoredTogether() throws {
        let (store, _) = try filledStore()
        let day = try #require(Day(iso: "2026-03-01"))
        func event(_ hour: Int, _ text: String) -> TimelineEvent {
            TimelineEvent(
                time: "\(hour):00", at: Timestamp(day: day, hour: hour, minute: 0), precision: .exact, event: text)
        }
        try store.save(Incident(id: "pm-late", title: "Late", timeline: [event(9, "Start"), event(10, "Restored")]))
        try store.save(Incident(id: "pm-later", title: "Later", timeline: [event(11, "Start")]))
        // The late incident's resolution moves behind the later incident's events.
        try store.pool.write { db in
            try db.execute(
                sql: """
                    UPDATE timeline_events SET rowid = (SELECT max(rowid) + 1 FROM timeline_events)
                    WHERE incident_id = 'pm-late' AND position = 1
                    """)
        }

        let metrics = try store.incidentMetrics()

        let incidents = try store.fetchAll()
        #expect(metrics == Dictionary(uniqueKeysWithValues: incidents.map { ($0.id, IncidentMetrics($0)) }))
        #expect(metrics["pm-late"]?.timeToResolve == 3_600)
    }

    @Test func metricsSavedUnderOtherRulesOrNotAtAllAreMeasuredAgain() throws {
        let (store, incidents) = try filledStore()
        let expected = Dictionary(uniqueKeysWithValues: incidents.map { ($0.id, IncidentMetrics($0)) })
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_metrics") } == 8)

        try store.pool.write { db in
            try db.execute(
                sql: "UPDATE incident_metrics SET rules = 0, time_to_resolve = 1 WHERE incident_id = 'pm-rich000001'")
            try db.execute(
                sql: "DELETE FROM incident_metrics WHERE incident_id = ?", arguments: [SearchFixtures.immich.rawValue])
        }

        #expect(try store.incidentMetrics() == expected)
    }

    @Test func deletingAnIncidentDeletesItsMetrics() throws {
        let (store, _) = try filledStore()

        try store.delete("pm-rich000001")

        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM incident_metrics") } == 7)
    }

    @Test func volumeMappingsAreThoseOfTheWholeIncidents() throws {
        let (store, incidents) = try filledStore()

        let expected = Dictionary(
            uniqueKeysWithValues: incidents.filter { !$0.volumeMappings.isEmpty }.map { ($0.id, $0.volumeMappings) })
        #expect(try store.volumeMappings() == expected)
    }

    @Test func lessonIndexFromTheLeanQueriesEqualsTheOneFromWholeIncidents() throws {
        let (store, incidents) = try filledStore()

        let lean = LessonIndex(
            statements: try store.lessonStatements(), incidents: try store.incidentFacts(), taxonomy: .empty)
        let whole = LessonIndex(
            statements: incidents.flatMap(LessonStatement.statements(of:)),
            incidents: incidents.map(IncidentFacts.init),
            taxonomy: .empty)

        #expect(lean == whole)
        // The runbook's fix and the Immich incident's lesson say the same thing.
        let bump = lean.groups.flatMap(\.lessons).first { $0.incidents.contains(SearchFixtures.runbook) }
        #expect(bump?.incidents == [SearchFixtures.immich, SearchFixtures.runbook])
    }

    @Test func mentionsAreFoundByTheFullTextIndex() throws {
        let (store, _) = try filledStore()

        let mentions = try store.incidentsMentioning(["Immich", "nas-01", "Paperless-ngx", "Traefik", "—"])

        #expect(
            mentions == [
                "Immich": [SearchFixtures.immich, "pm-rich000001"], "nas-01": [SearchFixtures.diskFull],
            ])
    }

    @Test func textSimilarityFindsTheIncidentsSharingRareWords() throws {
        let (store, incidents) = try filledStore()
        let immich = try #require(incidents.first { $0.id == SearchFixtures.immich })

        let similar = try store.textSimilarity(to: immich, limit: 3)

        #expect(Set(similar.keys) == [SearchFixtures.runbook, "pm-rich000001", SearchFixtures.diskFull])
        #expect(similar[SearchFixtures.immich] == nil)
        let runbook = try #require(similar[SearchFixtures.runbook])
        let rich = try #require(similar["pm-rich000001"])
        #expect(runbook.score > rich.score)
        #expect(Set(runbook.words).isSuperset(of: ["bump", "version"]))
    }
}
