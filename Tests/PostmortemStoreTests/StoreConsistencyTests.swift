import Foundation
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct StoreConsistencyTests {
    let folder = TemporaryFolder()

    func incident(_ id: IncidentID, _ title: String, date: String) -> Incident {
        Incident(id: id, title: title, date: Day(iso: date), services: ["redis"], failureModes: [])
    }

    @Test func readsInsideAConsistentReadDoNotSeeLaterCommits() throws {
        let path = folder.path("kb.sqlite")
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        try store.save(incident("pm-first", "First", date: "2024-01-01"))
        let other = try IncidentStore(path: path)

        let seen = try store.readingConsistently {
            let before = try store.list().map(\.id)
            try other.save(incident("pm-second", "Second", date: "2024-02-01"))
            let facts = try store.incidentFacts().map(\.id)
            let revisions = try store.revisions().map(\.id)
            let count = try store.count()
            return (before, facts, revisions, count)
        }
        #expect(seen.0 == ["pm-first"])
        #expect(seen.1 == ["pm-first"])
        #expect(seen.2 == ["pm-first"])
        #expect(seen.3 == 1)
        #expect(try store.list().map(\.id) == ["pm-second", "pm-first"])
    }

    @Test func errorsFromTheBodyComeOutUnchanged() throws {
        struct Stop: Error, Equatable {}
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        #expect(throws: Stop()) { try store.readingConsistently { throw Stop() } }
        #expect(try store.count() == 0)
    }

    @Test func revisionsFollowTheContent() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        var rich = try Fixtures.richIncident()
        try store.save(rich)
        let saved = try store.revisions()
        #expect(saved.map(\.id) == [rich.id])
        #expect(saved.map(\.revision) == [IncidentRevision.of(rich)])

        rich.lessons[0].text += " (edited)"
        try store.save(rich)
        let edited = try store.revisions()
        #expect(edited.map(\.revision) == [IncidentRevision.of(rich)])
        #expect(edited.map(\.revision) != saved.map(\.revision))
    }

    @Test func incidentsAreReadWholeInTheOrderAsked() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let rich = try Fixtures.richIncident()
        let plain = incident("pm-plain", "Plain", date: "2020-05-05")
        try store.save([plain, rich])
        #expect(try store.fetch([plain.id, "pm-missing", rich.id], batchSize: 1) == [plain, rich])
        #expect(try store.fetch([rich.id, plain.id]) == [rich, plain])
    }
}

@Suite struct IncidentOverviewTests {
    let folder = TemporaryFolder()

    @Test func overviewsAreWhatTheWholeIncidentsHold() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let rich = try Fixtures.richIncident()
        let plain = Incident(id: "pm-plain", title: "Plain")
        try store.save([rich, plain])
        #expect(
            try store.incidentOverviews() == [rich.id: IncidentOverview(rich), plain.id: IncidentOverview(plain)])
    }
}

@Suite struct MissingRevisionTests {
    let folder = TemporaryFolder()

    @Test func incidentsSavedWithoutARevisionGetOne() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let rich = try Fixtures.richIncident()
        let plain = Incident(id: "pm-plain", title: "Plain")
        try store.save([rich, plain])
        try store.pool.write { db in try db.execute(sql: "UPDATE incidents SET revision = NULL") }
        #expect(try store.revisions().map(\.revision) == [nil, nil])

        #expect(try store.fillMissingRevisions(batchSize: 1) == 2)
        let revisions = try store.revisions()
        #expect(revisions.map(\.id) == [rich.id, plain.id])
        #expect(revisions.map(\.revision) == [IncidentRevision.of(rich), IncidentRevision.of(plain)])
        #expect(try store.fillMissingRevisions() == 0)
        #expect(try store.fetch([rich.id, plain.id]) == [rich, plain])
    }
}
