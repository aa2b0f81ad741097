import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite struct LessonExtractorTests {
    @Test func sectionKindsGiveLessonKinds() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## Lessons Learned

            - Time is a dependency like DNS.

            ## What went well

            - The outbox lost no event.

            ## What could be improved

            - Nothing alerted on disk usage.

            ## Where we got lucky

            - It happened on a Friday afternoon.
            """)
        #expect(
            incident.lessons == [
                Lesson(text: "Time is a dependency like DNS.", kind: .learned),
                Lesson(text: "The outbox lost no event.", kind: .wentWell),
                Lesson(text: "Nothing alerted on disk usage.", kind: .wentWrong),
                Lesson(text: "It happened on a Friday afternoon.", kind: .lucky),
            ])
        #expect(incident.sections == [])
    }

    @Test func subHeadingsAndBoldLabelsInsideALessonsSection() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## Lessons

            ### What went well

            - Backups were fresh.

            **What went wrong:**

            - Detection took hours.
            """)
        #expect(
            incident.lessons == [
                Lesson(text: "Backups were fresh.", kind: .wentWell),
                Lesson(text: "Detection took hours.", kind: .wentWrong),
            ])
    }

    @Test func aProseParagraphIsOneLesson() throws {
        let incident = try ListFixtures.incident(
            "# Outage\n\n## Lessons learned\n\nCompaction is not defragmentation.\netcd can be full on disk.\n")
        #expect(
            incident.lessons == [
                Lesson(text: "Compaction is not defragmentation. etcd can be full on disk.", kind: .learned)
            ])
    }

    @Test func hardBrokenLinesWithMarkersAreOneLessonEach() throws {
        let incident = try ListFixtures.incident(
            "# Outage\n\n## What Went Well\n\n✅ **Automated backups** saved the day  \n✅ **Quick detection**  \n✅ **Full recovery**\n\n---\n"
        )
        #expect(
            incident.lessons == [
                Lesson(text: "**Automated backups** saved the day", kind: .wentWell),
                Lesson(text: "**Quick detection**", kind: .wentWell),
                Lesson(text: "**Full recovery**", kind: .wentWell),
            ])
        #expect(incident.sections == [])
    }

    @Test func aLabelInsideAnItemNamesItsKind() throws {
        let incident = try ListFixtures.incident(
            """
            # Panne

            ## Leçons apprises

            - Sans `fsid` fixe, tout remontage casse les clients.
            - Ce qui a bien marché : la communication sur le canal #incidents.
            """)
        #expect(
            incident.lessons == [
                Lesson(text: "Sans `fsid` fixe, tout remontage casse les clients.", kind: .learned),
                Lesson(text: "la communication sur le canal #incidents.", kind: .wentWell),
            ])
    }

    @Test func anIntroductionEndingInAColonStays() throws {
        let incident = try ListFixtures.incident(
            "# Outage\n\n## Lessons Learned\n\nWe took away three things:\n\n- Alerts need owners.\n")
        #expect(incident.lessons == [Lesson(text: "Alerts need owners.", kind: .learned)])
        #expect(incident.sections == [Section(heading: "Lessons Learned", markdown: "We took away three things:")])
    }

    @Test func lessonsAndActionsSplitStatementsFromActions() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## Lessons & Action Items

            - Changing the storage class of a database is a migration.
            - **Always bump the backup path** when recreating a cluster.
            - **Monitor PVC utilization** for database pods.
            - **HIGH** Alert on failed backups — DONE
            - [ ] Write the checklist
            """)
        #expect(
            incident.lessons == [
                Lesson(text: "Changing the storage class of a database is a migration.", kind: .learned),
                Lesson(text: "**Always bump the backup path** when recreating a cluster.", kind: .learned),
            ])
        #expect(
            incident.actionItems == [
                ActionItem(text: "**Monitor PVC utilization** for database pods."),
                ActionItem(
                    text: "Alert on failed backups", priority: Priority(label: "HIGH", level: 1), status: .done,
                    statusLabel: "DONE"),
                ActionItem(text: "Write the checklist", status: .open, statusLabel: "[ ]"),
            ])
    }

    @Test func canonicalLessonsReadBack() throws {
        let original = try ListFixtures.incident(
            "# Outage\n\n## What went well\n\n- Backups.\n\n## Where we got lucky\n\n- Friday.\n\n## Lessons\n\n- Own alerts.\n"
        )
        let again = try ListFixtures.incident(CanonicalWriter.markdown(for: original))
        // The canonical format keeps the lessons' order, a group heading each time the kind changes.
        #expect(again.lessons == original.lessons)
    }

    @Test func nothingOfTheLessonsIsLost() throws {
        let body = """
            Compaction is not defragmentation.

            - Ce qui a bien marché : la communication.
            - **Monitor PVC utilization** for database pods.

            ⚠️ **Earlier detection** (11h delay is too long)  
            ⚠️ **Better monitoring**
            """
        let incident = try ListFixtures.incident("# Outage\n\n## Lessons Learned & Action Items\n\n" + body)
        #expect(incident.lessons.count == 4)
        #expect(incident.actionItems.count == 1)
        #expect(ListFixtures.lostWords(of: body, in: incident) == [])
    }

    // MARK: - Seeds (EXPECTED.md)

    @Test(.enabled(if: ListFixtures.seedsExist)) func seed001LessonsAndFollowUpActions() throws {
        let incident = try ListFixtures.seed("001")
        #expect(incident.lessons.count + incident.actionItems.count == 3)
        #expect(
            incident.lessons == [
                Lesson(
                    text:
                        "**Always bump the backup path version** (e.g., `v1` -> `v2`) when recreating a CNPG cluster to avoid system ID conflicts and archiving failures.",
                    kind: .learned)
            ])
        #expect(
            incident.actionItems.map(\.text) == [
                "**Monitor PVC utilization** for database pods to catch WAL accumulation before it leads to a full disk outage.",
                "**Verify WAL archiving status** (`kubectl cnpg status <cluster-name>`) after any cluster recreation or backup configuration change.",
            ])
        #expect(incident.actionItems.allSatisfy { $0.status == .open && $0.owner == nil })
        #expect(!incident.sections.contains { $0.heading.contains("Lessons") })
    }

    @Test(.enabled(if: ListFixtures.seedsExist)) func seed003FourWentWellFourToImprove() throws {
        let lessons = try ListFixtures.seed("003").lessons
        #expect(lessons.filter { $0.kind == .wentWell }.count == 4)
        #expect(lessons.filter { $0.kind == .wentWrong }.count == 4)
        #expect(lessons.count == 8)
        #expect(
            lessons.first
                == Lesson(text: "**Automated backups** saved the day (backup from 06:00 was fresh)", kind: .wentWell))
    }

    // MARK: - Corpus (docs/CORPUS.md)

    struct Expectation: Sendable, CustomTestStringConvertible {
        var path: String
        var learned: Int
        var wentWell = 0
        var wentWrong = 0
        var lucky = 0
        var testDescription: String { path }
    }

    static let corpusLessons: [Expectation] = [
        .init(path: "legacy/OUTAGE-2019-07.txt", learned: 2),
        .init(path: "legacy/wiki/DNS-Resolution-Outage-Nov-2019", learned: 1),
        .init(path: "2020-02-14-kafka-broker-disk-full.md", learned: 0, wentWell: 2, wentWrong: 3, lucky: 2),
        .init(path: "2020-06-03-etcd-database-space-exceeded.md", learned: 1),
        .init(path: "2020-10-21-clock-skew-keycloak-ceph.md", learned: 2),
        .init(path: "2021-03-10-ingress-nginx-bad-snippet-deploy.md", learned: 2),
        .init(path: "fr/2021-03-12-expiration-certificats-tls.md", learned: 3),
        .init(path: "2021-04-18-redis-session-store-oom.md", learned: 3),
        .init(path: "2021-09-07-terraform-s3-lifecycle-deleted-backups.md", learned: 3),
        .init(
            path: "homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md", learned: 0, wentWell: 2,
            wentWrong: 2),
        .init(path: "fr/2022-10-05-panne-nfs-nas.md", learned: 3, wentWell: 1),
        .init(path: "2022-07-19-security-leaked-s3-access-key.md", learned: 3),
        .init(path: "homelab/2022-12-03-pihole-unbound-dns-outage.md", learned: 2),
        .init(path: "de/2023-05-08-zfs-pool-degraded.md", learned: 3),
        .init(path: "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md", learned: 2),
        .init(path: "2023-09-26-pgbackrest-staging-archived-into-prod-repo.md", learned: 2),
        .init(path: "de/2024-02-19-ceph-osd-nearfull-readonly.md", learned: 3),
        .init(path: "blog/2024-06-11-metallb-bgp-sessions-flapping.md", learned: 2),
        .init(path: "homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", learned: 2, lucky: 1),
        .init(path: "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md", learned: 2),
        .init(path: "2025-03-14-vaultwarden-nfs-mount-missing.md", learned: 0, wentWell: 3, wentWrong: 4),
        .init(path: "homelab/2025-08-09-loki-pvc-full-slack.md", learned: 1),
        .init(path: "2025-11-04-keycloak-oomkilled-after-upgrade.md", learned: 2),
        .init(path: "2026-03-03-dispatch-migration-table-lock.md", learned: 2),
    ]

    /// Counts over every incident of the document (see the action-item corpus test).
    @Test(arguments: corpusLessons) func corpusLessonCounts(_ expected: Expectation) throws {
        let lessons = try ListFixtures.corpus(expected.path).flatMap(\.lessons)
        #expect(lessons.filter { $0.kind == .learned }.count == expected.learned)
        #expect(lessons.filter { $0.kind == .wentWell }.count == expected.wentWell)
        #expect(lessons.filter { $0.kind == .wentWrong }.count == expected.wentWrong)
        #expect(lessons.filter { $0.kind == .lucky }.count == expected.lucky)
    }

    @Test func combinedSectionKeepsItsStatementsAsLessons() throws {
        let incidents = try ListFixtures.corpus("homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md")
        #expect(
            incidents.flatMap(\.lessons).first
                == Lesson(text: "Changing the storage class of a database is a migration, never a one-line edit."))
    }
}
