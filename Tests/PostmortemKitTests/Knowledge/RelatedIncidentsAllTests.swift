import PostmortemKit
import Testing

/// `RelatedIncidents.rankAll` gives, for every incident, what `rank` gives it.
struct RelatedIncidentsAllTests {
    /// A deterministic knowledge base of `count` incidents sharing modes, services, volumes and
    /// dates drawn from small pools, so that ties of every kind occur.
    static func incidents(count: Int) -> ([IncidentFacts], [IncidentID: [VolumeMapping]]) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let modes: [FailureModeID] = ["disk-full", "dns-failure", "oom", "clock-skew", "new-empty-volume"]
        let services: [ServiceName] = ["Immich", "PostgreSQL", "Redis", "nginx", "Keycloak", "Kafka", "etcd"]
        var facts: [IncidentFacts] = []
        var volumes: [IncidentID: [VolumeMapping]] = [:]
        for index in 0..<count {
            let id = IncidentID("pm-\(index)")
            let date = next(4) == 0 ? nil : Day(year: 2020 + next(3), month: 1 + next(12), day: 1 + next(28))
            let picked = (0..<next(3)).map { _ in modes[next(modes.count)] }
            facts.append(
                IncidentFacts(
                    id: id, kind: next(10) == 0 ? .runbook : .incident, title: "Incident \(index)", date: date,
                    services: (0..<next(3)).map { _ in services[next(services.count)] }, failureModes: picked))
            if next(3) == 0 {
                volumes[id] = [
                    VolumeMapping(
                        app: ["immich-server", "redis-cache", "other"][next(3)], volume: "pvc-\(next(6))",
                        claim: "ns/claim-\(next(5))")
                ]
            }
        }
        return (facts, volumes)
    }

    @Test(arguments: [1, 3, 10])
    func everyIncidentGetsWhatRankGivesIt(limit: Int) {
        let (facts, volumes) = Self.incidents(count: 160)
        let services = ServiceIndex(incidents: facts, volumes: volumes)
        let all = RelatedIncidents.rankAll(incidents: facts, services: services, limit: limit)
        var compared = 0
        for incident in facts {
            let one = RelatedIncidents.rank(incident.id, incidents: facts, services: services, limit: limit)
            #expect(all[incident.id] ?? [] == one, "\(incident.id)")
            compared += one.count
        }
        #expect(compared > facts.count / 2)
    }

    /// Ranking again from the previous choices gives what ranking from scratch gives, after
    /// incidents changed modes, services, volumes, dates or titles, were added and deleted
    /// (a changed service can move another incident's volume to another service).
    @Test(arguments: [1, 3, 5])
    func rankingAgainFromThePreviousChoicesGivesWhatRankingFromScratchGives(limit: Int) {
        let (facts, volumes) = Self.incidents(count: 200)
        let before = RelatedIncidents.rankAll(
            incidents: facts, services: ServiceIndex(incidents: facts, volumes: volumes), limit: limit, previous: nil)
        #expect(before.choices.count == facts.count)

        var changed = facts
        var changedVolumes = volumes
        changed[3].failureModes = ["oom", "clock-skew"]
        changed[10].services = ["Immich"]
        changed[17].title = "Renamed"
        changed[21].date = Day(year: 2019, month: 5, day: 2)
        changed[40].services = ["Kafka", "immich"]
        changedVolumes[changed[55].id] = [VolumeMapping(app: "redis-cache", volume: "pvc-2", claim: "ns/claim-1")]
        changed.remove(at: 80)
        changed.append(
            IncidentFacts(
                id: "pm-new", title: "New", date: Day(year: 2021, month: 3, day: 3), services: ["Redis"],
                failureModes: ["disk-full", "oom"]))
        let services = ServiceIndex(incidents: changed, volumes: changedVolumes)
        let again = RelatedIncidents.rankAll(
            incidents: changed, services: services, limit: limit, previous: before.choices)
        let scratch = RelatedIncidents.rankAll(incidents: changed, services: services, limit: limit, previous: nil)
        #expect(again.related == scratch.related)
        #expect(again.choices == scratch.choices)
        #expect(again.related == RelatedIncidents.rankAll(incidents: changed, services: services, limit: limit))
        #expect(again.related != before.related)

        // Nothing changed: the same choices.
        let same = RelatedIncidents.rankAll(
            incidents: changed, services: services, limit: limit, previous: scratch.choices)
        #expect(same.related == scratch.related)
        #expect(same.choices == scratch.choices)
    }

    @Test func nothingSharedRelatesNothing() {
        let facts = [
            IncidentFacts(id: "pm-a", title: "A", services: ["Immich"], failureModes: ["disk-full"]),
            IncidentFacts(id: "pm-b", title: "B", services: ["Redis"], failureModes: ["oom"]),
        ]
        #expect(RelatedIncidents.rankAll(incidents: facts, services: ServiceIndex(incidents: facts)).isEmpty)
    }
}
