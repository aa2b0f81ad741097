import PostmortemKit

/// A small knowledge base shaped like the seeds: a WAL-archive incident (a), a runbook that
/// states its lesson as a troubleshooting fix (b), an unclassified incident (c), a disk-full
/// incident repeating a lesson and an action of (a) (d) and a near miss (n).
enum KnowledgeFixtures {
    static let bumpLesson =
        "**Always bump the backup path version** (e.g., `v1` -> `v2`) when recreating a CNPG cluster to avoid "
        + "system ID conflicts and archiving failures."
    static let bumpFix = "Bump `serverName` to next version (e.g. `-v1` → `-v2`)."

    static func day(_ text: String) -> Day? { Day(iso: text) }

    static func at(_ text: String) -> Timestamp? { Timestamp(iso: text) }

    static let taxonomy: Taxonomy = {
        let modes: [FailureMode] = [
            FailureMode(
                id: "wal-archive-conflict", name: "WAL archive conflict", category: .backup,
                patterns: [FailureModePattern("wal archive")]),
            FailureMode(
                id: "disk-full", name: "Disk full", category: .storage, patterns: [FailureModePattern("disk full")]),
            FailureMode(
                id: "gitops-reconciler-deleted", name: "GitOps deleted it", category: .automation,
                patterns: [FailureModePattern("flux deleted")]),
        ]
        return (try? Taxonomy(modes: modes)) ?? .empty
    }()

    static let a = Incident(
        id: "pm-a", title: "Immich WAL archive failure", date: day("2026-02-20"),
        severity: Severity(label: "SEV2", level: 2), services: ["Immich"],
        timeline: [
            TimelineEvent(time: "09:00", at: at("2026-02-20T09:00"), precision: .exact, event: "Cluster recreated"),
            TimelineEvent(
                time: "09:10", at: at("2026-02-20T09:10"), precision: .exact, event: "Disk alert fires, pages Aiko"),
            TimelineEvent(
                time: "10:00", at: at("2026-02-20T10:00"), precision: .exact, event: "Archiving resumed, restored"),
        ],
        actionItems: [
            ActionItem(
                text: "Add alerting on PVC usage at 80 % and 90 %", owner: "Aiko", priority: Priority(parsing: "P1"),
                status: .open, due: day("2026-03-01")),
            ActionItem(
                text: "Document the restore procedure", owner: "marco", priority: Priority(parsing: "P2"),
                status: .done, due: day("2026-02-25")),
        ],
        lessons: [Lesson(text: bumpLesson), Lesson(text: "Monitor PVC utilization for database pods.")],
        volumeMappings: [VolumeMapping(app: "immich-upload", volume: "pvc-2bc0b363", claim: "immich-stage/upload")],
        failureModes: [
            FailureModeMatch(id: "wal-archive-conflict", evidence: "", score: 1),
            FailureModeMatch(id: "disk-full", evidence: "", score: 0.9),
        ])

    static let b = Incident(
        id: "pm-b", kind: .runbook, title: "CNPG disaster recovery", services: ["CNPG"],
        troubleshooting: [
            TroubleshootingEntry(symptom: "\"Expected empty archive\"", cause: "Old WALs.", fix: bumpFix),
            TroubleshootingEntry(symptom: "Pending pod", cause: "PVC still deleting", fix: " "),
        ],
        failureModes: [
            FailureModeMatch(id: "wal-archive-conflict", evidence: "", score: 0.9),
            FailureModeMatch(id: "gitops-reconciler-deleted", evidence: "", score: 0.8),
        ])

    static let c = Incident(
        id: "pm-c", title: "Database loss", date: day("2025-11-27"), severity: Severity(label: "HIGH", level: 2),
        actionItems: [
            ActionItem(text: "Create deployment checklist", owner: "Backlog", priority: Priority(parsing: "P2"))
        ],
        lessons: [Lesson(text: "Automated backups saved the day", kind: .wentWell)])

    static let d = Incident(
        id: "pm-d", title: "Photos volume full", date: day("2026-01-10"), services: ["immich "],
        impact: Impact(duration: "2 hours", durationSeconds: 7_200),
        actionItems: [
            ActionItem(
                text: "Add alerting on PVC usage at 80% and 90%", owner: "aiko ", priority: Priority(parsing: "P1"),
                status: .done),
            ActionItem(text: "Rotate the backup credentials", status: .inProgress, due: day("2026-01-20")),
        ],
        lessons: [Lesson(text: "Monitor PVC utilization for database pods")],
        failureModes: [FailureModeMatch(id: "disk-full", evidence: "", score: 1)])

    static let n = Incident(
        id: "pm-n", kind: .nearMiss, title: "Almost filled the disk", date: day("2026-02-01"),
        failureModes: [FailureModeMatch(id: "disk-full", evidence: "", score: 1)])

    static let all = [a, b, c, d, n]
    static var facts: [IncidentFacts] { all.map(IncidentFacts.init) }
    static var statements: [LessonStatement] { all.flatMap(LessonStatement.statements(of:)) }
    static var actionItems: [ActionBoard.Item] { all.flatMap(ActionBoard.Item.items(of:)) }
}
