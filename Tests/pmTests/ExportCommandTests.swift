import Foundation
import PostmortemKit
import PostmortemStore
import Testing

/// `pm export` end to end: the real binary, real knowledge bases, real folders.
@Suite struct ExportCommandTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Exported: Decodable {
        var incidents: [Incident]
    }

    static let day = Day(year: 2026, month: 2, day: 20)

    static func incident(_ id: IncidentID, title: String, summary: String = "Disk full.") -> Incident {
        Incident(
            id: id, title: title, date: day, severity: Severity(label: "SEV2", level: 2), summary: summary,
            timeline: [
                TimelineEvent(
                    time: "14:02", at: day.map { Timestamp(day: $0, hour: 14, minute: 2) }, precision: .exact,
                    event: "Alert | fired", outcome: .warning)
            ])
    }

    /// A knowledge base made by `pm init`, holding `incidents`.
    func knowledgeBase(_ name: String = "kb", in folder: TemporaryFolder, holding incidents: [Incident] = []) throws
        -> URL
    {
        #expect(try PMProcess.run(["init", name], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent(name)
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        for incident in incidents { try store.save(incident) }
        try store.close()
        return root
    }

    func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// Every incident of a knowledge base as `pm export --all --format json` prints it,
    /// without where each was read from.
    func everyIncident(in root: URL) throws -> [Incident] {
        let result = try PMProcess.run(["export", "--all", "--format", "json"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Exported.self, from: Data(result.stdout.utf8)).incidents.map { incident in
            var incident = incident
            incident.source = nil
            return incident
        }
    }

    @Test func theCorpusSurvivesExportAndImportIntoAnotherKnowledgeBase() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try knowledgeBase("first", in: folder)
        let imported = try PMProcess.run(
            ["import", Self.repositoryRoot.appendingPathComponent("corpus").path], in: first)
        #expect(imported.status == 0, "\(imported.stderr)")

        let exported = try PMProcess.run(["export", "--all", "--out", "../exported"], in: first)
        #expect(exported.status == 0, "\(exported.stderr)")
        let second = try knowledgeBase("second", in: folder)
        let reimported = try PMProcess.run(["import", "../exported"], in: second)
        #expect(reimported.status == 0, "\(reimported.stderr)")

        let original = try everyIncident(in: first)
        #expect(original.count >= 30)
        #expect(try everyIncident(in: second) == original)
        // And the second knowledge base's export is the first's, byte for byte.
        let again = try PMProcess.run(["export", "--all", "--out", "../again"], in: second)
        #expect(again.status == 0, "\(again.stderr)")
        let names = try files(in: folder.url.appendingPathComponent("exported"))
        #expect(names.count == original.count)
        #expect(try files(in: folder.url.appendingPathComponent("again")) == names)
        for name in names {
            let one = try Data(contentsOf: folder.url.appendingPathComponent("exported/\(name)"))
            let two = try Data(contentsOf: folder.url.appendingPathComponent("again/\(name)"))
            #expect(one == two, "\(name) differs")
        }
    }

    @Test func jsonPrintsTheIncidentsAsPMShowDoes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let incidents = [Self.incident("pm-export0001", title: "One"), Self.incident("pm-export0002", title: "Two")]
        let root = try knowledgeBase(in: folder, holding: incidents)

        let result = try PMProcess.run(["export", "pm-export0002", "pm-export0001", "--format", "json"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["incidents"])
        let exported = try JSONDecoder().decode(Exported.self, from: Data(result.stdout.utf8))
        #expect(exported.incidents == [incidents[1], incidents[0]])
        let shown = try PMProcess.run(["show", "pm-export0002", "--format", "json"], in: root).stdout
        let first = try #require((object["incidents"] as? [Any])?.first)
        let firstJSON = try JSONSerialization.data(withJSONObject: first, options: [.sortedKeys])
        let shownJSON = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: Data(shown.utf8)), options: [.sortedKeys])
        #expect(firstJSON == shownJSON)
    }

    @Test func markdownOfOneIncidentIsWhatPMShowPrints() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = try knowledgeBase(in: folder, holding: [Self.incident("pm-export0001", title: "One")])

        let exported = try PMProcess.run(["export", "pm-export0001"], in: root)
        let shown = try PMProcess.run(["show", "pm-export0001", "--format", "markdown"], in: root)

        #expect(exported.status == 0)
        #expect(exported.stdout == shown.stdout)
        #expect(exported.stdout.contains("| 14:02 | Alert \\| fired | ⚠️ |"))
    }

    @Test func filesAreNamedByDateAndSlugOrByIdAndStayInsideTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let incidents = [
            Self.incident("pm-export0001", title: "../../etc/passwd"), Self.incident("pm-export0002", title: "CON"),
            Self.incident("pm-export0003", title: "🔥🔥"), Self.incident("pm-export0004", title: "Größe überschritten"),
            Self.incident("pm-export0005", title: "Größe überschritten"),
            Incident(id: "con", kind: .runbook, title: "Restore the Postgres cluster"),
        ]
        let root = try knowledgeBase(in: folder, holding: incidents)

        let markdown = try PMProcess.run(["export", "--all", "--out", "out/md"], in: root)
        let json = try PMProcess.run(["export", "--all", "--format", "json", "--out", "out/json"], in: root)

        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(json.status == 0, "\(json.stderr)")
        #expect(
            try files(in: root.appendingPathComponent("out/md")) == [
                "2026-02-20-con-incident.md", "2026-02-20-etc-passwd.md", "2026-02-20-grosse-uberschritten-2.md",
                "2026-02-20-grosse-uberschritten.md", "2026-02-20-incident.md", "restore-the-postgres-cluster.md",
            ])
        #expect(
            try files(in: root.appendingPathComponent("out/json")) == [
                "con-incident.json", "pm-export0001.json", "pm-export0002.json", "pm-export0003.json",
                "pm-export0004.json", "pm-export0005.json",
            ])
        #expect(try files(in: root.appendingPathComponent("out")) == ["json", "md"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("etc").path))
    }

    @Test func anotherFileIsNeverOverwrittenAndSayingWhatHappened() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = try knowledgeBase(in: folder, holding: [Self.incident("pm-export0001", title: "Disk full")])
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let notes = Data("# My own notes\n".utf8)
        try notes.write(to: out.appendingPathComponent("2026-02-20-disk-full.md"))

        let first = try PMProcess.run(["export", "--all", "--out", "out"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout == """
                created   out/2026-02-20-disk-full-2.md (2026-02-20-disk-full.md holds another document)
                Exported 1 incident to out: 1 created

                """)
        #expect(try Data(contentsOf: out.appendingPathComponent("2026-02-20-disk-full.md")) == notes)

        let second = try PMProcess.run(["export", "--all", "--out", "out"], in: root)
        #expect(second.stdout.hasPrefix("unchanged out/2026-02-20-disk-full-2.md"))

        // The incident changes: its own earlier export is replaced, the notes stay.
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        try store.save(Self.incident("pm-export0001", title: "Disk full", summary: "The WAL volume filled up."))
        try store.close()
        let third = try PMProcess.run(["export", "--all", "--out", "out"], in: root)
        #expect(third.stdout.hasPrefix("updated   out/2026-02-20-disk-full-2.md"))
        #expect(third.stdout.hasSuffix("Exported 1 incident to out: 1 updated\n"))
        let updated = try String(contentsOf: out.appendingPathComponent("2026-02-20-disk-full-2.md"), encoding: .utf8)
        #expect(updated.contains("The WAL volume filled up."))
        #expect(try Data(contentsOf: out.appendingPathComponent("2026-02-20-disk-full.md")) == notes)
        #expect(try files(in: out) == ["2026-02-20-disk-full-2.md", "2026-02-20-disk-full.md"])
    }

    @Test func badRequestsFailClearlyAndWriteNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let root = try knowledgeBase(in: folder, holding: [Self.incident("pm-export0001", title: "One")])
        try Data("not a folder".utf8).write(to: root.appendingPathComponent("file"))

        let unknown = try PMProcess.run(["export", "pm-export0001", "pm-nope", "--out", "out"], in: root)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no incident with id 'pm-nope'"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))

        let both = try PMProcess.run(["export", "pm-export0001", "--all"], in: root)
        #expect(both.status != 0 && both.stderr.contains("not both"))
        let neither = try PMProcess.run(["export"], in: root)
        #expect(neither.status != 0 && neither.stderr.contains("--all"))

        let notAFolder = try PMProcess.run(["export", "--all", "--out", "file"], in: root)
        #expect(notAFolder.status == 1)
        #expect(notAFolder.stderr.contains("is a file, not a folder"))

        let noBase = try PMProcess.run(["export", "--all"], in: folder.url)
        #expect(noBase.status == 2)
    }
}
