import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The stored term counts (`search_terms`) and the ranking function that uses them
/// (`pm_bm25`), against what FTS5 itself counts and ranks.
@Suite struct SearchTermStatisticsTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(try SearchFixtures.incidents())
    }

    /// Every term of `index` with the number of entries holding it, as FTS5 counts.
    func indexCounts(_ index: String = "search_index") throws -> [String: Int] {
        try store.pool.write { db in
            try db.execute(
                sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, \(index), 'row')")
            defer { try? db.execute(sql: "DROP TABLE temp.v") }
            return try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT term, doc FROM temp.v").map {
                    (row: Row) -> (String, Int) in (row[0], row[1])
                })
        }
    }

    /// How many entries FTS5 finds holding `word`.
    func matches(_ word: String) throws -> Int {
        try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM search_index WHERE search_index MATCH ?", arguments: [word])
                ?? 0
        }
    }

    func storedCounts(_ table: String = "search_terms") throws -> [String: Int] {
        try store.pool.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT term, docs FROM \(table)").map {
                    (row: Row) -> (String, Int) in (row[0], row[1])
                })
        }
    }

    @Test func theCountsFollowEverySaveReplacementAndDeletion() throws {
        #expect(try storedCounts() == indexCounts())
        let homelab = try matches("homelab")
        #expect(try storedCounts()["homelab"] == homelab)

        var changed = try #require(try store.fetch(SearchFixtures.diskFull))
        changed.summary = "A walrus sat on the disk shelf."
        try store.save(changed)
        #expect(try store.delete(SearchFixtures.noise))
        try store.save(Incident(id: "pm-walrus01", title: "Walrus again", summary: "Walruses everywhere."))

        let counts = try storedCounts()
        #expect(counts == (try indexCounts()))
        let words = try storedCounts("search_word_terms")
        #expect(words == (try indexCounts("search_words")))
        #expect(words["walruses"] == 1 && words["walrus"] == 2 && counts["walru"] == 2)
        // One entry of each of the two incidents changed or deleted held "homelab".
        #expect(counts["homelab"] == homelab - 2)
        #expect(try matches("homelab") == homelab - 2)
        #expect(counts["walru"] == 2)
        #expect(
            try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM search_term_changes") } == 0)
        #expect(try store.check(sourceBase: folder.url) == [])
    }

    @Test func checkFindsWrongCountsAndRepairCountsAgain() throws {
        try store.pool.write { db in
            try db.execute(sql: "UPDATE search_terms SET docs = docs + 1 WHERE term = 'homelab'")
            try db.execute(sql: "DELETE FROM search_word_terms WHERE term IN ('homelab', 'backup')")
        }

        let problems = try store.check(sourceBase: folder.url)
        #expect(problems.map(\.subject) == ["search_terms", "search_word_terms"])
        #expect(problems.first?.message.contains("1 indexed term ") == true)
        #expect(problems.last?.message.contains("2 indexed terms ") == true)

        try store.repair()
        #expect(try store.check(sourceBase: folder.url) == [])
        #expect(try storedCounts() == indexCounts())
        #expect(try storedCounts("search_word_terms") == indexCounts("search_words"))
    }

    /// The queries' phrases are single words or looked-up prefix words, whose counts are
    /// exact: `pm_bm25` then gives FTS5's `bm25()` for every matching entry.
    @Test(arguments: [
        "homelab", "expected empty archive", "No space left on device", "bump backup path", "stanza-create",
        "arch*", "runbook database",
    ])
    func theRankIsFTS5sBM25(_ text: String) throws {
        try store.pool.read { db in
            let terms = try SearchTerms(parsing: text).expandingPrefixes(in: db)
            for expression in [terms.allTermsExpression, terms.anyTermExpression] {
                let counts = try SearchTermStatistics.phraseCounts(terms.rankedPhrases, db)
                let countArguments = counts.map(String.init).joined(separator: ", ")
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT bm25(search_index, 4.0, 1.0), pm_bm25(search_index, 4.0, 1.0, \(countArguments))
                        FROM search_index WHERE search_index MATCH ?
                        """, arguments: [expression])
                #expect(!rows.isEmpty, "\(expression) matches nothing")
                for row in rows {
                    let fts5: Double = row[0]
                    let ours: Double = row[1]
                    #expect(abs(fts5 - ours) <= 1e-9 * max(1, abs(fts5)), "\(expression): \(fts5) vs \(ours)")
                }
            }
        }
    }

    @Test func aPhraseOfSeveralWordsCountsAsItsRarestWord() throws {
        let counts = try store.pool.read { db in
            try SearchTermStatistics.phraseCounts(
                [
                    .init(text: "homelab archive", isPrefix: false), .init(text: "homelab", isPrefix: false),
                    .init(text: "archive", isPrefix: false), .init(text: "walrus", isPrefix: false),
                ], db)
        }
        #expect(try counts == [matches("archive"), matches("homelab"), matches("archive"), 0])
        #expect(counts[0] > 0 && counts[0] < counts[1])
    }

    @Test func aWrongNumberOfArgumentsIsAnSQLError() throws {
        #expect(throws: DatabaseError.self) {
            try store.pool.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT pm_bm25(search_index, 4.0, 1.0) FROM search_index WHERE search_index MATCH 'homelab'")
            }
        }
    }
}
