import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// `check(sourceBase:)` finds each kind of damage it knows, and `repair()` fixes the ones it
/// says it fixes.
@Suite struct IncidentStoreCheckTests {
    let folder = TemporaryFolder()

    /// A store with two incidents whose source files exist in the folder.
    func store() throws -> IncidentStore {
        let store = try IncidentStore(path: folder.path("store.sqlite"), options: .init(createIfMissing: true))
        for id in ["pm-first00001", "pm-second0001"] {
            var incident = try Fixtures.richIncident(id: IncidentID(id))
            let file = folder.path("\(id).md")
            #expect(FileManager.default.createFile(atPath: file, contents: Data("# x\n".utf8)))
            incident.source = SourceInfo(path: file, contentHash: "0", encoding: "utf-8")
            try store.save(incident)
        }
        return store
    }

    @Test func aHealthyStoreHasNoProblems() throws {
        #expect(try store().check(sourceBase: folder.url) == [])
    }

    @Test func findsEachProblemAndRepairFixesTheRepairableOnes() throws {
        let store = try store()
        try store.pool.writeWithoutTransaction { db in
            // Rows of an incident that is gone, written past the foreign keys.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "INSERT INTO whys VALUES ('pm-gone0000001', 0, 'Why?', 'Because.')")
            try db.execute(sql: "INSERT INTO lessons VALUES ('pm-gone0000001', 0, 'A lesson', 'learned')")
            try db.execute(sql: "INSERT INTO lessons VALUES ('pm-gone0000001', 1, 'Another', 'learned')")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // An index entry taken out behind the table's back.
            let row = try Row.fetchOne(db, sql: "SELECT id, title, body FROM search_docs ORDER BY id LIMIT 1")
            try db.execute(
                sql: "INSERT INTO search_index(search_index, rowid, title, body) VALUES('delete', ?, ?, ?)",
                arguments: [row?[0], row?[1], row?[2]])
            // An incident with no search entries at all.
            try db.execute(sql: "DELETE FROM search_docs WHERE incident_id = 'pm-second0001'")
        }
        try FileManager.default.removeItem(atPath: folder.path("pm-first00001.md"))

        let problems = try store.check(sourceBase: folder.url)

        #expect(
            problems.map(\.kind) == [
                .orphanedRows, .orphanedRows, .searchIndexInconsistent, .searchIndexInconsistent, .notIndexed,
                .sourceMissing,
            ])
        // The incident index no longer matches the entries of pm-second0001 either.
        #expect(
            problems.map(\.subject) == [
                "lessons", "whys", "search_index", "search_incidents", "pm-second0001", "pm-first00001",
            ])
        #expect(problems[0].message == "2 rows of lessons belong to no incident")
        #expect(problems[4].fix == "Run `pm check --repair` to index it")
        #expect(
            problems[5].message
                == "incident pm-first00001 was imported from \(folder.path("pm-first00001.md")), which is gone")
        #expect(problems.map(\.repairable) == [true, true, true, true, true, false])

        let done = try store.repair()

        #expect(
            done == [
                "deleted 1 orphaned row of whys", "deleted 2 orphaned rows of lessons",
                "indexed 1 incident for search",
                "rebuilt the full-text indexes search_index, search_words and search_incidents",
            ])
        #expect(try store.check(sourceBase: folder.url).map(\.kind) == [.sourceMissing])
        #expect(
            try store.search(matching: "Zanzibar").map(\.incidentID).sorted() == ["pm-first00001", "pm-second0001"])
    }

    @Test func relativeSourcePathsAreResolvedAgainstTheBase() throws {
        let store = try IncidentStore(path: folder.path("store.sqlite"), options: .init(createIfMissing: true))
        var incident = try Fixtures.richIncident()
        incident.source = SourceInfo(path: "docs/old.md", contentHash: "0", encoding: "utf-8")
        try store.save(incident)
        var stdin = try Fixtures.richIncident(id: "pm-stdin000001")
        stdin.source = SourceInfo(path: "-", contentHash: "0", encoding: "utf-8")
        try store.save(stdin)
        #expect(try store.check(sourceBase: folder.url).map(\.subject) == [incident.id.rawValue])
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("docs"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: folder.path("docs/old.md"), contents: Data()))
        #expect(try store.check(sourceBase: folder.url) == [])
    }
}
