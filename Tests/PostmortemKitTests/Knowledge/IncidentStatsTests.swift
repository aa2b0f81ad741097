import Testing

@testable import PostmortemKit

@Suite struct IncidentStatsTests {
    typealias F = KnowledgeFixtures

    @Test func countsIncidentsAndSummarisesTheirTimes() {
        let metrics = Dictionary(uniqueKeysWithValues: F.all.map { ($0.id, IncidentMetrics($0)) })

        let stats = IncidentStats(
            incidents: F.facts, metrics: metrics, actions: [.open: 2, .inProgress: 1, .done: 2],
            taxonomy: F.taxonomy)

        #expect(stats.incidents == 3 && stats.nearMisses == 1 && stats.runbooks == 1 && stats.undated == 0)
        #expect(
            stats.perMonth == [
                IncidentStats.Count(key: "2025-11", name: "2025-11", incidents: 1),
                IncidentStats.Count(key: "2025-12", name: "2025-12", incidents: 0),
                IncidentStats.Count(key: "2026-01", name: "2026-01", incidents: 1),
                IncidentStats.Count(key: "2026-02", name: "2026-02", incidents: 1),
            ])
        #expect(
            stats.bySeverity == [
                IncidentStats.Count(key: "2", name: "SEV2", incidents: 2),
                IncidentStats.Count(key: "none", name: "none", incidents: 1),
            ])
        #expect(
            stats.byFailureMode == [
                IncidentStats.Count(key: "disk-full", name: "Disk full", incidents: 2),
                IncidentStats.Count(key: "wal-archive-conflict", name: "WAL archive conflict", incidents: 1),
            ])
        #expect(stats.byService == [IncidentStats.Count(key: "immich", name: "Immich", incidents: 2)])
        #expect(
            stats.perIncident == [
                IncidentStats.Timing(id: "pm-a", metrics: IncidentMetrics(F.a)),
                IncidentStats.Timing(id: "pm-d", metrics: IncidentMetrics(timeToResolve: 7_200)),
            ])
        #expect(stats.timeToDetect == DurationSummary(seconds: [600]))
        #expect(stats.timeToResolve == DurationSummary(seconds: [3_600, 7_200]))
        #expect(stats.timeToResolve.median == 3_600 && stats.timeToResolve.p90 == 7_200)
        #expect(stats.actions == IncidentStats.ActionCounts(total: 5, open: 2, inProgress: 1, done: 2, wontDo: 0))
    }

    @Test func servicesAreCountedThroughTheCatalog() {
        let facts = [
            IncidentFacts(id: "pm-1", title: "One", date: Day(iso: "2026-01-01"), services: ["postgres", "Photos"]),
            IncidentFacts(id: "pm-2", title: "Two", date: Day(iso: "2026-01-02"), services: ["PostgreSQL"]),
            IncidentFacts(id: "pm-3", title: "Three", date: Day(iso: "2026-01-03"), services: ["immich-server"]),
        ]

        let stats = IncidentStats(
            incidents: facts, metrics: [:], actions: [:], taxonomy: F.taxonomy,
            catalog: ServiceCatalog(aliases: ["Immich": ["photos", "immich-server"]]))

        #expect(
            stats.byService == [
                IncidentStats.Count(key: "immich", name: "Immich", incidents: 2),
                IncidentStats.Count(key: "postgresql", name: "PostgreSQL", incidents: 2),
            ])
    }
}
