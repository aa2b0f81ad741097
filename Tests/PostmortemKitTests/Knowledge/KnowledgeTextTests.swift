import Testing

@testable import PostmortemKit

@Suite struct KnowledgeTextTests {
    typealias F = KnowledgeFixtures

    @Test func rendersTheLessonIndex() {
        let index = LessonIndex(statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy)

        #expect(
            KnowledgeText.lessons(index) == """
                Disk full (disk-full) — 1 lesson from 2 incidents
                  - Monitor PVC utilization for database pods.
                    pm-a, pm-d

                WAL archive conflict (wal-archive-conflict) — 1 lesson from 2 incidents
                  - \(F.bumpLesson)
                    pm-a, pm-b

                Unclassified — 1 lesson from 1 incident
                  - [wentWell] Automated backups saved the day
                    pm-c

                """)
    }

    @Test func rendersTheLessonIndexAsMarkdown() {
        let index = LessonIndex(
            statements: F.statements, incidents: F.facts, taxonomy: F.taxonomy, only: ["pm-b", "pm-c"])
        let titles = Dictionary(uniqueKeysWithValues: F.all.map { ($0.id, $0.title) })

        #expect(
            KnowledgeText.lessonsMarkdown(index, titles: titles, heading: "Lessons") == """
                # Lessons

                ## WAL archive conflict (`wal-archive-conflict`)

                - "Expected empty archive": \(F.bumpFix) *(troubleshooting)* — `pm-b` CNPG disaster recovery

                ## Unclassified

                - Automated backups saved the day *(went well)* — `pm-c` Database loss

                """)
    }

    @Test func rendersTheActionBoard() throws {
        let board = ActionBoard(
            items: F.actionItems, incidents: F.facts, grouping: .incident, today: try #require(Day(iso: "2026-02-28")))

        #expect(
            KnowledgeText.actions(board) == """
                pm-a  2026-02-20  Immich WAL archive failure — 2 actions, 1 open, 1 done, 1 repeated
                  - [open] P1 Add alerting on PVC usage at 80 % and 90 % (owner: Aiko) (due 2026-03-01) (repeat: also in pm-d)
                  - [done] P2 Document the restore procedure (owner: marco) (due 2026-02-25)

                pm-d  2026-01-10  Photos volume full — 2 actions, 0 open, 1 in progress, 1 done, 1 overdue, 1 repeated
                  - [done] P1 Add alerting on PVC usage at 80% and 90% (owner: aiko ) (repeat: also in pm-a)
                  - [inProgress] Rotate the backup credentials (due 2026-01-20, OVERDUE)

                pm-c  2025-11-27  Database loss — 1 action, 1 open, 0 done
                  - [open] P2 Create deployment checklist (owner: Backlog)

                5 actions, 2 open, 1 in progress, 2 done, 1 overdue, 2 repeated in 3 groups

                """)
    }

    @Test func rendersStatsWithoutAMean() {
        let metrics = Dictionary(uniqueKeysWithValues: F.all.map { ($0.id, IncidentMetrics($0)) })
        let stats = IncidentStats(
            incidents: F.facts, metrics: metrics, actions: [.open: 2, .inProgress: 1, .done: 2], taxonomy: F.taxonomy)

        #expect(
            KnowledgeText.stats(stats) == """
                3 incidents (0 undated), 1 near miss, 1 runbook

                Incidents per month
                  2025-11  1
                  2025-12  0
                  2026-01  1
                  2026-02  1

                By severity
                  SEV2  2
                  none  1

                By failure mode
                  Disk full             2
                  WAL archive conflict  1

                By service
                  Immich  2

                Time to detect (1 incident with one)
                  median 10 min, p90 10 min, range 10 min – 10 min
                  under 15 min        1  ##############################
                  15 min – 1 h        0
                  1 – 4 h             0
                  4 – 24 h            0
                  1 – 7 days          0
                  7 days or more      0

                Time to resolve (2 incidents with one)
                  median 1 h, p90 2 h, range 1 h – 2 h
                  under 15 min        0
                  15 min – 1 h        0
                  1 – 4 h             2  ##############################
                  4 – 24 h            0
                  1 – 7 days          0
                  7 days or more      0

                Action items: 5 — 2 open, 1 in progress, 2 done, 0 won't do

                """)
    }

    @Test(arguments: [(3.0, "3"), (4.5, "4.5"), (1.27, "1.27"), (0.5, "0.5"), (2.05, "2.05")])
    func scoresLoseTrailingZeros(value: Double, text: String) {
        #expect(KnowledgeText.number(value) == text)
    }
}
