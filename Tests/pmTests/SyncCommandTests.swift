import Foundation
import Testing

/// `pm sync` end to end: files added, changed, left alone, renamed and deleted in a real
/// knowledge base's post-mortems folder.
@Suite struct SyncCommandTests {
    /// A canonical report with an id of its own.
    static let withID = """
        ---
        id: pm-synced00001
        title: Disk full on db-01
        date: 2026-03-01
        ---

        # Disk full on db-01

        ## Summary

        The WAL volume filled up.
        """

    /// A legacy report without an id: its identity is its content fingerprint.
    static let withoutID = """
        # Post-Mortem: Certificate expired on the ingress (2025-01-10)

        ## Summary

        Browsers refused the site for two hours.
        """

    func write(_ text: String, _ name: String, in root: URL) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent("postmortems/" + name))
    }

    func move(_ from: String, _ to: String, in root: URL) throws {
        try FileManager.default.moveItem(
            at: root.appendingPathComponent("postmortems/" + from), to: root.appendingPathComponent("postmortems/" + to)
        )
    }

    /// Writes both reports into `root`'s post-mortems folder, syncs them, and returns the id
    /// the certificate report (which has none of its own) was stored under.
    func syncBothReports(in root: URL) throws -> String {
        try write(Self.withID, "a-disk.md", in: root)
        try write(Self.withoutID, "b-cert.md", in: root)
        #expect(try PMProcess.run(["sync"], in: root).status == 0)
        return try #require(try ids(in: root)["Certificate expired on the ingress"])
    }

    /// The ids of the stored incidents by title.
    func ids(in root: URL) throws -> [String: String] {
        let listed = try json(try PMProcess.run(["list", "--format", "json"], in: root).stdout)
        var ids: [String: String] = [:]
        for incident in (listed["incidents"] as? [[String: Any]]) ?? [] {
            if let title = incident["title"] as? String, let id = incident["id"] as? String { ids[title] = id }
        }
        return ids
    }

    /// pm import records a file inside the knowledge base by its path from the root, as
    /// pm sync does: the next sync finds it unchanged, not renamed, from whatever folder the
    /// import ran in; a file outside keeps its absolute path.
    @Test func importedFilesAreUnchangedForTheNextSync() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(Self.withID, "a-disk.md", in: root)
        try write(Self.withoutID, "b-cert.md", in: root)
        let outside = folder.url.appendingPathComponent("elsewhere.md")
        try Data(Self.withoutID.replacingOccurrences(of: "Certificate", with: "Token").utf8).write(to: outside)

        let postmortems = root.appendingPathComponent("postmortems")
        #expect(try PMProcess.run(["import", "a-disk.md"], in: postmortems).status == 0)
        #expect(try PMProcess.run(["import", "postmortems/b-cert.md", outside.path], in: root).status == 0)
        let sync = try PMProcess.run(["sync"], in: root)

        #expect(sync.stdout == "Synced postmortems/: 0 added, 0 updated, 0 renamed, 2 unchanged, 0 gone, 0 failed\n")
        let shown = try json(try PMProcess.run(["show", "pm-synced00001", "--format", "json"], in: root).stdout)
        #expect((shown["source"] as? [String: Any])?["path"] as? String == "postmortems/a-disk.md")
        let outsideID = try #require(try ids(in: root).first { $0.key.contains("Token expired") }?.value)
        let shownOutside = try json(try PMProcess.run(["show", outsideID, "--format", "json"], in: root).stdout)
        #expect(
            (shownOutside["source"] as? [String: Any])?["path"] as? String == outside.standardizedFileURL.path)
    }

    @Test func newFilesAreAddedAndUnchangedOnesSkipped() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(Self.withID, "a-disk.md", in: root)
        try write(Self.withoutID, "b-cert.md", in: root)

        let first = try PMProcess.run(["sync"], in: root)
        let second = try PMProcess.run(["sync"], in: root)
        let verbose = try PMProcess.run(["sync", "-v"], in: root)

        let cert = try #require(try ids(in: root)["Certificate expired on the ingress"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout == """
                added      postmortems/a-disk.md: pm-synced00001 Disk full on db-01
                added      postmortems/b-cert.md: \(cert) Certificate expired on the ingress
                Synced postmortems/: 2 added, 0 updated, 0 renamed, 0 unchanged, 0 gone, 0 failed

                """)
        #expect(second.stdout == "Synced postmortems/: 0 added, 0 updated, 0 renamed, 2 unchanged, 0 gone, 0 failed\n")
        #expect(
            verbose.stdout == """
                unchanged  postmortems/a-disk.md: pm-synced00001 Disk full on db-01
                unchanged  postmortems/b-cert.md: \(cert) Certificate expired on the ingress
                Synced postmortems/: 0 added, 0 updated, 0 renamed, 2 unchanged, 0 gone, 0 failed

                """)
    }

    @Test func aChangedFileIsImportedAgain() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let cert = try syncBothReports(in: root)
        try write(
            Self.withID.replacingOccurrences(of: "The WAL volume filled up.", with: "Edited."), "a-disk.md", in: root)
        try write(Self.withoutID + "\nEdited too.\n", "b-cert.md", in: root)

        let result = try PMProcess.run(["sync"], in: root)

        #expect(
            result.stdout == """
                updated    postmortems/a-disk.md: pm-synced00001 Disk full on db-01
                updated    postmortems/b-cert.md: \(cert) Certificate expired on the ingress
                Synced postmortems/: 0 added, 2 updated, 0 renamed, 0 unchanged, 0 gone, 0 failed

                """)
        let shown = try json(try PMProcess.run(["show", "pm-synced00001", "--format", "json"], in: root).stdout)
        #expect(shown["summary"] as? String == "Edited.")
    }

    @Test func anEditedTaxonomyReclassifiesFilesWhoseBytesDidNotChange() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let cert = try syncBothReports(in: root)
        let taxonomyURL = root.appendingPathComponent("taxonomy.yml")
        let taxonomy = try String(contentsOf: taxonomyURL, encoding: .utf8)
        let ownMode = """
              - id: browsers-refused
                name: Browsers refused the site
                category: tls
                patterns:
                  - browsers refused

            """
        try Data(taxonomy.replacingOccurrences(of: "modes:\n", with: "modes:\n" + ownMode).utf8).write(
            to: taxonomyURL)

        let resynced = try PMProcess.run(["sync"], in: root)
        let again = try PMProcess.run(["sync", "--format", "json"], in: root)

        #expect(resynced.status == 0, "\(resynced.stderr)")
        #expect(
            resynced.stdout == """
                The taxonomy differs from the one the last sync classified with (or no sync recorded one): \
                every file was read again and classified with it.
                updated    postmortems/b-cert.md: \(cert) Certificate expired on the ingress
                Synced postmortems/: 0 added, 1 updated, 0 renamed, 1 unchanged, 0 gone, 0 failed

                """)
        let shown = try json(try PMProcess.run(["show", cert, "--format", "json"], in: root).stdout)
        let modes = try #require(shown["failureModes"] as? [[String: Any]])
        #expect(modes.compactMap { $0["id"] as? String } == ["certificate-expiry", "browsers-refused"])
        let report = try json(again.stdout)
        #expect(report["taxonomyChanged"] as? Bool == false)
        #expect((report["summary"] as? [String: Any])?["unchanged"] as? Int == 2)
    }

    @Test func anImportWithAnotherTaxonomyMakesTheNextSyncReadEveryFile() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(Self.withID, "a-disk.md", in: root)
        #expect(try PMProcess.run(["import", "postmortems/a-disk.md"], in: root).status == 0)
        // Imported with the taxonomy pm init recorded: nothing to read again.
        #expect(
            try json(try PMProcess.run(["sync", "--format", "json"], in: root).stdout)["taxonomyChanged"] as? Bool
                == false)
        let taxonomyURL = root.appendingPathComponent("taxonomy.yml")
        let taxonomy = try String(contentsOf: taxonomyURL, encoding: .utf8)
        let ownMode =
            "  - id: wal-volume-full\n    name: WAL volume full\n    category: capacity\n    patterns:\n"
            + "      - wal volume\n"
        try Data(taxonomy.replacingOccurrences(of: "modes:\n", with: "modes:\n" + ownMode).utf8).write(to: taxonomyURL)
        try write(Self.withoutID, "b-cert.md", in: root)
        #expect(try PMProcess.run(["import", "postmortems/b-cert.md"], in: root).status == 0)

        let report = try json(try PMProcess.run(["sync", "--format", "json"], in: root).stdout)

        #expect(report["taxonomyChanged"] as? Bool == true)
    }

    @Test func aRenamedFileKeepsItsIncidentByIDOrByContent() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let cert = try syncBothReports(in: root)
        let before = try ids(in: root)
        try move("a-disk.md", "2026-03-01-disk-full.md", in: root)
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("postmortems/2025"), withIntermediateDirectories: true)
        try move("b-cert.md", "2025/cert.md", in: root)

        let result = try PMProcess.run(["sync"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                renamed    postmortems/b-cert.md → postmortems/2025/cert.md: \(cert) Certificate expired on the ingress
                renamed    postmortems/a-disk.md → postmortems/2026-03-01-disk-full.md: pm-synced00001 Disk full on db-01
                Synced postmortems/: 0 added, 0 updated, 2 renamed, 0 unchanged, 0 gone, 0 failed

                """)
        #expect(try ids(in: root) == before)
        let shown = try json(try PMProcess.run(["show", cert, "--format", "json"], in: root).stdout)
        #expect((shown["source"] as? [String: Any])?["path"] as? String == "postmortems/2025/cert.md")
    }

    @Test func aGoneFileIsReportedNotDeleted() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(Self.withID, "a-disk.md", in: root)
        #expect(try PMProcess.run(["sync"], in: root).status == 0)
        try FileManager.default.removeItem(at: root.appendingPathComponent("postmortems/a-disk.md"))

        let result = try PMProcess.run(["sync"], in: root)

        #expect(result.status == 0)
        #expect(
            result.stdout == """
                gone       postmortems/a-disk.md: pm-synced00001 Disk full on db-01: the file is gone; the incident stays in the store (restore the file, or `pm delete pm-synced00001`)
                Synced postmortems/: 0 added, 0 updated, 0 renamed, 0 unchanged, 1 gone, 0 failed

                """)
        #expect(try PMProcess.run(["show", "pm-synced00001"], in: root).status == 0)
        #expect(try PMProcess.run(["delete", "pm-synced00001"], in: root).status == 0)
        #expect(
            try PMProcess.run(["sync"], in: root).stdout
                == "Synced postmortems/: 0 added, 0 updated, 0 renamed, 0 unchanged, 0 gone, 0 failed\n")
    }

    @Test func aDryRunInJSONSaysWhatWouldChangeAndStoresNothing() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write(Self.withID, "a-disk.md", in: root)

        let result = try PMProcess.run(["sync", "--dry-run", "--format", "json"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let report = try json(result.stdout)
        #expect(Set(report.keys) == ["dryRun", "files", "gone", "taxonomyChanged", "summary"])
        #expect(report["dryRun"] as? Bool == true)
        #expect(
            report["summary"] as? [String: Int] == [
                "added": 1, "updated": 0, "renamed": 0, "unchanged": 0, "gone": 0, "failed": 0,
            ])
        let file = try #require((report["files"] as? [[String: Any]])?.first)
        #expect(file["path"] as? String == "postmortems/a-disk.md")
        #expect(file["outcome"] as? String == "added")
        #expect(file["previousPath"] is NSNull)
        #expect(file["error"] is NSNull)
        #expect(file["incidents"] as? [[String: String]] == [["id": "pm-synced00001", "title": "Disk full on db-01"]])
        #expect(try ids(in: root) == [:])
        let text = try PMProcess.run(["sync", "--dry-run"], in: root)
        #expect(
            text.stdout.hasSuffix(
                "Dry run, nothing stored: postmortems/: 1 added, 0 updated, 0 renamed, 0 unchanged, 0 gone, 0 failed\n")
        )
    }

    @Test func aFileThatCannotBeImportedFailsTheRunAndTheOthersAreSynced() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        try write("", "empty.md", in: root)
        try write(Self.withID, "a-disk.md", in: root)

        let result = try PMProcess.run(["sync"], in: root)

        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "added      postmortems/a-disk.md: pm-synced00001 Disk full on db-01")
        #expect(lines[1].hasPrefix("failed     postmortems/empty.md: "))
        #expect(lines[2] == "Synced postmortems/: 1 added, 0 updated, 0 renamed, 0 unchanged, 0 gone, 1 failed")
    }

    @Test func outsideAKnowledgeBaseItExitsTwo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try PMProcess.run(["sync"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no knowledge base found"))
    }
}
