import PostmortemKit

/// Related incidents for every page of a site at once, ranked by PostmortemKit's
/// `RelatedIncidents.rank` (its weights and explanations), made affordable for thousands of
/// incidents.
///
/// `rank` looks at every incident and every service index entry for one target; asked for
/// each of N incidents that is N² work. Here each target is ranked among only its
/// candidates (the incidents sharing a failure mode, a service or a resource with it: any
/// other scores zero without text), against only the index entries it touches, which gives
/// `rank`'s result for a fraction of the work.
///
/// Text similarity (`IncidentStore.textSimilarity`) is left out: it takes a full-text
/// search per incident, and a change to any incident's text could change every page.
/// `pm related` shows it.
enum SiteRelated {
    static func compute(facts: [IncidentFacts], services: ServiceIndex, limit: Int) -> [IncidentID: [RelatedIncident]] {
        var byMode: [FailureModeID: [Int]] = [:]
        for (index, incident) in facts.enumerated() {
            for mode in Set(incident.failureModes) { byMode[mode, default: []].append(index) }
        }
        let position = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entriesOf: [IncidentID: [Int]] = [:]
        for (index, entry) in services.services.enumerated() {
            for touch in entry.touches
            where entry.kind != .service || touch.via.contains(.declared) || touch.via.contains(.volume) {
                entriesOf[touch.incident, default: []].append(index)
            }
        }

        var result: [IncidentID: [RelatedIncident]] = [:]
        for (index, target) in facts.enumerated() {
            var candidates = Set<Int>()
            for mode in Set(target.failureModes) { candidates.formUnion(byMode[mode] ?? []) }
            var restricted = services
            restricted.services = (entriesOf[target.id] ?? []).map { services.services[$0] }
            for entry in restricted.services {
                for touch in entry.touches {
                    if let other = position[touch.incident] { candidates.insert(other) }
                }
            }
            candidates.remove(index)
            guard !candidates.isEmpty else { continue }
            let pool = [target] + candidates.sorted().map { facts[$0] }
            let ranked = RelatedIncidents.rank(target.id, incidents: pool, services: restricted, limit: limit)
            if !ranked.isEmpty { result[target.id] = ranked }
        }
        return result
    }
}
