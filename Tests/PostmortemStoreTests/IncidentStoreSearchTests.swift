import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct IncidentStoreSearchTests {
    let folder = TemporaryFolder()

    func storeWithRichIncident() throws -> (IncidentStore, Incident) {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        let incident = try Fixtures.richIncident()
        try store.save(incident)
        return (store, incident)
    }

    /// One marker word of the rich incident per indexed part.
    @Test(arguments: [
        (SearchDocKind.title, "zanzibar", 0),
        (.summary, "quokka", 0),
        (.rootCause, "marmalade", 0),
        (.timeline, "xylophone", 0),
        (.why, "pelican", 0),
        (.lesson, "tangerine", 0),
        (.action, "saxophone", 0),
        (.troubleshooting, "walrus", 0),
        (.section, "verbatim", 1),
        (.procedure, "snapshot", 1),
    ])
    func findsAWordFromEachIndexedPart(kind: SearchDocKind, word: String, position: Int) throws {
        let (store, incident) = try storeWithRichIncident()
        let hits = try store.search(matching: word)
        let hit = try #require(hits.first { $0.kind == kind })
        #expect(hit.incidentID == incident.id)
        #expect(hit.title == incident.title)
        #expect(hit.position == position)
        #expect(hit.snippet.lowercased().contains("**\(word)"))
        #expect(hit.score > 0)
    }

    @Test func matchesStemsCaseAndAccentsInsensitively() throws {
        let (store, incident) = try storeWithRichIncident()
        // "provisioning" stems like "provisioned" (summary); "donnees" matches "données" (title).
        #expect(try store.search(matching: "PROVISIONING").map(\.kind) == [.summary])
        #expect(try store.search(matching: "donnees").map(\.incidentID) == [incident.id])
    }

    @Test func deletedAndReplacedWordsAreGone() throws {
        let (store, incident) = try storeWithRichIncident()
        try store.save(Fixtures.smallIncident(id: incident.id))
        for word in ["zanzibar", "quokka", "tangerine", "walrus"] {
            #expect(try store.search(matching: word).isEmpty, "\(word) still found after replace")
        }
        #expect(try store.search(matching: "gazebo").map(\.kind) == [.summary])

        #expect(try store.delete(incident.id))
        #expect(try store.search(matching: "gazebo").isEmpty)
        let indexed = try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index WHERE search_index MATCH 'almost OR gazebo'")
        }
        #expect(indexed == 0)
    }

    @Test func ranksAndLimitsHits() throws {
        let (store, incident) = try storeWithRichIncident()
        var other = Fixtures.smallIncident(id: "pm-other")
        other.summary = "A snapshot, a snapshot, a snapshot restore."
        try store.save(other)
        let hits = try store.search(matching: "snapshot", limit: 2)
        #expect(hits.count == 2)
        #expect(hits[0].score >= hits[1].score)
        #expect(Set(try store.search(matching: "snapshot").map(\.incidentID)) == [incident.id, "pm-other"])
    }

    @Test(arguments: ["", "   "])
    func blankQueryFindsNothing(query: String) throws {
        let (store, _) = try storeWithRichIncident()
        #expect(try store.search(matching: query).isEmpty)
    }

    @Test(arguments: ["\"unterminated", "AND", "walrus AND (", "nosuchcolumn: walrus"])
    func invalidQueryIsAClearError(query: String) throws {
        let (store, _) = try storeWithRichIncident()
        let error = try #require(throws: StoreError.self) { try store.search(matching: query) }
        guard case .invalidSearchQuery(let reported, _) = error else {
            Issue.record("expected invalidSearchQuery, got \(error)")
            return
        }
        #expect(reported == query)
    }
}
