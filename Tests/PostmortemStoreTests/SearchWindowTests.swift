import Foundation
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The ranking window of `IncidentStore.search(_:)`: the newest matching parts are ranked
/// first, and the window grows until the query has its results or every part is ranked.
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
        #expect(try store.search(SearchQuery("walrus"), firstWindow: 2) == exact)
    }

    @Test func theWindowGrowsUntilTheQueryHasItsResults() throws {
        let results = try store.search(SearchQuery("walrus", limit: 3), firstWindow: 1).results.map(\.id)

        // Windows of 1 and 2 parts give too few incidents; 4 give the four newest.
        #expect(results == ["pm-w2", "pm-w3", "pm-w4"])
    }

    @Test func aFullWindowRanksTheNewestPartsOnly() throws {
        let results = try store.search(SearchQuery("walrus", limit: 2), firstWindow: 2).results.map(\.id)

        #expect(results == ["pm-w4", "pm-w5"])
    }

    @Test func filtersThatLeaveTooFewResultsWidenTheWindow() throws {
        let results = try store.search(SearchQuery("walrus", kind: .incident, limit: 6), firstWindow: 1).results

        #expect(results.count == 6)
        #expect(results.first?.id == "pm-w0")
    }
}
