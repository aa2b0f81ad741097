import Foundation

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
        rankAll(incidents: incidents, services: services, limit: limit, previous: nil).related
    }

    /// What decides which incidents are related to one incident: its failure modes (in its
    /// order), the service keys it touches by name or volume, its resources and its date.
    /// Two incidents' score depends only on theirs, and their order among equal scores on
    /// their dates and ids.
    public struct Features: Hashable, Sendable, Codable {
        public var modes: [FailureModeID]
        public var services: [String]
        public var resources: [String]
        public var date: Day?

        public init(modes: [FailureModeID], services: [String], resources: [String], date: Day?) {
            self.modes = modes
            self.services = services
            self.resources = resources
            self.date = date
        }
    }

    /// One incident's related incidents as `rankAll` chose them (ids and scores), with the
    /// features they were chosen from.
    public struct Choice: Hashable, Sendable, Codable {
        public var features: Features
        public var related: [IncidentID]
        public var scores: [Int]

        public init(features: Features, related: [IncidentID], scores: [Int]) {
            self.features = features
            self.related = related
            self.scores = scores
        }
    }

    /// `rankAll(incidents:services:limit:)`, and what to pass as `previous` next time.
    ///
    /// With `previous` (what an earlier call returned, with the same `limit`), only the
    /// incidents whose features changed, and those whose related incidents included one,
    /// are ranked against every incident; every other incident's related incidents are its
    /// previous ones merged with the changed incidents that share something with it. The
    /// result is the same as without `previous`.
    public static func rankAll(
        incidents: [IncidentFacts], services: ServiceIndex, limit: Int, previous: [IncidentID: Choice]?
    ) -> (related: [IncidentID: [RelatedIncident]], choices: [IncidentID: Choice]) {
        let (ranked, choices) = rankAllLazily(
            incidents: incidents, services: services, limit: limit, previous: previous)
        var related: [IncidentID: [RelatedIncident]] = [:]
        for id in ranked.chosen.keys {
            let list = ranked.related(of: id)
            if !list.isEmpty { related[id] = list }
        }
        return (related, choices)
    }

    /// Every incident's related incidents as chosen by `rankAll(incidents:services:limit:previous:)`,
    /// each made into `RelatedIncident`s (with what the two share) only when asked for: a
    /// published site shows them on the pages it makes, not on the pages it keeps.
    public struct Ranked: Sendable {
        fileprivate let ranking: Ranking?
        /// Each incident's place and chosen incidents (places) with their scores.
        fileprivate var chosen: [IncidentID: (target: Int, chosen: [(Int, Int)])] = [:]

        /// The related incidents of `id`, best first; empty when it has none.
        public func related(of id: IncidentID) -> [RelatedIncident] {
            guard let ranking, let choice = chosen[id], !choice.chosen.isEmpty else { return [] }
            return ranking.related(choice.target, choice.chosen)
        }
    }

    /// `rankAll(incidents:services:limit:previous:)` with the related incidents made only
    /// when asked for (``Ranked``).
    public static func rankAllLazily(
        incidents: [IncidentFacts], services: ServiceIndex, limit: Int, previous: [IncidentID: Choice]?
    ) -> (related: Ranked, choices: [IncidentID: Choice]) {
        guard limit > 0, incidents.count > 1 else { return (Ranked(ranking: nil), [:]) }
        let ranking = Ranking(incidents: incidents, services: services)
        var scratch = Ranking.Scratch(count: incidents.count)
        var choices: [IncidentID: Choice] = [:]
        var related = Ranked(ranking: ranking)
        func keep(_ target: Int, _ chosen: [(Int, Int)]) {
            let subject = incidents[target]
            choices[subject.id] = Choice(
                features: ranking.features[target], related: chosen.map { incidents[$0.0].id },
                scores: chosen.map(\.1))
            related.chosen[subject.id] = (target, chosen)
        }

        // Incidents whose features are not those of `previous`, or that are new; ids gone.
        var changed: [Int] = []
        var changedIDs = Set<IncidentID>()
        if let previous {
            var present = Set<IncidentID>()
            for (target, subject) in incidents.enumerated() where ranking.position[subject.id] == target {
                present.insert(subject.id)
                if previous[subject.id]?.features != ranking.features[target] {
                    changed.append(target)
                    changedIDs.insert(subject.id)
                }
            }
            for id in previous.keys where !present.contains(id) { changedIDs.insert(id) }
        }
        guard let previous, changed.count <= incidents.count / 4 else {
            // Every incident ranked: on all cores, each slice with counters of its own.
            let targets = incidents.indices.filter { ranking.position[incidents[$0].id] == $0 }
            for (target, chosen) in zip(targets, ranking.chooseAll(targets, limit: limit)) {
                keep(target, chosen)
            }
            return (related, choices)
        }

        // For every other incident, the changed incidents that share something with it and
        // their score from its side.
        var sharing: [Int: [(Int, Int)]] = [:]
        for other in changed {
            for target in ranking.sharing(other) where !changedIDs.contains(incidents[target].id) {
                let score = ranking.score(target, other)
                if score > 0 { sharing[target, default: []].append((other, score)) }
            }
        }
        for (target, subject) in incidents.enumerated() where ranking.position[subject.id] == target {
            guard !changedIDs.contains(subject.id), let before = previous[subject.id],
                before.related.count == before.scores.count,
                !before.related.contains(where: changedIDs.contains)
            else {
                keep(target, ranking.choose(target, limit: limit, scratch: &scratch))
                continue
            }
            var candidates: [(Int, Int)] = []
            for (id, score) in zip(before.related, before.scores) {
                guard let index = ranking.position[id] else { continue }
                candidates.append((index, score))
            }
            guard candidates.count == before.related.count else {
                keep(target, ranking.choose(target, limit: limit, scratch: &scratch))
                continue
            }
            candidates += sharing[target] ?? []
            candidates.sort { a, b in a.1 != b.1 ? a.1 > b.1 : ranking.listRank[a.0] < ranking.listRank[b.0] }
            keep(target, Array(candidates.prefix(limit)))
        }
        return (related, choices)
    }

    /// The incidents' features indexed by what they share.
    fileprivate struct Ranking: Sendable {
        let incidents: [IncidentFacts]
        var position: [IncidentID: Int] = [:]
        /// Where each incident stands in list order, for ties.
        var listRank: [Int]
        var features: [Features] = []
        var byMode: [FailureModeID: [Int]] = [:]
        var byService: [String: [Int]] = [:]
        var byResource: [String: [Int]] = [:]
        let named: [IncidentID: Set<String>]
        let names: [String: String]
        /// Services' names by their key alone (`names` without the `service:` prefix).
        var serviceNames: [String: String] = [:]
        let resources: [IncidentID: Set<String>]

        init(incidents: [IncidentFacts], services: ServiceIndex) {
            self.incidents = incidents
            let count = incidents.count
            for (index, incident) in incidents.enumerated() where position[incident.id] == nil {
                position[incident.id] = index
            }
            listRank = [Int](repeating: 0, count: count)
            for (rank, index) in incidents.indices.sorted(by: {
                IncidentFacts.listOrder(incidents[$0], incidents[$1])
            }).enumerated() {
                listRank[index] = rank
            }
            // Who shows each mode, touches each service key (named or through a volume) and
            // each resource: every incident once per list.
            for (index, incident) in incidents.enumerated() {
                for mode in Set(incident.failureModes) { byMode[mode, default: []].append(index) }
            }
            named = services.serviceKeys(via: [.declared, .volume])
            for (id, keys) in named {
                guard let index = position[id] else { continue }
                for key in keys { byService[key, default: []].append(index) }
            }
            (names, resources) = resourceKeys(of: services)
            for entry in services.services where entry.kind == .service { serviceNames[entry.key] = entry.name }
            for (id, keys) in resources {
                guard let index = position[id] else { continue }
                for key in keys { byResource[key, default: []].append(index) }
            }
            features = incidents.map { incident in
                Features(
                    modes: incident.failureModes, services: (named[incident.id] ?? []).sorted(),
                    resources: (resources[incident.id] ?? []).sorted(), date: incident.date)
            }
        }

        /// The incidents that share a mode, service or resource with `index` (some more
        /// than once).
        func sharing(_ index: Int) -> [Int] {
            let subject = incidents[index]
            var result: [Int] = []
            for mode in Set(subject.failureModes) { result += byMode[mode] ?? [] }
            for key in named[subject.id] ?? [] { result += byService[key] ?? [] }
            for key in resources[subject.id] ?? [] { result += byResource[key] ?? [] }
            return Array(Set(result)).sorted()
        }

        /// `other`'s score as a related incident of `target`.
        func score(_ target: Int, _ other: Int) -> Int {
            let subject = incidents[target]
            let candidate = incidents[other]
            guard subject.id != candidate.id else { return 0 }
            let modes = Set(candidate.failureModes)
            let modeCount = subject.failureModes.filter(modes.contains).count
            let serviceCount = (named[subject.id] ?? []).intersection(named[candidate.id] ?? []).count
            let resourceCount = (resources[subject.id] ?? []).intersection(resources[candidate.id] ?? []).count
            return Int(failureModeWeight) * modeCount + Int(serviceWeight) * serviceCount
                + Int(resourceWeight) * min(resourcesCounted, resourceCount)
        }

        /// Counters `choose` reuses from one incident to the next, so each incident costs
        /// what it shares, not N.
        struct Scratch {
            var modeCounts: [Int]
            var serviceCounts: [Int]
            var resourceCounts: [Int]
            var touched: [Int] = []

            init(count: Int) {
                modeCounts = [Int](repeating: 0, count: count)
                serviceCounts = modeCounts
                resourceCounts = modeCounts
            }
        }

        /// The `limit` best related incidents of `target` and their scores.
        func choose(_ target: Int, limit: Int, scratch: inout Scratch) -> [(Int, Int)] {
            let subject = incidents[target]
            func touch(_ index: Int) {
                if scratch.modeCounts[index] == 0 && scratch.serviceCounts[index] == 0
                    && scratch.resourceCounts[index] == 0
                {
                    scratch.touched.append(index)
                }
            }
            for mode in subject.failureModes {
                for other in byMode[mode] ?? [] {
                    touch(other)
                    scratch.modeCounts[other] += 1
                }
            }
            for key in named[subject.id] ?? [] {
                for other in byService[key] ?? [] {
                    touch(other)
                    scratch.serviceCounts[other] += 1
                }
            }
            for key in resources[subject.id] ?? [] {
                for other in byResource[key] ?? [] {
                    touch(other)
                    scratch.resourceCounts[other] += 1
                }
            }
            // The `limit` best by score, then by list order, kept in order as they come: no
            // two incidents share a list rank, so this is the order sorting them all gives.
            func precedes(_ a: (Int, Int), _ b: (Int, Int)) -> Bool {
                a.1 != b.1 ? a.1 > b.1 : listRank[a.0] < listRank[b.0]
            }
            var chosen: [(Int, Int)] = []
            chosen.reserveCapacity(limit + 1)
            for other in scratch.touched where incidents[other].id != subject.id {
                let score =
                    Int(failureModeWeight) * scratch.modeCounts[other] + Int(serviceWeight)
                    * scratch.serviceCounts[other] + Int(resourceWeight)
                    * min(resourcesCounted, scratch.resourceCounts[other])
                guard score > 0 else { continue }
                let candidate = (other, score)
                if chosen.count >= limit, let last = chosen.last, !precedes(candidate, last) { continue }
                var position = chosen.count
                while position > 0, precedes(candidate, chosen[position - 1]) { position -= 1 }
                chosen.insert(candidate, at: position)
                if chosen.count > limit { chosen.removeLast() }
            }
            for other in scratch.touched {
                scratch.modeCounts[other] = 0
                scratch.serviceCounts[other] = 0
                scratch.resourceCounts[other] = 0
            }
            scratch.touched.removeAll(keepingCapacity: true)
            return chosen
        }

        /// `choose(_:limit:scratch:)` of each of `targets`, in their order, worked out on all
        /// cores.
        func chooseAll(_ targets: [Int], limit: Int) -> [[(Int, Int)]] {
            let sliceSize = 512
            let slices = stride(from: 0, to: targets.count, by: sliceSize).map {
                $0..<min(targets.count, $0 + sliceSize)
            }
            let results = ChosenSlices(count: slices.count)
            DispatchQueue.concurrentPerform(iterations: slices.count) { number in
                var scratch = Scratch(count: incidents.count)
                let chosen = slices[number].map { choose(targets[$0], limit: limit, scratch: &scratch) }
                results.set(number, chosen)
            }
            return results.joined
        }

        /// The related incidents of `target` for the `chosen` incidents and scores.
        func related(_ target: Int, _ chosen: [(Int, Int)]) -> [RelatedIncident] {
            let subject = incidents[target]
            let subjectServices = named[subject.id] ?? []
            let subjectResources = resources[subject.id] ?? []
            return chosen.map { other, score in
                let facts = incidents[other]
                let modes = subject.failureModes.filter(facts.failureModes.contains)
                var shared =
                    subjectServices.isEmpty
                    ? [] : subjectServices.intersection(named[facts.id] ?? []).compactMap { serviceNames[$0] }
                if shared.count > 1 { shared.sort { $0.lowercased() < $1.lowercased() } }
                var sharedResources =
                    subjectResources.isEmpty
                    ? [] : subjectResources.intersection(resources[facts.id] ?? []).compactMap { names[$0] }
                if sharedResources.count > 1 { sharedResources.sort() }
                return RelatedIncident(
                    id: facts.id, title: facts.title, date: facts.date, score: Double(score), failureModes: modes,
                    services: shared, resources: sharedResources)
            }
        }
    }
}

/// The choices of slices of incidents ranked in parallel, joined in their order.
private final class ChosenSlices: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[[(Int, Int)]]]

    init(count: Int) {
        values = Array(repeating: [], count: count)
    }

    func set(_ index: Int, _ value: [[(Int, Int)]]) {
        lock.withLock { values[index] = value }
    }

    var joined: [[(Int, Int)]] {
        lock.withLock { values.flatMap { $0 } }
    }
}
