import Foundation
import PostmortemKit

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pm-store-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names of the files in the folder, sorted.
    func fileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Incidents for the store's tests.
enum Fixtures {
    /// An incident that sets every field, with non-ASCII text, and one marker word per
    /// indexed part (see `IncidentStoreSearchTests`).
    static func richIncident(id: IncidentID = "pm-rich000001") throws -> Incident {
        let day = try require(Day(iso: "2026-02-20"))
        return Incident(
            id: id,
            kind: .incident,
            title: "Zanzibar: Immich lost its photos — données perdues",
            date: day,
            detected: Timestamp(day: day, hour: 14, minute: 2, second: 9, utcOffsetMinutes: 0),
            resolved: Timestamp(day: try require(Day(iso: "2026-02-21")), hour: 9, utcOffsetMinutes: 60),
            severity: Severity(label: "SEV1 – kritisch", level: 1),
            status: IncidentStatus(label: "Résolu"),
            authors: ["Zoë Müller", "李雷"],
            services: ["Immich", "nas-01", "PostgreSQL"],
            environment: "homelab / k3s",
            tags: ["storage", "backup", "日本語"],
            summary: "The quokka deployment provisioned an empty volume; photos vanished.",
            timeline: [
                TimelineEvent(
                    time: "Sat 01:28", at: Timestamp(day: day, hour: 1, minute: 28), precision: .exact,
                    event: "Upgrade started by the **xylophone** job", outcome: .success,
                    extra: [Field(name: "Who", value: "Zoë"), Field(name: "Notes", value: "")]),
                TimelineEvent(
                    time: "~Feb 15 – Feb 20", at: Timestamp(day: try require(Day(iso: "2026-02-15"))),
                    end: Timestamp(day: day), precision: .range, event: "Nobody noticed ❌", outcome: .failure),
                TimelineEvent(time: "??", event: "Unknown time, no outcome"),
            ],
            rootCause: "A marmalade of renamed claims: the PVC name changed, so a new volume was made.",
            contributingFactors: ["No restore test", "Alerts went to an unread channel"],
            whys: [
                Why(question: "Why were photos missing?", answer: "The pelican volume was new and empty."),
                Why(question: "Why was it new?", answer: "The claim's name changed."),
            ],
            impact: Impact(
                items: ["2 days of photos hidden", "Family upset 😢"], usersAffected: 4, duration: "~11 hours",
                durationSeconds: 39_600, availability: "99.2%", dataLoss: "none"),
            actionItems: [
                ActionItem(
                    text: "Pin the saxophone claim names", owner: "Zoë", priority: Priority(label: "P1", level: 1),
                    status: .done, statusLabel: "✅ Done", due: try require(Day(iso: "2026-03-01")),
                    tracking: "JIRA-123"),
                ActionItem(text: "Add a restore drill"),
            ],
            lessons: [
                Lesson(text: "Tangerine rule: test restores, not backups.", kind: .learned),
                Lesson(text: "Snapshots existed", kind: .lucky),
                Lesson(text: "Alerting was quiet", kind: .wentWrong),
            ],
            volumeMappings: [
                VolumeMapping(
                    app: "immich", volume: "pvc-1145acca", size: "2Gi",
                    claim: "immich/immich-data-pvc", role: .data, dataRange: "Jan 1 – Feb 7",
                    extra: [Field(name: "Node", value: "nas-01")]),
                VolumeMapping(app: "immich-db", size: "a lot", role: .database),
            ],
            procedure: ["Scale the app to zero", "Restore the snapshot", "Scale back up"],
            troubleshooting: [
                TroubleshootingEntry(
                    symptom: "The walrus page shows no photos", cause: "Empty volume", fix: "Restore the snapshot")
            ],
            failureModes: [
                FailureModeMatch(id: "empty-volume-provisioned", evidence: "a new volume was made", score: 0.875),
                FailureModeMatch(id: "silent-alerts", evidence: "unread channel", score: 1),
            ],
            sections: [
                Section(heading: "Appendix ✨", markdown: "| a | b |\n|---|---|\n| 1 | 2 |\n"),
                Section(heading: "Notes", markdown: "Kept *verbatim*."),
            ],
            metadata: [Field(name: "reviewers", value: "ops-team"), Field(name: "Ticket", value: "OPS-9")],
            source: SourceInfo(path: "legacy/immich-2026-02.md", contentHash: "0123456789abcdef", encoding: "utf-8-bom")
        )
    }

    /// A small incident: a few parts, none of the rich one's marker words.
    static func smallIncident(id: IncidentID = "pm-rich000001") -> Incident {
        Incident(
            id: id, kind: .nearMiss, title: "Almost lost the photos", authors: ["Ops"],
            summary: "A near miss with the gazebo.", lessons: [Lesson(text: "Check volumes", kind: .wentWell)])
    }

    /// The incident the concurrent writer saves on its `n`th turn: `n % 7 + 1` lessons and
    /// action items, so a half-saved incident would show.
    static func loopIncident(_ n: Int) -> Incident {
        let parts = n % 7 + 1
        return Incident(
            id: IncidentID("pm-loop\(n % 20)"), title: "Loop incident \(n)",
            timeline: (0..<parts).map { TimelineEvent(time: "t\($0)", event: "event \($0) of \(n)") },
            actionItems: (0..<parts).map { ActionItem(text: "action \($0) of \(n)") },
            lessons: (0..<parts).map { Lesson(text: "lesson \($0) of \(n)") })
    }

    struct MissingValue: Error {}

    private static func require<T>(_ value: T?) throws -> T {
        guard let value else { throw MissingValue() }
        return value
    }
}
