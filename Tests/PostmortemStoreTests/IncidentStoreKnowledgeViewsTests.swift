import Foundation
import GRDB
import PostmortemKit
import Testing

@testable import PostmortemStore

/// The lesson index and the stats as the store counts them (numbers read from its tables,
/// `lessonInputs()` and `statsTally(catalog:)`) against the same views built from whole
/// incidents, on a generated store whose incidents repeat lessons, fixes, failure modes,
/// services and days, and on stores where the store must fall back to values.
@Suite struct IncidentStoreKnowledgeViewsTests {
    let folder = TemporaryFolder()
    static let catalog = ServiceCatalog(aliases: ["Photos": ["immich-server"]])

    func filledStore(count: Int = 240) throws -> IncidentStore {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))
        try store.save(ViewFixtures.incidents(count: count, seed: 7))
        return store
    }

    /// The lesson index built from the store's whole incidents.
    func lessonsFromValues(
        _ store: IncidentStore, mode: FailureModeID? = nil, only: Set<IncidentID>? = nil
    ) throws -> LessonIndex {
        let incidents = try store.fetchAll()
        return LessonIndex(
            statements: incidents.flatMap(LessonStatement.statements(of:)),
            incidents: incidents.map(IncidentFacts.init), taxonomy: .standard, mode: mode, only: only)
    }

    /// The stats computed from the store's whole incidents.
    func statsFromValues(_ store: IncidentStore) throws -> IncidentStats {
        let incidents = try store.fetchAll()
        var actions: [ActionStatus: Int] = [:]
        for action in incidents.flatMap(\.actionItems) { actions[action.status, default: 0] += 1 }
        return IncidentStats(
            incidents: incidents.map(IncidentFacts.init),
            metrics: Dictionary(uniqueKeysWithValues: incidents.map { ($0.id, IncidentMetrics($0)) }),
            actions: actions, taxonomy: .standard, catalog: Self.catalog)
    }

    @Test func theLessonIndexFromNumbersEqualsTheOneFromWholeIncidents() throws {
        let store = try filledStore()
        #expect(try store.lessonInputs() != nil)

        let index = try store.lessonIndex(taxonomy: .standard)

        #expect(index == (try lessonsFromValues(store)))
        // The generated store exercises what the index does: repeated lessons, variants,
        // fixes, several groups and the unclassified one.
        let lessons = index.groups.flatMap(\.lessons)
        #expect(index.groups.count >= 4)
        #expect(index.groups.last?.failureMode == nil)
        #expect(lessons.contains { $0.incidents.count > 10 && !$0.variants.isEmpty })
        #expect(lessons.contains { $0.kind == .troubleshooting })
    }

    @Test(arguments: ["disk-full", "dns", "no-such-mode"] as [FailureModeID])
    func aModeFilterGivesTheSameIndex(mode: FailureModeID) throws {
        let store = try filledStore()

        #expect(try store.lessonIndex(taxonomy: .standard, mode: mode) == (try lessonsFromValues(store, mode: mode)))
    }

    @Test func aServiceFilterGivesTheSameIndex() throws {
        let store = try filledStore()
        let only = Set(
            try store.serviceIndex(catalog: Self.catalog).service(named: "Photos")?.incidents ?? [])
        #expect(!only.isEmpty)

        let index = try store.lessonIndex(taxonomy: .standard, service: "Photos", catalog: Self.catalog)

        #expect(index == (try lessonsFromValues(store, only: only)))
        #expect(!index.groups.isEmpty)
    }

    @Test func theStatsFromCountsEqualTheOnesFromWholeIncidents() throws {
        let store = try filledStore()
        #expect(try store.statsTally(catalog: Self.catalog) != nil)

        let stats = try store.stats(taxonomy: .standard, catalog: Self.catalog)

        #expect(stats == (try statsFromValues(store)))
        #expect(stats.nearMisses > 0 && stats.runbooks > 0 && stats.undated > 0)
        #expect(stats.perIncident.count > 20)
        #expect(stats.byService.contains { $0.key == "photos" })
        #expect(stats.bySeverity.contains { $0.key == "none" })
    }

    @Test func anEmptyStoreGivesEmptyViews() throws {
        let store = try IncidentStore(path: folder.path("kb.sqlite"), options: .init(createIfMissing: true))

        #expect(try store.lessonIndex(taxonomy: .standard) == LessonIndex(groups: []))
        #expect(try store.stats(taxonomy: .standard, catalog: Self.catalog) == (try statsFromValues(store)))
    }

    @Test func datesThatSQLiteSortsOtherwiseAreSortedAsDays() throws {
        let store = try filledStore(count: 60)
        // Year 999 written with a sign: SQLite's text order puts it after year 998.
        try store.pool.write { db in
            try db.execute(
                sql: "UPDATE incidents SET date = '+999-01-01' WHERE id = ?", arguments: [ViewFixtures.id(3).rawValue])
            try db.execute(
                sql: "UPDATE incidents SET date = '0998-01-01' WHERE id = ?", arguments: [ViewFixtures.id(4).rawValue])
        }

        let index = try store.lessonIndex(taxonomy: .standard)

        #expect(index == (try lessonsFromValues(store)))
        #expect(try store.stats(taxonomy: .standard, catalog: Self.catalog) == (try statsFromValues(store)))
    }

    @Test func partsOfAnIncidentNotStoredTogetherAreCountedOnce() throws {
        let store = try filledStore(count: 60)
        let day = try #require(Day(iso: "2026-03-01"))
        let modes: [FailureModeID] = ["dns", "disk-full", "dns"]
        try store.save(
            Incident(
                id: "pm-split", title: "Split", date: day, services: ["Gitea", "Immich", "gitea"],
                lessons: [Lesson(text: "Test restores, not backups."), Lesson(text: "Snapshots existed")],
                failureModes: modes.map { FailureModeMatch(id: $0, evidence: "", score: 1) }))
        try store.save(
            Incident(
                id: "pm-after", title: "After", date: day, services: ["Gitea"],
                failureModes: [FailureModeMatch(id: "dns", evidence: "", score: 1)]))
        // The split incident's first mode, service and lesson move behind those of the next
        // incident, which shares them: counted as they lie, the split incident's would count twice.
        try store.pool.write { db in
            for table in ["failure_modes", "incident_services", "lessons"] {
                try db.execute(
                    sql: """
                        UPDATE \(table) SET rowid = (SELECT max(rowid) + 1 FROM \(table))
                        WHERE incident_id = 'pm-split' AND position = 0
                        """)
            }
        }

        #expect(try store.stats(taxonomy: .standard, catalog: Self.catalog) == (try statsFromValues(store)))
        #expect(try store.lessonIndex(taxonomy: .standard) == (try lessonsFromValues(store)))
    }

    @Test func idsThatAreNotASCIIAreReadAsValues() throws {
        let store = try filledStore(count: 60)
        var incident = ViewFixtures.incidents(count: 1, seed: 9)[0]
        incident.id = "pm-café"
        try store.save(incident)
        #expect(try store.lessonInputs() == nil)
        #expect(try store.statsTally(catalog: Self.catalog) == nil)

        #expect(try store.lessonIndex(taxonomy: .standard) == (try lessonsFromValues(store)))
        #expect(try store.stats(taxonomy: .standard, catalog: Self.catalog) == (try statsFromValues(store)))
    }

    @Test func timesSavedUnderOtherRulesAreMeasuredAgain() throws {
        let store = try filledStore(count: 60)
        try store.pool.write { db in
            try db.execute(
                sql: "UPDATE incident_metrics SET rules = 0, time_to_resolve = 1 WHERE incident_id = ?",
                arguments: [ViewFixtures.id(5).rawValue])
        }
        #expect(try store.statsTally(catalog: Self.catalog) == nil)

        #expect(try store.stats(taxonomy: .standard, catalog: Self.catalog) == (try statsFromValues(store)))
    }

    @Test(arguments: [
        ("incidents", "kind", "accident"), ("incidents", "date", "someday"), ("lessons", "kind", "epiphany"),
    ])
    func aValueThisPMCannotReadIsTheSameClearError(table: String, column: String, value: String) throws {
        let store = try filledStore(count: 20)
        try store.pool.write { db in
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE rowid = 2", arguments: [value])
        }
        let expected = StoreError.unreadableValue(
            path: folder.path("kb.sqlite"), table: table, column: column, value: value)

        #expect(throws: expected) { try store.lessonIndex(taxonomy: .standard) }
        if table == "incidents" {
            #expect(throws: expected) { try store.stats(taxonomy: .standard, catalog: Self.catalog) }
        }
    }
}

/// Generated incidents for the knowledge views: a few hundred drawn from small pools, so
/// that lessons, fixes, failure modes, services and days repeat, with the cases the views
/// must treat alike whichever way they are read (texts equal only as Swift compares
/// strings, a failure mode or a service named twice, names that fold to nothing).
enum ViewFixtures {
    static let lessons = [
        "Always bump the backup path version when recreating a CNPG cluster",
        "Bump the backup path version for every new cluster",
        "Test restores, not backups.",
        "Alert on the WAL archiver, not only on readiness",
        "Caf\u{E9} alerts were quiet for hours",
        "Cafe\u{301} alerts were quiet for hours",
        "!!!",
        "Monitor disk usage on every node",
        "Disk usage on every node must be monitored",
        "Snapshots existed",
    ]
    static let symptoms = ["", "Expected empty archive", "  No space left on device  "]
    static let fixes = [
        "Bump `serverName` to the next backup path version (e.g. `-v1` → `-v2`)",
        "Free space on the volume first\n```sh\ndf -h\n```",
        "```sh\nonly commands\n```",
    ]
    static let modes: [FailureModeID] = ["disk-full", "wal-archive-conflict", "dns", "certificate-expiry", "zz-custom"]
    static let services: [ServiceName] = [
        "Immich", "immich", " Immich ", "immich-server", "postgres", "PostgreSQL", "Gitea", "—", "nas-01",
    ]
    static let severities: [Severity?] = [
        nil, Severity(label: "SEV1", level: 1), Severity(label: "SEV2", level: 2), Severity(label: "minor", level: 4),
    ]

    /// A made-up word of its own for every `n`.
    static func word(_ n: Int) -> String {
        var word = "qu"
        var rest = n
        repeat {
            word.append(Character(UnicodeScalar(UInt8(97 + rest % 26))))
            rest /= 26
        } while rest > 0
        return word + "ox"
    }

    /// The id of the `n`th incident: ids do not follow the order incidents are saved in.
    static func id(_ n: Int) -> IncidentID {
        IncidentID("pm-v" + String((n * 7_919) % 10_007))
    }

    static func incidents(count: Int, seed: UInt64) -> [Incident] {
        var random = SeededGenerator(seed: seed)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        let days = (0..<12).compactMap { Day(year: 2025 + $0 / 6, month: 1 + $0 % 6 * 2, day: 1 + $0) }
        return (0..<count).map { n in
            let kind: IncidentKind = chance(8) ? .runbook : chance(8) ? .nearMiss : .incident
            let date = chance(10) ? nil : pick(days)
            var timeline: [TimelineEvent] = []
            if let date, chance(70) {
                let start = Timestamp(day: date, hour: 1 + n % 9, minute: 5)
                timeline.append(TimelineEvent(time: "start", at: start, precision: .exact, event: "Upgrade started"))
                if chance(70) {
                    timeline.append(
                        TimelineEvent(
                            time: "alert", at: Timestamp(day: date, hour: 10, minute: n % 60), precision: .exact,
                            event: "Alert fired and was noticed"))
                }
                if chance(60) {
                    timeline.append(
                        TimelineEvent(
                            time: "fix", at: Timestamp(day: date, hour: 12 + n % 10), precision: .exact,
                            event: "Service restored"))
                }
            }
            let lessonCount = Int(random.next() % 4)
            return Incident(
                id: id(n), kind: kind, title: "Incident \(n)", date: date,
                detected: chance(10) ? date.map { Timestamp(day: $0, hour: 11) } : nil,
                severity: kind == .runbook ? nil : pick(severities),
                services: (0..<Int(random.next() % 4)).map { _ in pick(services) },
                timeline: timeline,
                impact: Impact(durationSeconds: chance(20) ? 3_600 * (1 + n % 5) : nil),
                actionItems: (0..<Int(random.next() % 3)).map { _ in
                    ActionItem(text: "Do \(n)", status: pick(ActionStatus.allCases))
                },
                lessons: (0..<lessonCount).map { position in
                    Lesson(
                        text: chance(15)
                            ? "Check \(word(3 * n)) \(word(3 * n + 1)) \(word(3 * n + 2)) first" : pick(lessons),
                        kind: pick(Lesson.Kind.allCases))
                },
                troubleshooting: kind == .runbook || chance(5)
                    ? (0..<2).map { _ in TroubleshootingEntry(symptom: pick(symptoms), cause: "", fix: pick(fixes)) }
                    : [],
                failureModes: chance(15)
                    ? []
                    : (0..<(1 + Int(random.next() % 3))).map { _ in
                        FailureModeMatch(id: pick(modes), evidence: "", score: 1)
                    })
        }
    }
}

/// The same comparison on a store of one's own, run by hand (a large store takes minutes):
///
///     PM_VIEWS_CHECK_STORE=path/to/store.sqlite swift test --filter KnowledgeViewsStoreCheck
///
/// Compares the lesson index and the stats the store counts with those built from the
/// lean values (`lessonStatements()`, `incidentFacts()`, `incidentMetrics()`), which the
/// tests above compare with whole incidents.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PM_VIEWS_CHECK_STORE"] != nil))
struct KnowledgeViewsStoreCheck {
    @Test func theViewsFromNumbersEqualThoseFromValues() throws {
        let path = try #require(ProcessInfo.processInfo.environment["PM_VIEWS_CHECK_STORE"])
        let store = try IncidentStore(path: path)
        let catalog = ServiceCatalog()
        #expect(try store.lessonInputs() != nil)
        #expect(try store.statsTally(catalog: catalog) != nil)

        let facts = try store.incidentFacts()
        #expect(
            try store.lessonIndex(taxonomy: .standard)
                == LessonIndex(statements: try store.lessonStatements(), incidents: facts, taxonomy: .standard))
        #expect(
            try store.stats(taxonomy: .standard, catalog: catalog)
                == IncidentStats(
                    incidents: facts, metrics: try store.incidentMetrics(), actions: try store.actionStatusCounts(),
                    taxonomy: .standard, catalog: catalog))
    }
}
