import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// `pm_terms` and `pm_in_order` read a hit's own matches; they must say what a full-text
/// query per term, and one for the phrase, would.
@Suite struct SearchFunctionsTests {
    let folder = TemporaryFolder()
    let store: IncidentStore

    init() throws {
        store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(try SearchFixtures.incidents())
        try store.save(
            Incident(
                id: "pm-order0001", title: "Space left on device",
                summary: "No space left on device. Left on space device no. no space, left on the device.",
                rootCause: "Expected empty archive; the archive was expected empty.",
                lessons: [
                    Lesson(text: "Run stanza-create archive checks; a full write-ahead log, then log write-ahead.")
                ]))
    }

    /// The ids of the entries `expression` matches.
    func matching(_ expression: String, _ db: Database) throws -> Set<Int64> {
        Set(
            try Int64.fetchAll(
                db, sql: "SELECT rowid FROM search_index WHERE search_index MATCH ?", arguments: [expression]))
    }

    @Test(arguments: [
        "No space left on device", "expected empty archive", "homelab backup", "stanza-create archive", "arch* empty",
        "write-ahead log",
    ])
    func theyAgreeWithAQueryPerTermAndForThePhrase(_ text: String) throws {
        try store.pool.read { db in
            let terms = try SearchTerms(parsing: text).expandingPrefixes(in: db)
            let mapping = terms.termOfPhrase.map(String.init).joined(separator: ", ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT rowid, pm_terms(search_index, \(mapping)), pm_in_order(search_index)
                    FROM search_index WHERE search_index MATCH ?
                    """, arguments: [terms.anyTermExpression])
            #expect(!rows.isEmpty)
            let perTerm = try terms.terms.map { try matching($0.ftsExpression, db) }
            let phrase = try terms.phraseExpression.map { try matching($0, db) }
            var inOrder = 0
            for row in rows {
                let id: Int64 = row[0]
                let mask: Int64 = row[1]
                for (index, ids) in perTerm.enumerated() {
                    #expect((mask >> index) & 1 == (ids.contains(id) ? 1 : 0), "\(text): entry \(id), term \(index)")
                }
                let holdsPhrase: Int64 = row[2]
                if let phrase {
                    #expect(holdsPhrase == (phrase.contains(id) ? 1 : 0), "\(text): entry \(id), phrase")
                    inOrder += Int(holdsPhrase)
                }
            }
            if terms.phraseExpression != nil && text != "homelab backup" { #expect(inOrder > 0, "\(text)") }
        }
    }

    @Test func aWrongNumberOfTermsIsAnSQLError() throws {
        #expect(throws: DatabaseError.self) {
            try store.pool.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT pm_terms(search_index, 0, 1) FROM search_index WHERE search_index MATCH 'homelab'")
            }
        }
    }
}
