import Foundation
import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct StoreSnapshotTests {
    let folder = TemporaryFolder()

    func incident(_ id: IncidentID, _ title: String, date: String) throws -> Incident {
        Incident(id: id, title: title, date: Day(iso: date), services: ["redis"])
    }

    @Test func aSnapshotDoesNotSeeWhatIsCommittedWhileItIsOpen() throws {
        let path = folder.path("kb.sqlite")
        let store = try IncidentStore(path: path, options: .init(createIfMissing: true))
        let first = try incident("pm-first", "First", date: "2024-01-01")
        try store.save(first)
        let other = try IncidentStore(path: path)
        let second = try incident("pm-second", "Second", date: "2024-02-01")

        let (before, after) = try store.withSnapshot { snapshot in
            let before = try snapshot.revisions().map(\.id)
            try other.save(second)
            return (before, try snapshot.revisions().map(\.id))
        }
        #expect(before == ["pm-first"])
        #expect(after == ["pm-first"])
        #expect(try store.withSnapshot { try $0.revisions().map(\.id) } == ["pm-second", "pm-first"])
    }

    @Test func revisionsFollowTheContent() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        var rich = try Fixtures.richIncident()
        try store.save(rich)
        let saved = try store.withSnapshot { try $0.revisions() }
        #expect(saved.map(\.id) == [rich.id])
        #expect(saved.map(\.revision) == [IncidentRevision.of(rich)])

        rich.lessons[0].text += " (edited)"
        try store.save(rich)
        let edited = try store.withSnapshot { try $0.revisions() }
        #expect(edited.map(\.revision) == [IncidentRevision.of(rich)])
        #expect(edited.map(\.revision) != saved.map(\.revision))
    }

    @Test func incidentsAreReadWholeInTheOrderAsked() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let rich = try Fixtures.richIncident()
        let plain = try incident("pm-plain", "Plain", date: "2020-05-05")
        try store.save([plain, rich])
        let read = try store.withSnapshot { try $0.incidents([plain.id, "pm-missing", rich.id], batchSize: 1) }
        #expect(read == [plain, rich])
        #expect(try store.withSnapshot { try $0.allIncidents() } == [rich, plain])
    }
}
