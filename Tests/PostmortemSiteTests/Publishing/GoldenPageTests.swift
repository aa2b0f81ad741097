import Foundation
import PostmortemKit
import Testing

@testable import PostmortemSite

/// One incident page and one index page compared whole with golden files in Golden/.
/// Regenerate with `PM_UPDATE_GOLDEN=1 swift test --filter GoldenPage` and review the diff.
@Suite struct GoldenPageTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static func incidents() throws -> [Incident] {
        let day = try SiteFixtures.day("2026-02-20")
        func at(_ hour: Int, _ minute: Int) -> Timestamp {
            Timestamp(day: day, hour: hour, minute: minute, utcOffsetMinutes: 0)
        }
        let main = Incident(
            id: "pm-golden0001", title: "Immich lost its photos after a PVC rename", date: day,
            detected: at(9, 12), resolved: at(13, 40), severity: Severity(label: "SEV2", level: 2),
            status: IncidentStatus(label: "resolved"), authors: ["Jane Doe"], services: ["Immich", "PostgreSQL"],
            environment: "homelab", tags: ["storage", "gitops"],
            summary: "The Helm release was renamed, so its PVCs were **new and empty** & Immich started fresh.",
            timeline: [
                TimelineEvent(time: "09:02", at: at(9, 2), precision: .exact, event: "Renamed the release in `flux`"),
                TimelineEvent(
                    time: "09:12", at: at(9, 12), precision: .exact, event: "Alert: uploads failing", outcome: .failure),
                TimelineEvent(
                    time: "10:30", at: at(10, 30), precision: .exact, event: "Old PV found as `Released`",
                    outcome: .warning, extra: [Field(name: "Who", value: "Jane")]),
                TimelineEvent(
                    time: "13:40", at: at(13, 40), precision: .exact, event: "Photos back", outcome: .success),
            ],
            rootCause:
                "The chart derives PVC names from the release name.\n\n## Details\n\nA new name meant new claims.",
            contributingFactors: ["No restore test"],
            whys: [Why(question: "Why were photos missing?", answer: "The volume was new.")],
            impact: Impact(items: ["Uploads failed for 4 hours"], usersAffected: 3, duration: "4 h 38 min"),
            actionItems: [
                ActionItem(
                    text: "Pin claim names with `existingClaim`", owner: "Jane",
                    priority: Priority(label: "P1", level: 1),
                    status: .open, due: try SiteFixtures.day("2026-03-01"), tracking: "OPS-42"),
                ActionItem(text: "Alert on empty volumes", status: .done),
            ],
            lessons: [
                Lesson(text: "A rename is a delete and a create", kind: .learned),
                Lesson(text: "Retain policy saved the data", kind: .wentWell),
            ],
            volumeMappings: [
                VolumeMapping(app: "immich", volume: "pvc-1a2b", size: "50Gi", claim: "immich/library")
            ],
            failureModes: [
                FailureModeMatch(id: "new-empty-volume", evidence: "its PVCs were **new and empty**", score: 0.9)
            ],
            sections: [Section(heading: "Notes", markdown: "Kept as written: <b>raw</b> HTML is dropped.")],
            metadata: [Field(name: "reviewed_by", value: "Sam")],
            source: SourceInfo(path: "postmortems/2026-02-20-immich.md", contentHash: "0", encoding: "utf-8"))
        let related = Incident(
            id: "pm-golden0002", title: "Paperless came back empty", date: try SiteFixtures.day("2024-01-05"),
            severity: Severity(label: "SEV3", level: 3), services: ["Paperless"],
            failureModes: [FailureModeMatch(id: "new-empty-volume", evidence: "empty archive", score: 1)])
        let runbook = Incident(
            id: "pm-golden0003", kind: .runbook, title: "Restore a PVC from a snapshot", services: ["Immich"],
            procedure: ["Scale the app to 0", "Restore the snapshot"])
        return [main, related, runbook]
    }

    @Test(arguments: ["incidents/pm-golden0001.html", "incidents/index.html"])
    func pageMatchesItsGolden(path: String) throws {
        let folder = try ScratchFolder()
        let (base, store) = try SiteFixtures.knowledgeBase(
            in: folder.url, incidents: try Self.incidents(), title: "Golden KB")
        try SiteFixtures.publish(base, store)
        let page = String(
            decoding: try Data(contentsOf: base.defaultSiteOutputURL.appendingPathComponent(path)), as: UTF8.self)
        let golden = Self.goldenFolder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "--"))
        if ProcessInfo.processInfo.environment["PM_UPDATE_GOLDEN"] == "1" {
            try Data(page.utf8).write(to: golden)
        }
        let expected = String(decoding: try Data(contentsOf: golden), as: UTF8.self)
        #expect(page == expected, "\(path) differs from \(golden.lastPathComponent); see the note above the suite")
    }
}
