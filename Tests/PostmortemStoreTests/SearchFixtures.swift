import PostmortemKit

/// A small knowledge base for the search tests: a runbook and incidents that quote, or
/// merely share the words of, two error messages.
enum SearchFixtures {
    static let runbook: IncidentID = "pm-runbook01"
    static let immich: IncidentID = "pm-immich001"
    static let diskFull: IncidentID = "pm-diskful01"
    static let noise: IncidentID = "pm-noise0001"
    static let certificate: IncidentID = "pm-certexp01"
    static let tortoiseTitle: IncidentID = "pm-tortoise1"
    static let tortoiseBody: IncidentID = "pm-tortoise2"

    static let all: [IncidentID] = [runbook, immich, diskFull, noise, certificate, tortoiseTitle, tortoiseBody]

    static func incidents() throws -> [Incident] {
        [
            Incident(
                id: runbook, kind: .runbook, title: "pgBackRest stanza runbook",
                summary: "Homelab runbook for the database backups.",
                procedure: ["Stop the application", "Run stanza-create"],
                troubleshooting: [
                    TroubleshootingEntry(
                        symptom: "stanza-create fails with ERROR: Expected empty archive",
                        cause: "The repository already holds WAL from an older cluster",
                        fix: "Bump the repository path version, then run stanza-create again")
                ]),
            Incident(
                id: immich, title: "Immich database restore failed", date: try day("2026-01-10"),
                severity: Severity(label: "SEV1", level: 1), services: ["Immich", "PostgreSQL"],
                summary: "After the move to the new homelab cluster the database would not start.",
                timeline: [
                    TimelineEvent(time: "10:02", event: "pgBackRest refused: Expected empty archive"),
                    TimelineEvent(time: "10:40", event: "Bumped the repository path to v2"),
                ],
                lessons: [Lesson(text: "Bump the backup path version after every restore")],
                failureModes: [FailureModeMatch(id: "wal-archive-conflict", evidence: "Expected empty", score: 0.9)]),
            Incident(
                id: diskFull, title: "Disk full on nas-01", date: try day("2025-11-02"),
                severity: Severity(label: "SEV2", level: 2), services: ["nas-01"],
                summary: "Homelab writes failed with No space left on device while the backup ran.",
                rootCause: "Old snapshots were never pruned.",
                failureModes: [FailureModeMatch(id: "disk-full", evidence: "No space left", score: 1)]),
            Incident(
                id: noise, title: "Monitoring noise after the upgrade", date: try day("2026-03-01"),
                severity: Severity(label: "SEV3", level: 3), services: ["Grafana"],
                summary: """
                    The homelab archive job was expected to be empty; no space was left for the device \
                    metrics on the left panel.
                    """),
            Incident(
                id: certificate, kind: .nearMiss, title: "Certificate expired on the ingress",
                date: try day("2026-02-14"), severity: Severity(label: "SEV4", level: 4), services: ["Traefik"],
                summary: "The homelab ingress served a stale chain for an hour.",
                lessons: [Lesson(text: "Alert fourteen days before any certificate expiry")]),
            Incident(
                id: tortoiseTitle, title: "Tortoise outage", date: try day("2025-06-01"),
                summary: "The homelab was down for a day."),
            Incident(
                id: tortoiseBody, title: "Slow responses", date: try day("2025-06-02"),
                summary: "The tortoise proxy answered slowly all day in the homelab."),
        ]
    }

    static func day(_ iso: String) throws -> Day {
        guard let day = Day(iso: iso) else { throw Fixtures.MissingValue() }
        return day
    }
}
