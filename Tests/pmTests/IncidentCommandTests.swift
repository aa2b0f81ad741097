import Foundation
import PostmortemKit
import PostmortemStore
import Testing

/// `pm show`, `pm delete` and `pm backup` on a real knowledge base made by `pm init`.
@Suite struct IncidentCommandTests {
    static let incident = Incident(
        id: "pm-showtest01", title: "Disk full on db-01", date: Day(year: 2026, month: 2, day: 20),
        severity: Severity(label: "SEV2", level: 2), status: IncidentStatus(label: "Resolved"),
        services: ["postgres"], summary: "WAL filled the disk.",
        timeline: [TimelineEvent(time: "14:02", event: "Alert fired", outcome: .warning)],
        rootCause: "Archiving was blocked.", whys: [Why(question: "Why?", answer: "Because.")],
        actionItems: [ActionItem(text: "Alert on PVC usage", owner: "sre", priority: Priority(label: "P1", level: 1))],
        lessons: [Lesson(text: "Bump the backup path", kind: .learned)])

    func knowledgeBase() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        #expect(try PMProcess.run(["init", "kb"], in: folder.url).status == 0)
        let root = folder.url.appendingPathComponent("kb")
        let store = try IncidentStore(path: root.appendingPathComponent(".pm/store.sqlite").path)
        try store.save(Self.incident)
        try store.close()
        return (folder, root)
    }

    @Test func showPrintsTheJSONContract() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let result = try PMProcess.run(["show", "pm-showtest01", "--format", "json"], in: root)

        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let contract = [
            "id", "kind", "title", "date", "severity", "status", "services", "summary", "timeline", "rootCause",
            "whys", "impact", "actionItems", "lessons", "volumeMappings", "failureModes", "procedure",
            "troubleshooting", "sections",
        ]
        #expect(Set(contract).isSubset(of: Set(object.keys)))
        #expect(object["date"] as? String == "2026-02-20")
        #expect(object["kind"] as? String == "incident")
        let severity = try #require(object["severity"] as? [String: Any])
        #expect(severity["label"] as? String == "SEV2" && severity["level"] as? Int == 2)
        let action = try #require((object["actionItems"] as? [[String: Any]])?.first)
        #expect(action["priority"] as? String == "P1" && action["priorityLevel"] as? Int == 1)
        #expect(action["status"] as? String == "open")
        let event = try #require((object["timeline"] as? [[String: Any]])?.first)
        #expect(event["outcome"] as? String == "warning")
        #expect(event["at"] is NSNull)
        let decoded = try JSONDecoder().decode(Incident.self, from: Data(result.stdout.utf8))
        #expect(decoded == Self.incident)
    }

    @Test func showAsTextAndMarkdown() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        let text = try PMProcess.run(["show", "pm-showtest01"], in: root)
        let markdown = try PMProcess.run(["show", "pm-showtest01", "--format", "markdown"], in: root)

        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Disk full on db-01\n"))
        #expect(text.stdout.contains("severity  SEV2 (level 2)"))
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("---\nid: pm-showtest01\ntitle: Disk full on db-01\ndate: 2026-02-20\n"))
        #expect(
            markdown.stdout.contains(
                "\n## Timeline\n\n| Time | At | Event | Outcome |\n|---|---|---|---|\n| 14:02 | ? | Alert fired | ⚠️ |\n"
            ),
            "the event's time is unknown although `14:02` reads as a time: the At column says so")
    }

    @Test func showAndDeleteOfAnUnknownIDFailClearly() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        for command in [["show", "pm-nope"], ["delete", "pm-nope"]] {
            let result = try PMProcess.run(command, in: root)
            #expect(result.status == 1)
            #expect(result.stderr.contains("no incident with id 'pm-nope'"))
        }
    }

    @Test func deleteRemovesTheIncident() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }

        #expect(try PMProcess.run(["delete", "pm-showtest01"], in: root).status == 0)

        let list = try PMProcess.run(["list", "--format", "json"], in: root)
        #expect(list.stdout == "{\n  \"incidents\" : [\n\n  ]\n}\n")
    }

    @Test func backupWritesAStoreThatOpensAndNeverOverwrites() throws {
        let (folder, root) = try knowledgeBase()
        defer { folder.remove() }
        let target = folder.url.appendingPathComponent("copy.sqlite")

        let first = try PMProcess.run(["backup", target.path], in: root)
        let second = try PMProcess.run(["backup", target.path], in: root)

        #expect(first.status == 0, "\(first.stderr)")
        #expect(try IncidentStore(path: target.path).fetch("pm-showtest01") == Self.incident)
        #expect(second.status == 1)
        #expect(!second.stderr.isEmpty)
    }
}
