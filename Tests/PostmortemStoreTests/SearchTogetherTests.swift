import Foundation
import GRDB
import PostmortemKit
import PostmortemSynthetic
import Testing

@testable import PostmortemStore

/// A search of several words first ranks the parts holding them all on their own, when
/// enough parts do (`SearchTogether`); it must give exactly what one walk through the hits
/// of any word gives.
@Suite struct SearchTogetherTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
    }

    func words(_ text: String, _ db: Database) throws -> [SearchIncidentIndex.Word] {
        let terms = try SearchTerms(parsing: text).expandingPrefixes(in: db)
        return try #require(try SearchIncidentIndex.words(of: terms, db))
    }

    @Test func countsThePartsHoldingEveryWordAcrossChunks() throws {
        // Ten incidents hold both words in their summary; each also holds one of them alone
        // in its root cause, and a lesson holds neither.
        try store.save(
            (0..<10).map { n in
                Incident(
                    id: IncidentID("pm-t\(n)"), title: "Incident \(n)", summary: "The walrus ate the kelp.",
                    rootCause: n.isMultiple(of: 2) ? "A walrus again." : "Kelp again.",
                    lessons: [Lesson(text: "Count the fish.")])
            })
        try store.pool.read { db in
            let both = try words("walrus kelp", db)
            for chunk in [1, 2, 3, 64] {
                #expect(try SearchTogether.partsHoldingEvery(both, from: 0, enough: 100, firstChunk: chunk, db) == 10)
                // It stops once it has enough, counted from the newest part down.
                #expect(try SearchTogether.partsHoldingEvery(both, from: 0, enough: 4, firstChunk: chunk, db) >= 4)
            }
            let newest = try #require(
                try Int64.fetchOne(db, sql: "SELECT min(id) FROM search_docs WHERE incident_id = 'pm-t7'"))
            #expect(try SearchTogether.partsHoldingEvery(both, from: newest, enough: 100, firstChunk: 1, db) == 3)
            #expect(try SearchTogether.partsHoldingEvery(try words("walrus fish", db), from: 0, enough: 5, db) == 0)
            #expect(try SearchTogether.partsHoldingEvery(try words("walrus", db), from: 0, enough: 5, db) == 5)
            // A phrase counts as its words.
            #expect(
                try SearchTogether.partsHoldingEvery(try words("\"kelp walrus\"", db), from: 0, enough: 50, db) == 10)
        }
    }

    /// Most with a page of 5, which the parts holding every word fill more often.
    @Test(arguments: [
        SearchQuery("disk full"), SearchQuery("No space left on device", limit: 5),
        SearchQuery("expected empty archive", limit: 5), SearchQuery("certificate expired", limit: 5),
        SearchQuery("restore backup database", limit: 5), SearchQuery("dns timeout coredns", limit: 5),
        SearchQuery("rename release empty volume", limit: 5), SearchQuery("\"write-ahead log\" archive", limit: 5),
        SearchQuery("volum* release", limit: 5), SearchQuery("backup restore", severity: .atLeast(2), limit: 5),
        SearchQuery("disk full", limit: 3), SearchQuery("certificate renewal", kind: .incident, limit: 5),
    ])
    func ranksAsOneWalkThroughTheHitsOfAnyWord(_ query: SearchQuery) throws {
        var generator = SyntheticIncidents(seed: 7)
        try store.save((0..<300).map { generator.incident($0) })

        let shortcut = try store.search(query, firstWindow: SearchRanking.firstWindow, firstCandidates: 16)
        let walk = try store.search(
            query, firstWindow: SearchRanking.firstWindow, firstCandidates: 16, ranksPartsHoldingAllFirst: false)

        #expect(!walk.results.isEmpty)
        #expect(shortcut == walk)
    }
}
