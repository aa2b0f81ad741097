import Foundation
import PostmortemKit
import PostmortemStore
import Testing

/// `pm import` end to end: the real binary, a real knowledge base, real files.
@Suite struct ImportCommandTests {
    static let document = """
        # Post-Mortem: Disk full on db-01 (2024-05-02)

        **Severity:** HIGH

        ## Summary

        The WAL volume of db-01 filled up.
        """

    @Test func dryRunJSONHasTheDocumentedShapeAndStoresNothing() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("in/disk.md")
        try write(Self.document, to: file)

        let result = try PMProcess.run(["import", "--dry-run", "--format", "json", file.path], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        #expect(Set(report.keys) == ["documents", "summary"])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["imported": 1, "updated": 0, "unchanged": 0, "failed": 0])
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        #expect(Set(["path", "incidents", "findings", "error"]).isSubset(of: Set(document.keys)))
        #expect(document["error"] is NSNull)
        let incident = try #require((document["incidents"] as? [[String: Any]])?.first)
        #expect(incident["title"] as? String == "Disk full on db-01")
        #expect(incident["date"] as? String == "2024-05-02")
        #expect((incident["severity"] as? [String: Any])?["level"] as? Int == 2)
        #expect(try PMProcess.run(["list", "--format", "json"], in: root).stdout.contains("\"incidents\" : [\n\n  ]"))
    }

    @Test func dryRunWorksOutsideAKnowledgeBase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("disk.md")
        try write(Self.document, to: file)

        let result = try PMProcess.run(["import", "--dry-run", file.path], in: folder.url)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Disk full on db-01 (2024-05-02)"))
        #expect(try folder.contents() == ["disk.md"])
    }

    @Test func batchGoesOnPastBadFilesAndExitsOne() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let batch = folder.url.appendingPathComponent("batch")
        try write(Self.document, to: batch.appendingPathComponent("a-good.md"))
        try write("", to: batch.appendingPathComponent("b-empty.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(
            to: batch.appendingPathComponent("c-image.md"))
        try write("# Second incident\n\nText.\n", to: batch.appendingPathComponent("d-good.md"))

        let result = try PMProcess.run(["import", batch.path, "missing.md"], in: root)

        #expect(result.status == 1)
        #expect(result.stdout.contains("b-empty.md: error: "))
        #expect(result.stdout.contains("c-image.md: error: "))
        #expect(result.stdout.contains("missing.md: error: no such file or folder"))
        #expect(result.stdout.hasSuffix("2 imported, 0 updated, 0 unchanged, 3 failed\n"))
        let list = try PMProcess.run(["list", "--format", "json"], in: root)
        #expect(list.stdout.contains("Disk full on db-01") && list.stdout.contains("Second incident"))
    }

    @Test func reimportIsUnchangedAndARenamedCopyKeepsItsIdentity() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let original = folder.url.appendingPathComponent("old/disk.md")
        try write(Self.document, to: original)

        let first = try json(try PMProcess.run(["import", "--format", "json", original.path], in: root).stdout)
        let again = try PMProcess.run(["import", original.path], in: root)
        let moved = folder.url.appendingPathComponent("new/2024-05-02-disk-full.md")
        try FileManager.default.createDirectory(
            at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: original, to: moved)
        let afterMove = try json(try PMProcess.run(["import", "--format", "json", moved.path], in: root).stdout)

        #expect(again.stdout.hasSuffix("0 imported, 0 updated, 1 unchanged, 0 failed\n"))
        #expect(afterMove["summary"] as? [String: Int] == ["imported": 0, "updated": 1, "unchanged": 0, "failed": 0])
        let id = { (report: [String: Any]) in
            ((report["documents"] as? [[String: Any]])?.first?["incidents"] as? [[String: Any]])?.first?["id"]
                as? String
        }
        #expect(id(first) != nil && id(first) == id(afterMove))
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        #expect(try store.count() == 1)
        #expect(try store.fetchAll().first?.source?.path == moved.path)
    }

    @Test func editedFileAtTheSamePathUpdatesItsIncident() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("disk.md")
        try write(Self.document, to: file)
        #expect(try PMProcess.run(["import", file.path], in: root).status == 0)
        try write(Self.document + "\n\n## Impact\n\n- Writes failed for 20 minutes.\n", to: file)

        let result = try PMProcess.run(["import", file.path], in: root)

        #expect(result.stdout.hasSuffix("0 imported, 1 updated, 0 unchanged, 0 failed\n"))
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        #expect(try store.count() == 1)
    }

    @Test func frontMatterIDWinsAndALookalikeIsWarnedAbout() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let first = folder.url.appendingPathComponent("a.md")
        let twin = folder.url.appendingPathComponent("b.md")
        try write("---\nid: pm-frontmatter1\n---\n" + Self.document, to: first)
        try write(Self.document + "\n\nA different ending.\n", to: twin)

        let firstResult = try PMProcess.run(["import", first.path], in: root)
        let twinResult = try PMProcess.run(["import", twin.path], in: root)

        #expect(firstResult.status == 0)
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        #expect(try store.fetch("pm-frontmatter1")?.title == "Disk full on db-01")
        #expect(twinResult.stdout.contains("looks like pm-frontmatter1"))
        #expect(twinResult.stdout.contains("[possible-duplicate]"))
    }

    @Test func readsStandardInput() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["import", "-"], in: root, input: Self.document)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("-: Disk full on db-01 (2024-05-02)"))
    }

    @Test func importOutsideAKnowledgeBaseExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try write(Self.document, to: folder.url.appendingPathComponent("disk.md"))

        let result = try PMProcess.run(["import", "disk.md"], in: folder.url)

        #expect(result.status == 2)
        #expect(try folder.contents() == ["disk.md"])
    }
}
