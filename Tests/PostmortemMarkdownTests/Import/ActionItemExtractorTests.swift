import Foundation
import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite struct ActionItemExtractorTests {
    private func items(_ body: String, heading: String = "Action Items") throws -> [ActionItem] {
        try ListFixtures.incident("# Outage\n\n**Date:** 2021-03-10\n\n## \(heading)\n\n" + body).actionItems
    }

    private func day(_ iso: String) -> Day? { Day(iso: iso) }

    // MARK: - Tables

    @Test func tableWithBoldHeadersInAnyOrder() throws {
        let body = """
            | **Action** | **Owner** | **Priority** | **Due** | **Status** |
            |---|---|---|---|---|
            | Re-enable the `webhook` | Tomasz | P1 | 2021-03-17 | Done |
            | Alert on reloads | — | P2 | 2021-03-31 | In progress |
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Re-enable the `webhook`", owner: "Tomasz", priority: Priority(label: "P1", level: 1),
                    status: .done, statusLabel: "Done", due: day("2021-03-17")),
                ActionItem(
                    text: "Alert on reloads", priority: Priority(label: "P2", level: 2), status: .inProgress,
                    statusLabel: "In progress", due: day("2021-03-31")),
            ])
    }

    @Test func googleSRETableKeepsTypeInTheTextAndReadsDoneFromTheBugCell() throws {
        let body = """
            | Action Item | Type | Owner | Bug |
            |---|---|---|---|
            | Expand broker volumes | mitigate | Marco | PLAT-1184 **DONE** |
            | Add a size panel | detect | Aiko | PLAT-1185 |
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Expand broker volumes (Type: mitigate)", owner: "Marco", status: .done,
                    statusLabel: "DONE", tracking: "PLAT-1184"),
                ActionItem(text: "Add a size panel (Type: detect)", owner: "Aiko", tracking: "PLAT-1185"),
            ])
    }

    @Test func numberingColumnIsDroppedAndUnreadableDueIsKept() throws {
        let body = """
            | # | Item | Priority | Due |
            |---|---|---|---|
            | 1 | **Enable backups** — nightly | High | next sprint |
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "**Enable backups** — nightly (Due: next sprint)", priority: Priority(label: "High", level: 1)
                )
            ])
    }

    @Test func frenchAndGermanHeaders() throws {
        let french = try items(
            """
            | Priorité | Action | Responsable | Échéance | Statut |
            |---|---|---|---|---|
            | P0 | Supprimer `Replace=true` | Camille Rousseau | 12/03/2021 | Fait |
            | P2 | Relire les charts | Inès Benali | 31/03/2021 | À faire |
            """, heading: "Actions correctives")
        #expect(
            french == [
                ActionItem(
                    text: "Supprimer `Replace=true`", owner: "Camille Rousseau",
                    priority: Priority(label: "P0", level: 0),
                    status: .done, statusLabel: "Fait", due: day("2021-03-12")),
                ActionItem(
                    text: "Relire les charts", owner: "Inès Benali", priority: Priority(label: "P2", level: 2),
                    status: .open, statusLabel: "À faire", due: day("2021-03-31")),
            ])
        let german = try items(
            """
            | Priorität | Maßnahme | Verantwortlich | Status | Fällig |
            |---|---|---|---|---|
            | Hoch | Balancer aktivieren | Jörg Käfer | Erledigt | 20.02.2024 |
            """, heading: "Maßnahmen")
        #expect(
            german == [
                ActionItem(
                    text: "Balancer aktivieren", owner: "Jörg Käfer", priority: Priority(label: "Hoch", level: 1),
                    status: .done, statusLabel: "Erledigt", due: day("2024-02-20"))
            ])
    }

    @Test func actionTableAnywhereIsRecognisedByItsHeader() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## Follow-through notes

            | Task | Assignee | Status |
            |---|---|---|
            | Rotate the key | Priya | open |
            """)
        #expect(incident.actionItems == [ActionItem(text: "Rotate the key", owner: "Priya", status: .open)])
        #expect(incident.sections == [])
    }

    @Test func tableWithoutActionColumnIsNotAnActionTable() {
        #expect(!ActionItemExtractor().accepts(header: ["Time", "Event", "Who"]))
        #expect(!ActionItemExtractor().accepts(header: ["Time", "Action", "Consequence"]))
        #expect(ActionItemExtractor().accepts(header: ["#", "Item", "Priority"]))
    }

    // MARK: - Lists

    @Test func taskBoxesWithOwnersAndTickets() throws {
        let body = """
            - [x] Fix `feature-flag-sync` to skip no-op updates (Aiko, PR #212)
            - [ ] Alert on etcd size (Dele)
            - [ ] Zweite SSD tauschen (Lukas Bräuer, bis 31.05.2023)
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Fix `feature-flag-sync` to skip no-op updates", owner: "Aiko", status: .done,
                    statusLabel: "[x]", tracking: "PR #212"),
                ActionItem(text: "Alert on etcd size", owner: "Dele", status: .open, statusLabel: "[ ]"),
                ActionItem(
                    text: "Zweite SSD tauschen", owner: "Lukas Bräuer", status: .open, statusLabel: "[ ]",
                    due: day("2023-05-31")),
            ])
    }

    @Test func priorityAndStatusPrefixes() throws {
        let body = """
            - **HIGH** Page on Ceph `MON_CLOCK_SKEW` (network team)
            - P1: Replace kube-dns (owner Tomasz)
            - DONE: Trailing dots on partner hostnames
            - [TODO] Organisation policy: forks may not be public (GitHub enterprise setting)
            - Documentation: write the runbook
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Page on Ceph `MON_CLOCK_SKEW`", owner: "network team",
                    priority: Priority(label: "HIGH", level: 1)),
                ActionItem(text: "Replace kube-dns", owner: "Tomasz", priority: Priority(label: "P1", level: 1)),
                ActionItem(text: "Trailing dots on partner hostnames", status: .done, statusLabel: "DONE"),
                ActionItem(
                    text: "Organisation policy: forks may not be public (GitHub enterprise setting)", status: .open,
                    statusLabel: "TODO"),
                ActionItem(text: "Documentation: write the runbook"),
            ])
    }

    @Test func trailingOwnerAndStatus() throws {
        let body = """
            1. Monitor every certificate (blackbox exporter, alert at 21 days) - Tomasz - done
            2. Lower the 5xx alert to 5 minutes -
               Dele - open
            3. P0: `SET lock_timeout` in the migration Job (Dele) — done
            4. **HIGH** Add alerting on PVC usage (third time) — TODO
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Monitor every certificate (blackbox exporter, alert at 21 days)", owner: "Tomasz",
                    status: .done),
                ActionItem(text: "Lower the 5xx alert to 5 minutes", owner: "Dele", status: .open),
                ActionItem(
                    text: "`SET lock_timeout` in the migration Job", owner: "Dele",
                    priority: Priority(label: "P0", level: 0), status: .done),
                ActionItem(
                    text: "Add alerting on PVC usage (third time)", priority: Priority(label: "HIGH", level: 1),
                    status: .open, statusLabel: "TODO"),
            ])
    }

    @Test func listItemWithCodeIsKeptVerbatim() throws {
        let body = "1. **Pre-deployment backup:**\n   ```bash\n   backup.sh\n   ```\n"
        let incident = try ListFixtures.incident("# Outage\n\n## Action Items\n\n" + body)
        #expect(incident.actionItems == [])
        #expect(incident.sections.map(\.heading) == ["Action Items"])
    }

    @Test func listsInAnotherActionSectionStayWhenTheIncidentHasAnActionTable() throws {
        let incident = try ListFixtures.incident(
            """
            # Outage

            ## Prevention Measures

            1. ✅ **Fixed project names** in compose files

            ## Action Items

            | Priority | Action | Owner | Status |
            |---|---|---|---|
            | P0 | Fix project names | Sam | ✅ DONE |
            """)
        #expect(
            incident.actionItems == [
                ActionItem(
                    text: "Fix project names", owner: "Sam", priority: Priority(label: "P0", level: 0), status: .done,
                    statusLabel: "✅ DONE")
            ])
        #expect(
            incident.sections == [
                Section(heading: "Prevention Measures", markdown: "1. ✅ **Fixed project names** in compose files")
            ])
    }

    @Test func lessonParagraphInAnActionSection() throws {
        let incident = try ListFixtures.incident(
            "# Outage\n\n**Follow-ups:**\n\n- [x] retention 30 days\n\nLesson: we keep writing down the same alert.\n")
        #expect(incident.actionItems == [ActionItem(text: "retention 30 days", status: .done, statusLabel: "[x]")])
        #expect(incident.lessons == [Lesson(text: "we keep writing down the same alert.", kind: .learned)])
    }

    @Test func canonicalActionTableReadsBack() throws {
        let original = try ListFixtures.incident(
            """
            # Outage

            **Date:** 2021-03-10

            ## Action Items

            - [x] Fix the webhook (Aiko, PR #212)
            - P2: Alert on reloads (owner Dele)
            """)
        var edited = original
        edited.actionItems[1].status = .inProgress
        edited.actionItems[1].due = Day(iso: "2021-03-31")
        let again = try ListFixtures.incident(CanonicalWriter.markdown(for: edited))
        #expect(again.actionItems == edited.actionItems)
    }

    @Test func nothingOfTheActionsIsLost() throws {
        let body = """
            - [x] Fix `sync` to skip no-op updates (Aiko, PR #212)
            - **HIGH** Add alerting on PVC usage (yes, that one) — TODO
            - DONE: Extra full backups to `dr` (eu-central-1)

            | Action Item | Type | Owner | Bug |
            |---|---|---|---|
            | Expand broker volumes | mitigate | Marco | PLAT-1184 **DONE** |
            """
        let incident = try ListFixtures.incident("# Outage\n\n## Action Items\n\n" + body)
        #expect(incident.actionItems.count == 4)
        #expect(ListFixtures.lostWords(of: body, in: incident) == [])
    }

    // MARK: - Seeds (EXPECTED.md)

    @Test(.enabled(if: ListFixtures.seedsExist)) func seed002FiveItemsFromTheNumberedTable() throws {
        let incident = try ListFixtures.seed("002")
        #expect(incident.actionItems.count == 5)
        #expect(incident.actionItems.map { $0.priority?.label } == ["High", "High", "Medium", "Medium", "Low"])
        #expect(incident.actionItems.allSatisfy { $0.owner == nil })
        #expect(incident.actionItems.first?.text.hasPrefix("**Enable CNPG scheduled base backups** —") == true)
    }

    @Test(.enabled(if: ListFixtures.seedsExist)) func seed003SevenItemsFromTheTable() throws {
        let items = try ListFixtures.seed("003").actionItems
        #expect(items.count == 7)
        #expect(items.map { $0.priority?.label } == ["P0", "P0", "P0", "P1", "P1", "P2", "P2"])
        #expect(Set(items.compactMap(\.owner)) == ["AI Assistant", "Backlog"])
        #expect(items.filter { $0.status == .done }.count == 4)
        #expect(items.filter { $0.status == .open }.count == 3)
        #expect(items.map(\.text).contains("Implement volume change alerts"))
    }

    // MARK: - Corpus (docs/CORPUS.md)

    struct Expectation: Sendable, CustomTestStringConvertible {
        var path: String
        var count: Int
        var done: Int
        var inProgress = 0
        var priorities: [String?]? = nil
        var owners: [String?]? = nil
        var dues: [String?]? = nil
        var testDescription: String { path }
    }

    static let corpusActions: [Expectation] = [
        .init(
            path: "legacy/OUTAGE-2019-07.txt", count: 4, done: 3, owners: ["Tomasz", "Priya", "Priya", "Dele"]),
        .init(
            path: "legacy/wiki/DNS-Resolution-Outage-Nov-2019", count: 4, done: 1, priorities: ["P1", "P1", "P2", nil]),
        .init(path: "2020-02-14-kafka-broker-disk-full.md", count: 5, done: 2),
        .init(
            path: "2020-06-03-etcd-database-space-exceeded.md", count: 5, done: 2,
            owners: ["Aiko", "Dele", "Dele", "Priya", "Dele"]),
        .init(
            path: "2020-10-21-clock-skew-keycloak-ceph.md", count: 5, done: 0,
            priorities: ["HIGH", "HIGH", "MEDIUM", "MEDIUM", "LOW"]),
        .init(
            path: "2021-03-10-ingress-nginx-bad-snippet-deploy.md", count: 4, done: 2, inProgress: 1,
            priorities: ["P1", "P1", "P2", "P2"], dues: ["2021-03-17", "2021-03-17", "2021-04-15", "2021-03-31"]),
        .init(
            path: "fr/2021-03-12-expiration-certificats-tls.md", count: 5, done: 2, inProgress: 1,
            priorities: ["P0", "P1", "P1", "P2", "P2"],
            dues: ["2021-03-12", "2021-03-19", "2021-03-19", "2021-03-31", "2021-03-31"]),
        .init(
            path: "2021-04-18-redis-session-store-oom.md", count: 5, done: 2, inProgress: 1,
            priorities: ["P1", "P1", "P2", "P2", "P3"],
            dues: ["2021-04-20", "2021-04-19", "2021-04-30", "2021-05-14", "2021-05-31"]),
        .init(
            path: "2021-09-07-terraform-s3-lifecycle-deleted-backups.md", count: 6, done: 2,
            priorities: [nil, nil, "P1", "P1", "P2", "P2"]),
        .init(path: "homelab/2022-01-22-paperless-empty-volume-after-helm-rename.md", count: 4, done: 1),
        .init(
            path: "fr/2022-10-05-panne-nfs-nas.md", count: 5, done: 2, inProgress: 1,
            priorities: ["Haute", "Haute", "Moyenne", "Moyenne", "Basse"]),
        .init(path: "2022-07-19-security-leaked-s3-access-key.md", count: 5, done: 2),
        .init(
            path: "homelab/2022-12-03-pihole-unbound-dns-outage.md", count: 4, done: 0,
            priorities: ["P1", "P1", "P2", "P3"]),
        .init(
            path: "de/2023-05-08-zfs-pool-degraded.md", count: 4, done: 2,
            dues: [nil, nil, "2023-05-31", nil]),
        .init(
            path: "homelab/2023-06-17-nextcloud-cnpg-wal-archive-disk-full.md", count: 4, done: 2,
            priorities: ["HIGH", "HIGH", "HIGH", "MEDIUM"]),
        .init(path: "2023-09-26-pgbackrest-staging-archived-into-prod-repo.md", count: 4, done: 2),
        .init(
            path: "de/2024-02-19-ceph-osd-nearfull-readonly.md", count: 5, done: 2, inProgress: 1,
            priorities: ["Hoch", "Hoch", "Mittel", "Mittel", "Niedrig"],
            dues: ["2024-02-20", "2024-02-23", "2024-03-08", "2024-03-31", "2024-04-30"]),
        .init(path: "blog/2024-06-11-metallb-bgp-sessions-flapping.md", count: 2, done: 0),
        .init(path: "homelab/2024-10-02-near-miss-zfs-destroy-wrong-dataset.md", count: 4, done: 2),
        .init(
            path: "homelab/2025-01-11-longhorn-to-nfs-migration-empty-databases.md", count: 4, done: 2,
            priorities: ["HIGH", "HIGH", "MEDIUM", "LOW"]),
        .init(
            path: "2025-03-14-vaultwarden-nfs-mount-missing.md", count: 6, done: 3,
            priorities: ["P0", "P0", "P1", "P1", "P2", "P2"]),
        .init(path: "homelab/2025-08-09-loki-pvc-full-slack.md", count: 3, done: 1),
        .init(path: "2025-11-04-keycloak-oomkilled-after-upgrade.md", count: 4, done: 2, inProgress: 1),
        .init(
            path: "2026-03-03-dispatch-migration-table-lock.md", count: 4, done: 1,
            priorities: ["P0", "P1", "P1", "P2"], owners: ["Dele", "Marco", "Dele", "Marco"]),
        .init(path: "runbooks/cnpg-restore-from-barman.md", count: 0, done: 0),
    ]

    /// Counts over every incident of the document: a wrong split of the document into
    /// incidents is the splitter's failure, not the action reader's.
    @Test(arguments: corpusActions) func corpusActionItems(_ expected: Expectation) throws {
        let items = try ListFixtures.corpus(expected.path).flatMap(\.actionItems)
        #expect(items.count == expected.count)
        #expect(items.filter { $0.status == .done }.count == expected.done)
        #expect(items.filter { $0.status == .inProgress }.count == expected.inProgress)
        #expect(items.filter { $0.status == .open }.count == expected.count - expected.done - expected.inProgress)
        if let priorities = expected.priorities { #expect(items.map { $0.priority?.label } == priorities) }
        if let owners = expected.owners { #expect(items.map(\.owner) == owners) }
        if let dues = expected.dues { #expect(items.map { $0.due?.description } == dues) }
    }

    @Test func kafkaActionsKeepTypesAndTickets() throws {
        let items = try ListFixtures.corpus("2020-02-14-kafka-broker-disk-full.md").flatMap(\.actionItems)
        #expect(items.map(\.tracking) == ["PLAT-1182", "PLAT-1183", "PLAT-1184", "PLAT-1185", "PLAT-1186"])
        #expect(
            items.map { $0.text.firstMatch(of: /\(Type: (\w+)\)$/).map { String($0.output.1) } } == [
                "prevent", "detect", "mitigate", "detect", "process",
            ])
    }

    /// "Íñigo" lost the 8D of its "Í" (C3 8D) in the fixture's trip through Windows-1252, and
    /// nothing in the document decides between Á Í Ï Ð Ý: the owner keeps the lone "Ã", and
    /// the import warns at both rows, naming it.
    @Test func vaultwardenOwners() throws {
        let path = "2025-03-14-vaultwarden-nfs-mount-missing.md"
        let items = try ListFixtures.corpus(path).flatMap(\.actionItems)
        #expect(items.filter { $0.owner == "Zoë Château" }.count == 3)
        #expect(items.filter { $0.owner == "Backlog" }.count == 1)
        #expect(items.filter { $0.owner == "Ãñigo Saldaña" }.count == 2)
        let message =
            "could not repair 'Ã' in 'Ãñigo': a byte was lost on the way (it was one of Á Í Ï Ð Ý); check the word by hand"
        let findings = try ImportFixtures.corpusDocument(path).findings.filter {
            (119...120).contains($0.line) && $0.severity >= .warning
        }
        #expect(
            findings == [
                Finding(line: 119, column: 64, severity: .warning, rule: "encoding-unrepairable", message: message),
                Finding(line: 120, column: 61, severity: .warning, rule: "encoding-unrepairable", message: message),
            ])
    }

    @Test func aDueCellHoldingMoreThanItsDateKeepsTheRest() throws {
        let body = """
            | Action | Owner | Due |
            |---|---|---|
            | Alert on reloads | Dele | 2021-03-31, after the freeze |
            | Re-enable the webhook | Tomasz | 2021-03-17 |
            """
        #expect(
            try items(body) == [
                ActionItem(
                    text: "Alert on reloads (Due: 2021-03-31, after the freeze)", owner: "Dele", due: day("2021-03-31")),
                ActionItem(text: "Re-enable the webhook", owner: "Tomasz", due: day("2021-03-17")),
            ])
    }
}
