import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The incident-level index `search_incidents`: kept equal to its view through saves,
/// replacements and deletes, and finding incidents by word, service and failure mode.
@Suite struct SearchIncidentIndexTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
    }

    static func incident(_ id: String, _ title: String, services: [String], modes: [String]) -> Incident {
        var incident = Incident(id: IncidentID(id), title: title, summary: "The walrus sat on the disk shelf.")
        incident.services = services.map { ServiceName($0) }
        incident.failureModes = modes.map {
            FailureModeMatch(id: FailureModeID($0), evidence: "the disk", score: 1)
        }
        return incident
    }

    /// FTS5's own check of the index against `search_incident_text`.
    func indexMatchesItsView() throws -> Bool {
        try store.pool.writeWithoutTransaction { db in
            do {
                try db.execute(sql: "INSERT INTO search_incidents(search_incidents, rank) VALUES('integrity-check', 1)")
                return true
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                return false
            }
        }
    }

    /// The ids of the incidents whose entries match `expression`, sorted.
    func matching(_ expression: String) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT d.incident_id FROM search_incidents JOIN search_docs AS d ON d.id = search_incidents.rowid
                    WHERE search_incidents MATCH ? ORDER BY d.incident_id
                    """, arguments: [expression])
        }
    }

    @Test func savesReplacementsAndDeletesKeepTheIndexEqualToItsView() throws {
        try store.save([
            Self.incident("pm-a", "Walrus on gitea", services: ["Gitea"], modes: ["disk-full"]),
            Self.incident("pm-b", "Otter on nas", services: ["NAS", "Immich"], modes: []),
        ])
        try store.save(Self.incident("pm-a", "Seal on gitea", services: ["Immich"], modes: ["dns"]))
        try store.save(Self.incident("pm-c", "Heron", services: [], modes: ["disk-full"]))
        #expect(try store.delete("pm-b"))

        #expect(try indexMatchesItsView())
        let immich = SearchIncidentIndex.facet(SearchIncidentIndex.servicePrefix, ServiceName("Immich").key)
        let gitea = SearchIncidentIndex.facet(SearchIncidentIndex.servicePrefix, ServiceName("Gitea").key)
        let diskFull = SearchIncidentIndex.facet(SearchIncidentIndex.modePrefix, "disk-full")
        #expect(try matching("\"\(immich)\"") == ["pm-a"])
        #expect(try matching("\"\(gitea)\"") == [])
        #expect(try matching("\"\(diskFull)\"") == ["pm-c"])
        #expect(try matching("seal") == ["pm-a"])
        #expect(try matching("walrus") == ["pm-a", "pm-c"])
        #expect(try matching("otter OR walru*") == ["pm-a", "pm-c"])
    }

    @Test func checkFindsAnIndexOutOfStepAndRepairRebuildsIt() throws {
        try store.save(Self.incident("pm-a", "Walrus on gitea", services: ["Gitea"], modes: []))
        try store.save(Self.incident("pm-b", "Otter on nas", services: [], modes: []))
        // The entry of pm-a removed with words it never held, behind pm's back.
        try store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO search_incidents(search_incidents, rowid, text)
                        SELECT 'delete', part, 'heron egret' FROM search_incident_text WHERE incident_id = 'pm-a'
                    """)
        }

        let before = try store.check(sourceBase: folder.url)
        let done = try store.repair()

        #expect(before.map(\.subject) == ["search_incidents"])
        #expect(done == ["rebuilt the full-text indexes search_index, search_words and search_incidents"])
        #expect(try store.check(sourceBase: folder.url) == [])
        #expect(try indexMatchesItsView())
        #expect(try store.search(SearchQuery("gitea")).results.map(\.id) == ["pm-a"])
    }

    @Test func theFacetWordIsTheHexOfTheKey() {
        #expect(SearchIncidentIndex.facet("0pms", "gitea") == "0pms6769746561")
        #expect(SearchIncidentIndex.facet("0pmm", "é") == "0pmmc3a9")
    }

    @Test func filtersOnServiceAndModeFindTheIncidentsTheIndexHolds() throws {
        try store.save([
            Self.incident("pm-a", "Walrus on gitea", services: ["Gitea"], modes: ["disk-full"]),
            Self.incident("pm-b", "Walrus on nas", services: ["NAS"], modes: ["dns"]),
            Self.incident("pm-c", "Walrus again", services: ["gitea "], modes: ["dns"]),
        ])

        let byService = try store.search(SearchQuery("walrus", service: ServiceName("GITEA")))
        let byMode = try store.search(SearchQuery("walrus", failureMode: "dns"))
        let both = try store.search(SearchQuery("walrus", failureMode: "dns", service: ServiceName("Gitea")))

        #expect(byService.results.map(\.id).sorted() == ["pm-a", "pm-c"])
        #expect(byMode.results.map(\.id).sorted() == ["pm-b", "pm-c"])
        #expect(both.results.map(\.id) == ["pm-c"])
    }

    @Test func wordsAPhraseHoldsApartStillFindTheIncidentHoldingThePhrase() throws {
        try store.save(Incident(id: "pm-a", title: "Write-ahead log archive full", summary: "Disk."))
        try store.save(Incident(id: "pm-b", title: "Log rotation", summary: "A write ahead of the ahead log."))

        let results = try store.search(SearchQuery("\"write-ahead log\"", limit: 1), firstWindow: 1, firstCandidates: 1)

        #expect(results.results.map(\.id) == ["pm-a"])
    }
}
