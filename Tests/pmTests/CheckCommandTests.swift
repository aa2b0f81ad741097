import Foundation
import GRDB
import Testing

/// `pm check` end to end: exit codes, text and JSON, repairs, ids given twice.
@Suite struct CheckCommandTests {
    @Test func aHealthyKnowledgeBaseExitsZero() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = root.appendingPathComponent("postmortems/disk.md")
        try write("---\nid: pm-disk000001\n---\n# Disk full\n\nThe disk filled up.\n", to: file)
        #expect(try PMProcess.run(["import", file.path], in: root).status == 0)

        let result = try PMProcess.run(["check"], in: root)

        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "no problems: 1 incident, 1 Markdown file checked\n")
    }

    @Test func problemsExitOneAndSayHowToFixThem() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let first = root.appendingPathComponent("postmortems/a.md")
        let second = root.appendingPathComponent("postmortems/sub/b.md")
        let outside = folder.url.appendingPathComponent("inbox/c.md")
        try write("---\nid: pm-same0000001\n---\n# First\n\nText one.\n", to: first)
        try write("---\nid: pm-same0000001\n---\n# Second\n\nText two.\n", to: second)
        try write("---\nid: ../../etc/passwd\n---\n# Bad id\n", to: root.appendingPathComponent("postmortems/bad.md"))
        try write("# Imported from the inbox\n\nText three.\n", to: outside)
        #expect(try PMProcess.run(["import", outside.path], in: root).status == 0)
        try FileManager.default.removeItem(at: outside)

        let text = try PMProcess.run(["check"], in: root)
        let report = try json(try PMProcess.run(["check", "--format", "json"], in: root).stdout)

        #expect(text.status == 1)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 7, "\(text.stdout)")
        #expect(
            lines[0].hasSuffix(
                "source-missing: incident \(lines[0].prefix { $0 != ":" }) was imported from \(outside.path), which is gone"
            ))
        #expect(lines[1].hasPrefix("  fix: If the file moved, import it from its new place"))
        #expect(lines[2].hasPrefix("postmortems/bad.md: invalid-id: the front matter gives the id '../../etc/passwd'"))
        #expect(
            lines[4]
                == "pm-same0000001: duplicate-id: postmortems/a.md and postmortems/sub/b.md all give the id "
                + "pm-same0000001 in their front matter; the store keeps one incident for them, the one imported last")
        #expect(lines[6] == "3 problems; 1 incident, 3 Markdown files checked")
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.compactMap { $0["kind"] as? String } == ["source-missing", "invalid-id", "duplicate-id"])
        #expect(problems.allSatisfy { Set($0.keys) == ["kind", "subject", "message", "fix", "repairable"] })
        #expect(report["incidents"] as? Int == 1)
        #expect(report["markdownFiles"] as? Int == 3)
    }

    @Test func repairFixesTheSearchIndexAndSaysSo() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = root.appendingPathComponent("postmortems/disk.md")
        try write("# Disk full on the walrus host\n\nThe disk filled up.\n", to: file)
        #expect(try PMProcess.run(["import", file.path], in: root).status == 0)
        // Every search entry of the incident gone, behind pm's back.
        try DatabaseQueue(path: root.appendingPathComponent(".pm/store.sqlite").path).write { db in
            try db.execute(sql: "DELETE FROM search_docs")
        }

        let before = try PMProcess.run(["check"], in: root)
        let repaired = try PMProcess.run(["check", "--repair"], in: root)
        let after = try PMProcess.run(["check"], in: root)

        #expect(before.status == 1)
        #expect(before.stdout.contains(": not-indexed: incident "))
        #expect(
            before.stdout.hasSuffix(
                "2 problems (2 fixed by `pm check --repair`); 1 incident, 1 Markdown file checked\n")
        )
        #expect(repaired.status == 0)
        #expect(
            repaired.stdout
                == "repaired: indexed 1 incident for search\n"
                + "repaired: rebuilt the full-text indexes search_index, search_words and search_incidents\n"
                + "no problems: 1 incident, 1 Markdown file checked\n")
        #expect(after.status == 0)
        #expect(try PMProcess.run(["search", "walrus"], in: root).stdout.contains("Disk full on the walrus host"))
    }

    @Test func aDamagedStoreIsAProblemNotACrash() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let storeURL = root.appendingPathComponent(".pm/store.sqlite")
        // Everything into the main file, then its pages after the header overwritten.
        let queue = try DatabaseQueue(path: storeURL.path)
        _ = try queue.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try queue.close()
        var bytes = [UInt8](try Data(contentsOf: storeURL))
        for index in 100..<bytes.count { bytes[index] = 0xA5 }
        try Data(bytes).write(to: storeURL)

        let result = try PMProcess.run(["check", "--format", "json"], in: root)

        #expect(result.status == 1, "\(result.stderr)")
        let problems = try #require(try json(result.stdout)["problems"] as? [[String: Any]])
        #expect(problems.compactMap { $0["kind"] as? String } == ["store-damaged"])
        #expect((problems.first?["fix"] as? String)?.hasPrefix("Restore the store from a backup") == true)
    }

    @Test func aDocumentImportedByARelativePathIsFoundFromAnywhere() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("inbox/disk.md")
        try write("# Disk full\n\nThe disk filled up.\n", to: file)
        #expect(try PMProcess.run(["import", "--kb", "kb", "inbox/disk.md"], in: folder.url).status == 0)
        try write("# Disk full\n\nThe disk filled up.\n\n## Impact\n\n- Writes failed.\n", to: file)

        let check = try PMProcess.run(["check"], in: root)
        let again = try PMProcess.run(["import", "../inbox/disk.md"], in: root)

        #expect(check.status == 0, "\(check.stdout)")
        #expect(again.stdout.hasSuffix("0 imported, 1 updated, 0 unchanged, 0 failed\n"))
        let shown = try PMProcess.run(["list", "--format", "json"], in: root)
        #expect(shown.stdout.components(separatedBy: "\"id\"").count == 2)
    }
}
