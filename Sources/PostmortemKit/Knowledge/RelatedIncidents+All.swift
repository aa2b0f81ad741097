extension RelatedIncidents {
    /// The related incidents of every incident at once, without text similarity: for each
    /// incident, exactly what `rank(_:incidents:services:text:limit:)` gives with no `text`,
    /// computed in time proportional to what incidents share rather than to N² (a published
    /// site shows related incidents on every incident's page).
    ///
    /// Incidents with no related incident are absent.
    public static func rankAll(incidents: [IncidentFacts], services: ServiceIndex, limit: Int = 10)
        -> [IncidentID: [RelatedIncident]]
    {
        guard limit > 0, incidents.count > 1 else { return [:] }
        let count = incidents.count
        var position: [IncidentID: Int] = [:]
        for (index, incident) in incidents.enumerated() where position[incident.id] == nil {
            position[incident.id] = index
        }
        // Where each incident stands in list order, for ties.
        var listRank = [Int](repeating: 0, count: count)
        for (rank, index) in incidents.indices.sorted(by: { IncidentFacts.listOrder(incidents[$0], incidents[$1]) })
            .enumerated()
        {
            listRank[index] = rank
        }

        // Who shows each mode, touches each service key (named or through a volume) and
        // each resource: every incident once per list.
        var byMode: [FailureModeID: [Int]] = [:]
        for (index, incident) in incidents.enumerated() {
            for mode in Set(incident.failureModes) { byMode[mode, default: []].append(index) }
        }
        let named = services.serviceKeys(via: [.declared, .volume])
        var byService: [String: [Int]] = [:]
        for (id, keys) in named {
            guard let index = position[id] else { continue }
            for key in keys { byService[key, default: []].append(index) }
        }
        let (names, resources) = resourceKeys(of: services)
        var byResource: [String: [Int]] = [:]
        for (id, keys) in resources {
            guard let index = position[id] else { continue }
            for key in keys { byResource[key, default: []].append(index) }
        }

        var modeCounts = [Int](repeating: 0, count: count)
        var serviceCounts = [Int](repeating: 0, count: count)
        var resourceCounts = [Int](repeating: 0, count: count)
        var touched: [Int] = []
        func touch(_ index: Int) {
            if modeCounts[index] == 0 && serviceCounts[index] == 0 && resourceCounts[index] == 0 {
                touched.append(index)
            }
        }

        var result: [IncidentID: [RelatedIncident]] = [:]
        for (target, subject) in incidents.enumerated() where position[subject.id] == target {
            for mode in subject.failureModes {
                for other in byMode[mode] ?? [] {
                    touch(other)
                    modeCounts[other] += 1
                }
            }
            let subjectServices = named[subject.id] ?? []
            for key in subjectServices {
                for other in byService[key] ?? [] {
                    touch(other)
                    serviceCounts[other] += 1
                }
            }
            let subjectResources = resources[subject.id] ?? []
            for key in subjectResources {
                for other in byResource[key] ?? [] {
                    touch(other)
                    resourceCounts[other] += 1
                }
            }

            // Scores are whole numbers (weights 3, 2, 1, no text): rank by bucket.
            var buckets: [Int: [Int]] = [:]
            for other in touched where incidents[other].id != subject.id {
                let score =
                    Int(failureModeWeight) * modeCounts[other] + Int(serviceWeight) * serviceCounts[other]
                    + Int(resourceWeight) * min(resourcesCounted, resourceCounts[other])
                if score > 0 { buckets[score, default: []].append(other) }
            }
            var chosen: [(Int, Int)] = []
            for score in buckets.keys.sorted(by: >) where chosen.count < limit {
                let members = (buckets[score] ?? []).sorted { listRank[$0] < listRank[$1] }
                for other in members.prefix(limit - chosen.count) { chosen.append((other, score)) }
            }
            if !chosen.isEmpty {
                result[subject.id] = chosen.map { other, score in
                    let facts = incidents[other]
                    let modes = subject.failureModes.filter(facts.failureModes.contains)
                    let shared = subjectServices.intersection(named[facts.id] ?? []).compactMap {
                        names["service:" + $0]
                    }
                    .sorted { $0.lowercased() < $1.lowercased() }
                    let sharedResources = subjectResources.intersection(resources[facts.id] ?? []).compactMap {
                        names[$0]
                    }
                    .sorted()
                    return RelatedIncident(
                        id: facts.id, title: facts.title, date: facts.date, score: Double(score), failureModes: modes,
                        services: shared, resources: sharedResources)
                }
            }
            for other in touched {
                modeCounts[other] = 0
                serviceCounts[other] = 0
                resourceCounts[other] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }
}
