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
