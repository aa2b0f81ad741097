import Foundation
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The ranking windows of `IncidentStore.search(_:)`: a search of words ranks the parts of
/// the newest incidents holding them all (`SearchIncidentIndex`); a raw query ranks the
/// newest matching parts. Either grows (four times) until the query has its results or
/// everything is ranked.
@Suite struct SearchWindowTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    /// The oldest incident holds "walrus" in its title, the best hit there is; five newer
    /// ones hold it once in a summary.
    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(Incident(id: "pm-w0", title: "Walrus outage", summary: "Nothing else."))
        for n in 1...5 {
            try store.save(
                Incident(
                    id: IncidentID("pm-w\(n)"), title: "Incident \(n)",
                    summary: "The on-call noticed a walrus near rack \(n) while checking the storage shelves."))
        }
    }

    @Test func aWindowThatCoversEveryPartRanksExactly() throws {
        let exact = try store.search(SearchQuery("walrus"))

        #expect(exact.results.map(\.id) == ["pm-w0", "pm-w1", "pm-w2", "pm-w3", "pm-w4", "pm-w5"])
        #expect(try store.search(SearchQuery("walrus"), firstWindow: 1, firstCandidates: 2) == exact)
        let raw = try store.search(SearchQuery("walrus", raw: true))
        #expect(raw.results.map(\.id) == exact.results.map(\.id))
        #expect(try store.search(SearchQuery("walrus", raw: true), firstWindow: 2) == raw)
    }

    @Test func theWindowGrowsUntilTheQueryHasItsResults() throws {
        let results = try store.search(SearchQuery("walrus", raw: true, limit: 3), firstWindow: 1).results.map(\.id)

        // A window of 1 part gives too few incidents; the next, of 4, gives the four newest.
        #expect(results == ["pm-w2", "pm-w3", "pm-w4"])
    }

    @Test func aFullWindowRanksTheNewestPartsOnly() throws {
        let results = try store.search(SearchQuery("walrus", raw: true, limit: 2), firstWindow: 2).results.map(\.id)

        #expect(results == ["pm-w4", "pm-w5"])
    }

    @Test func filtersThatLeaveTooFewResultsWidenTheWindow() throws {
        let results = try store.search(SearchQuery("walrus", raw: true, kind: .incident, limit: 6), firstWindow: 1)
            .results

        #expect(results.count == 6)
        #expect(results.first?.id == "pm-w0")
    }

    @Test func aSearchOfWordsRanksTheNewestIncidentsHoldingThem() throws {
        // At least `limit` incidents are taken: the three newest, though the oldest holds
        // the word in its title.
        let results = try store.search(SearchQuery("walrus", limit: 3), firstWindow: 1, firstCandidates: 1).results

        #expect(results.map(\.id) == ["pm-w3", "pm-w4", "pm-w5"])
    }

    @Test func incidentsThatTurnOutNotToMatchWidenTheCandidates() throws {
        // The newest incident holds both words, apart; only the oldest holds the phrase.
        try store.save(Incident(id: "pm-w6", title: "Outage of the shelf", summary: "A walrus was seen."))
        let results = try store.search(SearchQuery("\"walrus outage\"", limit: 1), firstWindow: 1, firstCandidates: 1)
            .results

        #expect(results.map(\.id) == ["pm-w0"])
    }
}
