import Foundation
import Testing

/// Where the seeds are: `../shared/seeds` beside the repository, found from this file.
enum SeedFiles {
    /// The repository root: three folders above this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let folder = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").standardizedFileURL
    static let exist = FileManager.default.fileExists(atPath: folder.appendingPathComponent("EXPECTED.md").path)
}

/// The seeds' "Across the five" (../shared/seeds/EXPECTED.md) through `pm`: Immich touched
/// by 000, 001, 002 and 004; the backup-path lesson of 001 and 004 shown once; 004 related
/// to 001. Skipped where the seeds are absent (a user's clone).
@Suite(.enabled(if: SeedFiles.exist, "../shared/seeds is absent"))
struct SeedKnowledgeTests {

    static let titles = [
        "000": "The Systematic Destruction of Immich & Authentik DBs",
        "001": "Immich Staging WAL Archive Failure & Disk Full",
        "002": "Staging PV Release & CNPG Recovery",
        "003": "Database Loss on Production",
        "004": "CNPG Database Disaster Recovery",
    ]

    /// A knowledge base that imported the five seeds, and each seed's incident id by number.
    func importedSeeds() throws -> (TemporaryFolder, URL, [String: String]) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let files = try FileManager.default.contentsOfDirectory(atPath: SeedFiles.folder.path).filter {
            $0.hasSuffix(".txt")
        }
        .sorted().map { SeedFiles.folder.appendingPathComponent($0).path }
        let imported = try PMProcess.run(["import"] + files, in: root)
        #expect(imported.status == 0, "\(imported.stderr)")
        let list = try PMProcess.run(["list", "--format", "json"], in: root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any])
        let incidents = try #require(object["incidents"] as? [[String: Any]])
        var ids: [String: String] = [:]
        for (number, title) in Self.titles {
            ids[number] = incidents.first { $0["title"] as? String == title }?["id"] as? String
        }
        #expect(ids.count == 5)
        return (folder, root, ids)
    }

    func object(_ result: PMProcess.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func immichWasTouchedByTheFourImmichSeeds() throws {
        let (folder, root, ids) = try importedSeeds()
        defer { folder.remove() }

        let services = try #require(
            try object(PMProcess.run(["services", "--format", "json"], in: root))["services"] as? [[String: Any]])

        let immich = try #require(services.first { $0["name"] as? String == "Immich" })
        #expect(immich["incidents"] as? [String] == ["000", "001", "002", "004"].compactMap { ids[$0] })
    }

    @Test func theBackupPathLessonOf001And004IsShownOnce() throws {
        let (folder, root, ids) = try importedSeeds()
        defer { folder.remove() }

        let groups = try #require(
            try object(PMProcess.run(["lessons", "--format", "json"], in: root))["groups"] as? [[String: Any]])

        let lessons = groups.flatMap { $0["lessons"] as? [[String: Any]] ?? [] }
        let bump = lessons.filter { ($0["text"] as? String)?.contains("bump the backup path version") == true }
        #expect(bump.count == 1)
        #expect(bump.first?["incidents"] as? [String] == ["001", "004"].compactMap { ids[$0] })
        let group = groups.first {
            ($0["lessons"] as? [[String: Any]])?.contains { $0["text"] as? String == bump.first?["text"] as? String }
                == true
        }
        #expect(group?["failureMode"] as? String == "wal-archive-conflict")
    }

    @Test func theRunbookIsTheIncidentMostRelatedTo001() throws {
        let (folder, root, ids) = try importedSeeds()
        defer { folder.remove() }

        let id001 = try #require(ids["001"])
        let result = try PMProcess.run(["related", id001, "--format", "json"], in: root)
        let related = try #require(try object(result)["related"] as? [[String: Any]])

        #expect(related.first?["id"] as? String == ids["004"])
        #expect(related.first?["failureModes"] as? [String] == ["wal-archive-conflict", "failover-restore-failed"])
    }
}
