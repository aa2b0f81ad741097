import Testing

@testable import PostmortemKit

/// `IncidentStats.Tally`: the counts a store makes from its tables give the stats of the
/// incidents they counted.
@Suite struct IncidentStatsTallyTests {
    typealias F = KnowledgeFixtures

    @Test func theStatsOfATallyAreThoseOfTheIncidentsItCounted() {
        let catalog = ServiceCatalog(aliases: ["Photos": ["immich"]])
        var tally = IncidentStats.Tally()
        tally.incidents = 3
        tally.nearMisses = 1
        tally.runbooks = 1
        tally.months = [2026 * 12 + 1: 1, 2026 * 12: 1, 2025 * 12 + 10: 1]
        tally.severities = [2: 2, 0: 1]
        tally.modes = ["wal-archive-conflict": 1, "disk-full": 2]
        tally.services = ["photos": 2]
        tally.serviceNames = ["Immich": 1, "immich ": 1]
        tally.timings = [
            IncidentStats.Timing(id: "pm-a", metrics: IncidentMetrics(F.a)),
            IncidentStats.Timing(id: "pm-d", metrics: IncidentMetrics(F.d)),
        ]
        tally.actions = [.open: 2, .inProgress: 1, .done: 2]

        let stats = IncidentStats(tally: tally, taxonomy: F.taxonomy, catalog: catalog)

        let metrics = Dictionary(uniqueKeysWithValues: F.all.map { ($0.id, IncidentMetrics($0)) })
        #expect(
            stats
                == IncidentStats(
                    incidents: F.facts, metrics: metrics, actions: tally.actions, taxonomy: F.taxonomy,
                    catalog: catalog))
        #expect(stats.byService == [IncidentStats.Count(key: "photos", name: "Photos", incidents: 2)])
    }

    @Test func monthsFollowEachOtherAcrossYears() throws {
        let december = try #require(Day(year: 2025, month: 12, day: 31))
        let january = try #require(Day(year: 2026, month: 1, day: 1))

        #expect(IncidentStats.Tally.month(of: january) == IncidentStats.Tally.month(of: december) + 1)
        #expect(IncidentStats.Tally.month(of: january) == 2026 * 12)
    }
}
