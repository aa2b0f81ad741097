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

    @Test func countsThePartsOfTheScopeHoldingEveryWordAcrossChunks() throws {
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
            let everything = SearchStatement.Scope(ranges: [0...Int64.max])
            let both = try words("walrus kelp", db)
            for chunk in [1, 2, 3, 64] {
                #expect(
                    try SearchTogether.partsHoldingEvery(both, in: everything, enough: 100, firstChunk: chunk, db) == 10
                )
                // It stops once it has enough, counted from the newest part down.
                #expect(
                    try SearchTogether.partsHoldingEvery(both, in: everything, enough: 4, firstChunk: chunk, db) >= 4)
            }
            // Only the scope's parts count: pm-t2's, and pm-t7's to pm-t9's.
            func parts(_ id: String) throws -> ClosedRange<Int64> {
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM search_docs WHERE incident_id = ?", arguments: [id])
                return try #require(ids.min())...(try #require(ids.max()))
            }
            let scope = SearchStatement.Scope(
                ranges: [try parts("pm-t2"), (try parts("pm-t7")).lowerBound...(try parts("pm-t9")).upperBound])
            #expect(try SearchTogether.partsHoldingEvery(both, in: scope, enough: 100, firstChunk: 1, db) == 4)
            // Among the 3 newest parts holding "walrus" (pm-t9's summary, pm-t8's summary and
            // root cause), 2 hold "kelp" too.
            #expect(
                try SearchTogether.partsHoldingEvery(both, in: everything, enough: 100, firstChunk: 1, upTo: 3, db) == 2
            )
            #expect(
                try SearchTogether.partsHoldingEvery(try words("walrus fish", db), in: everything, enough: 5, db) == 0)
            #expect(try SearchTogether.partsHoldingEvery(try words("walrus", db), in: everything, enough: 5, db) == 5)
            // A phrase counts as its words.
            #expect(
                try SearchTogether.partsHoldingEvery(try words("\"kelp walrus\"", db), in: everything, enough: 50, db)
                    == 10)
        }
    }

    /// Most with a page of 5, which the parts holding every word fill more often; and
    /// whether enough of the scope's parts hold every word for them to be ranked on their
    /// own first in this store.
    static let queries: [(SearchQuery, partsFirst: Bool)] = [
        (SearchQuery("disk full"), false), (SearchQuery("No space left on device", limit: 5), true),
        (SearchQuery("expected empty archive", limit: 5), true), (SearchQuery("certificate expired", limit: 5), true),
        (SearchQuery("restore backup database", limit: 5), false),
        (SearchQuery("dns timeout coredns", limit: 5), false),
        (SearchQuery("rename release empty volume", limit: 5), false),
        (SearchQuery("\"write-ahead log\" archive", limit: 5), false), (SearchQuery("volum* release", limit: 5), false),
        (SearchQuery("backup restore", severity: .atLeast(2), limit: 5), false),
        (SearchQuery("disk full", limit: 3), true),
        (SearchQuery("certificate renewal", kind: .incident, limit: 5), false),
        (SearchQuery("disk full", failureMode: "disk-full", limit: 5), false),
        (SearchQuery("backup restore", service: "Gitea", limit: 5), false),
        (SearchQuery("disk full", parts: [.lesson, .summary], limit: 5), false),
    ]

    @Test func ranksAsOneWalkThroughTheHitsOfAnyWord() throws {
        var generator = SyntheticIncidents(seed: 7)
        try store.save((0..<300).map { generator.incident($0) })

        for (query, partsFirst) in Self.queries {
            let shortcut = try store.search(query, firstWindow: SearchRanking.firstWindow, firstCandidates: 16)
            let walk = try store.search(
                query, firstWindow: SearchRanking.firstWindow, firstCandidates: 16, ranksPartsHoldingAllFirst: false)

            #expect(!walk.results.isEmpty, "\(query.text)")
            #expect(shortcut == walk, "\(query.text)")
            // Whether the search ranked the parts holding every word on their own first.
            let together = try store.pool.read { db in
                let terms = try SearchTerms(parsing: query.text).expandingPrefixes(in: db)
                let words = try #require(try SearchIncidentIndex.words(of: terms, db))
                let expression = try #require(SearchIncidentIndex.expression(for: words, query: query))
                let candidates = try SearchIncidentIndex.candidates(
                    matching: expression, query: query, limit: max(16, query.limit), db)
                let scope = try SearchStatement.Scope(candidates, db)
                return try SearchTogether.partsHoldingEvery(words, in: scope, enough: query.limit, db)
            }
            #expect((together >= query.limit) == partsFirst, "\(query.text): \(together)")
        }
    }
}

/// The scope a search ranks: the ranges of its candidates' part ids, and `pm_in_ranges`,
/// which tests each hit against them.
@Suite struct SearchScopeTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        for n in 0..<4 {
            try store.save(
                Incident(
                    id: IncidentID("pm-s\(n)"), title: "Walrus \(n)", summary: "A walrus ate the kelp.",
                    rootCause: "Kelp.", lessons: [Lesson(text: "Feed the walrus.")]))
        }
    }

    /// The ids of the incidents' parts, as sorted ranges of consecutive ids.
    func exactRanges(_ ids: [String], _ db: Database) throws -> [ClosedRange<Int64>] {
        let list = ids.map { "'\($0)'" }.joined(separator: ",")
        var ranges: [ClosedRange<Int64>] = []
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM search_docs WHERE incident_id IN (\(list)) ORDER BY id") {
            if let last = ranges.last, last.upperBound + 1 == id {
                ranges[ranges.count - 1] = last.lowerBound...id
            } else {
                ranges.append(id...id)
            }
        }
        return ranges
    }

    @Test func theScopeIsTheRangesOfItsIncidentsParts() throws {
        try store.pool.read { db in
            let candidates = try SearchIncidentIndex.candidates(
                matching: "walrus", query: SearchQuery("walrus"), limit: 3, db)
            #expect(candidates.map(\.incidentID) == ["pm-s3", "pm-s2", "pm-s1"])
            #expect(candidates.allSatisfy { $0.lastPart != nil })
            let expected = try exactRanges(["pm-s1", "pm-s2", "pm-s3"], db)
            #expect(expected.count == 1)
            #expect(try SearchStatement.Scope(candidates, db).ranges == expected)
            // Read one by one when the last part is not known, the same.
            let unknown = candidates.map {
                SearchIncidentIndex.Candidate(firstPart: $0.firstPart, incidentID: $0.incidentID)
            }
            #expect(try SearchStatement.Scope(unknown, db).ranges == expected)
        }
    }

    @Test func partsOfAnotherIncidentBetweenAnIncidentsOwnAreLeftOut() throws {
        // pm-s0's summary goes, and pm-s3's lesson takes its id: pm-s0's parts are no
        // longer one after the other.
        let (summary, lesson) = try store.pool.write { db in
            let summary = try #require(
                try Int64.fetchOne(
                    db, sql: "SELECT id FROM search_docs WHERE incident_id = 'pm-s0' AND kind = 'summary'"))
            let lesson = try #require(
                try Int64.fetchOne(
                    db, sql: "SELECT id FROM search_docs WHERE incident_id = 'pm-s3' AND kind = 'lesson'"))
            try SearchIncidentIndex.remove("pm-s0", db)
            try SearchIncidentIndex.remove("pm-s3", db)
            try db.execute(sql: "DELETE FROM search_docs WHERE id = ?", arguments: [summary])
            try db.execute(sql: "UPDATE search_docs SET id = ? WHERE id = ?", arguments: [summary, lesson])
            try SearchIncidentIndex.add("pm-s0", db)
            try SearchIncidentIndex.add("pm-s3", db)
            return (summary, lesson)
        }
        try store.pool.read { db in
            let candidates = try SearchIncidentIndex.candidates(
                matching: "walrus", query: SearchQuery("walrus"), limit: 10, db)
            let first = try #require(candidates.first { $0.incidentID == "pm-s0" })
            #expect(first.lastPart == nil)
            let ranges = try SearchStatement.Scope([first], db).ranges
            #expect(ranges == (try exactRanges(["pm-s0"], db)))
            #expect(!ranges.contains { $0.contains(summary) } && !ranges.contains { $0.contains(lesson) })
        }
        // The search still finds pm-s3's lesson, under pm-s3 (all four score the same).
        let results = try store.search(SearchQuery("feed walrus")).results
        #expect(results.map(\.id) == ["pm-s0", "pm-s1", "pm-s2", "pm-s3"])
        #expect(results.allSatisfy { $0.section == "Lessons" })
    }

    @Test func inRangesTellsWhetherAnIdLiesInOne() throws {
        let ranges = InRangesFunction.encode([1...3, 7...7, 10...20])
        try store.pool.read { db in
            let inside = try (0...22).filter { id in
                try Bool.fetchOne(db, sql: "SELECT pm_in_ranges(?, ?)", arguments: [id, ranges]) == true
            }
            #expect(inside == [1, 2, 3, 7] + Array(10...20))
            #expect(try Bool.fetchOne(db, sql: "SELECT pm_in_ranges(5, x'')") == false)
            #expect(throws: DatabaseError.self) { try Bool.fetchOne(db, sql: "SELECT pm_in_ranges(5)") }
        }
    }
}
