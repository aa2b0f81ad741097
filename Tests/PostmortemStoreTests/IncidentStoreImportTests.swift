import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// `storeImport`: identity across re-imports, and the lookalike warning.
@Suite struct IncidentStoreImportTests {
    func store() throws -> (IncidentStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pm-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try IncidentStore(
            path: folder.appendingPathComponent("store.sqlite").path, options: .init(createIfMissing: true))
        return (store, folder)
    }

    static let day = Day(year: 2024, month: 5, day: 2)

    @Test func lookalikeUnderAnotherIdentityIsWarnedAboutAndStored() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.storeImport(
            [Incident(id: "pm-first", title: "Disk Full on db-01", date: Self.day)], fingerprint: "a",
            sourcePath: "a.md", documentGaveIDs: true)

        let second = try store.storeImport(
            [Incident(id: "pm-second", title: "disk full on DB-01", date: Self.day)], fingerprint: "b",
            sourcePath: "b.md", documentGaveIDs: true)
        let otherDay = try store.storeImport(
            [Incident(id: "pm-third", title: "Disk full on db-01", date: Day(year: 2024, month: 5, day: 3))],
            fingerprint: "c", sourcePath: "c.md", documentGaveIDs: true)

        #expect(second.outcomes == [.imported])
        #expect(second.warnings.count == 1 && second.warnings[0].contains("looks like pm-first"))
        #expect(otherDay.warnings.isEmpty)
        #expect(try store.count() == 3)
    }

    /// An edited file (another fingerprint) keeps its id when it was stored under an earlier
    /// spelling of its path, and is then stored under the new one.
    @Test func anEditedFileIsFoundByAFormerSpellingOfItsPath() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        func incident(_ id: IncidentID, _ title: String, from path: String) -> Incident {
            var incident = Incident(id: id, title: title, date: Self.day)
            incident.source = SourceInfo(path: path, contentHash: title, encoding: "utf-8")
            return incident
        }
        _ = try store.storeImport(
            [incident("pm-stored", "Disk full", from: "/kb/postmortems/disk.md")], fingerprint: "a",
            sourcePath: "/kb/postmortems/disk.md", documentGaveIDs: false)

        let edited = try store.storeImport(
            [incident("pm-derived", "Disk full on db-01", from: "postmortems/disk.md")], fingerprint: "b",
            sourcePath: "postmortems/disk.md", formerSourcePaths: ["/kb/postmortems/disk.md"], documentGaveIDs: false)
        let elsewhere = try store.storeImport(
            [incident("pm-other", "Disk full on db-02", from: "postmortems/other.md")], fingerprint: "c",
            sourcePath: "postmortems/other.md", formerSourcePaths: ["/kb/postmortems/other.md"], documentGaveIDs: false)

        #expect(edited.incidents.map(\.id) == ["pm-stored"] && edited.outcomes == [.updated])
        #expect(elsewhere.incidents.map(\.id) == ["pm-other"] && elsewhere.outcomes == [.imported])
        #expect(try store.count() == 2)
        #expect(try store.fetch("pm-stored")?.source?.path == "postmortems/disk.md")
    }

    @Test func lookalikeCheckNeverScansTheTable() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: store.path)
        let plan = try queue.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + IncidentStore.lookalikeSQL, arguments: ["t", nil, "x"])
                .map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("USING INDEX") && !plan.contains("SCAN incidents"), "\(plan)")
    }
}
