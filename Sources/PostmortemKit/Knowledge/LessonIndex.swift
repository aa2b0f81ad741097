/// The cross-incident lesson index: what the knowledge base has learned, grouped by failure
/// mode, each lesson linked to the incidents that state it.
///
/// **Same lesson, shown once.** Statements are grouped with `StatementMatching` (so "Always
/// bump the backup path version when recreating a CNPG cluster" in one post-mortem and a
/// runbook's "Bump `serverName` to next version" are one lesson), and each group becomes
/// one `Entry` listing every incident that states it. Its text is the phrasing of a real
/// lesson rather than of a troubleshooting fix, then the phrasing stated most often, then
/// that of the first incident in list order; the other phrasings are its `variants`.
///
/// **Which failure mode.** Each lesson appears in exactly one group: the failure mode most
/// of its incidents show (ties: the mode an incident ranks highest, then by id). Lessons
/// of incidents that show no failure mode form the `unclassified` group. With a `mode`
/// filter, only incidents showing that mode count, and all their lessons are shown under
/// it.
///
/// **Order.** Groups by how many incidents they draw on, most first (unclassified last);
/// lessons by how many incidents state them, most first, then by their first incident in
/// list order (newest first) and position, so one incident's lessons stay in its order.
///
/// Encodes as `{"groups": [{"failureMode", "name", "incidents", "lessons": [{"text",
/// "kind", "incidents": [ids], "variants"}]}]}`; the unclassified group's `failureMode` is
/// `"unclassified"`.
public struct LessonIndex: Hashable, Sendable, Encodable {
    /// The lessons of one failure mode.
    public struct Group: Hashable, Sendable, Encodable {
        /// The failure mode; nil for the unclassified group.
        public var failureMode: FailureModeID?
        /// The mode's name in the taxonomy (its id when the taxonomy lacks it; "Unclassified").
        public var name: String
        /// How many distinct incidents the group's lessons come from.
        public var incidents: Int
        public var lessons: [Entry]

        public init(failureMode: FailureModeID?, name: String, incidents: Int, lessons: [Entry]) {
            self.failureMode = failureMode
            self.name = name
            self.incidents = incidents
            self.lessons = lessons
        }

        enum CodingKeys: String, CodingKey { case failureMode, name, incidents, lessons }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(failureMode?.rawValue ?? LessonIndex.unclassified, forKey: .failureMode)
            try c.encode(name, forKey: .name)
            try c.encode(incidents, forKey: .incidents)
            try c.encode(lessons, forKey: .lessons)
        }
    }

    /// One lesson and every incident that states it.
    public struct Entry: Hashable, Sendable, Encodable {
        public var text: String
        /// How the chosen phrasing was stated (learned, went well, a troubleshooting fix …).
        public var kind: LessonStatement.Origin
        /// The incidents stating it, in list order (newest first), each once.
        public var incidents: [IncidentID]
        /// The other phrasings of the same lesson, in the order of `incidents`.
        public var variants: [String]

        public init(
            text: String, kind: LessonStatement.Origin, incidents: [IncidentID], variants: [String] = []
        ) {
            self.text = text
            self.kind = kind
            self.incidents = incidents
            self.variants = variants
        }
    }

    /// The `failureMode` of the group of lessons whose incidents show no failure mode.
    public static let unclassified = "unclassified"

    public var groups: [Group]

    public init(groups: [Group]) {
        self.groups = groups
    }

    /// Builds the index.
    ///
    /// - Parameters:
    ///   - statements: the lessons and troubleshooting fixes of the incidents.
    ///   - incidents: the facts of every incident a statement names (others are ignored,
    ///     and so are statements of incidents missing here).
    ///   - taxonomy: names the failure modes.
    ///   - mode: only incidents showing this failure mode; nil (the default) for all.
    ///   - only: only these incidents (a service's, say); nil (the default) for all.
    public init(
        statements: [LessonStatement], incidents: [IncidentFacts], taxonomy: Taxonomy, mode: FailureModeID? = nil,
        only: Set<IncidentID>? = nil
    ) {
        // Incidents by their place in list order, failure modes by number: a large store has
        // hundreds of thousands of statements, and copying or hashing facts for each is slow.
        let ordered = IncidentFacts.inListOrder(incidents)
        var place: [IncidentID: Int] = [:]
        var modes = ModeNumbers()
        var incidentModes: [[Int]] = []
        incidentModes.reserveCapacity(ordered.count)
        for (index, incident) in ordered.enumerated() {
            if place[incident.id] == nil { place[incident.id] = index }
            incidentModes.append(incident.failureModes.map { modes.number(of: $0) })
        }
        let wanted = mode.map { modes.number(of: $0) }

        // Indices of the statements kept, in list order.
        let kept = statements.indices.compactMap { index -> (key: (Int, Int, Int), index: Int)? in
            let statement = statements[index]
            guard let at = place[statement.incident] else { return nil }
            if let only, !only.contains(statement.incident) { return nil }
            if let wanted, !incidentModes[at].contains(wanted) { return nil }
            return ((at, statement.origin == .troubleshooting ? 1 : 0, statement.position), index)
        }
        .sorted { $0.key < $1.key }

        let (clusters, textGroups) = StatementMatching.clustersAndTextGroups(
            of: kept.map { statements[$0.index].matchText })
        // How often each text is stated; equal texts always fall in one cluster.
        var stated = [Int](repeating: 0, count: (textGroups.max() ?? -1) + 1)
        for group in textGroups { stated[group] += 1 }

        var groups: [Int: [(entry: Entry, firstPlace: Int, position: Int)]] = [:]  // by mode number; -1 unclassified
        var groupIncidents: [Int: Set<Int>] = [:]
        var tally = ModeTally(count: modes.ids.count)
        for members in clusters {
            // Members ascend, so their places do too: equal places are neighbours.
            var sources: [Int] = []
            for member in members where sources.last != kept[member].key.0 { sources.append(kept[member].key.0) }
            // Shown by a lesson's phrasing rather than a fix's, then the one stated most often, then the first.
            var chosen = members[0]
            for member in members.dropFirst() {
                let (isFix, chosenIsFix) = (kept[member].key.1 == 1, kept[chosen].key.1 == 1)
                if isFix != chosenIsFix {
                    if chosenIsFix { chosen = member }
                } else if stated[textGroups[member]] > stated[textGroups[chosen]] {
                    chosen = member
                }
            }
            let shown = statements[kept[chosen].index]
            var variants: [String] = []
            var seenGroups: Set = [textGroups[chosen]]
            var seenTexts: Set = [shown.text]
            for member in members {
                let statement = statements[kept[member].index]
                // Equal compared texts show equally, except a fix's symptoms.
                let fresh = seenGroups.insert(textGroups[member]).inserted || statement.text != statement.matchText
                if fresh && seenTexts.insert(statement.text).inserted { variants.append(statement.text) }
            }
            let entry = Entry(
                text: shown.text, kind: shown.origin, incidents: sources.map { ordered[$0].id }, variants: variants)
            let home = wanted ?? tally.best(of: sources.map { incidentModes[$0] }, ids: modes.ids) ?? -1
            groups[home, default: []].append((entry, sources[0], kept[members[0]].key.2))
            groupIncidents[home, default: []].formUnion(sources)
        }

        self.groups = groups.map { number, entries in
            let lessons = entries.sorted { a, b in
                if a.entry.incidents.count != b.entry.incidents.count {
                    return a.entry.incidents.count > b.entry.incidents.count
                }
                return (a.firstPlace, a.position, a.entry.text) < (b.firstPlace, b.position, b.entry.text)
            }
            let mode = number < 0 ? nil : modes.ids[number]
            let name = mode.map { taxonomy.mode($0)?.name ?? $0.rawValue } ?? "Unclassified"
            return Group(
                failureMode: mode, name: name, incidents: groupIncidents[number]?.count ?? 0,
                lessons: lessons.map(\.entry))
        }
        .sorted { a, b in
            switch (a.failureMode, b.failureMode) {
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                if a.incidents != b.incidents { return a.incidents > b.incidents }
                return (a.failureMode?.rawValue ?? "") < (b.failureMode?.rawValue ?? "")
            }
        }
    }

    /// Failure modes numbered in order of first sight.
    struct ModeNumbers {
        var ids: [FailureModeID] = []
        var numbers: [FailureModeID: Int] = [:]

        mutating func number(of id: FailureModeID) -> Int {
            if let known = numbers[id] { return known }
            numbers[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
    }

    /// Counts, for a set of incidents, how many show each failure mode and the best rank an
    /// incident gives it; reused from one lesson to the next.
    struct ModeTally {
        var counts: [Int]
        var bestRanks: [Int]
        var touched: [Int] = []

        init(count: Int) {
            counts = [Int](repeating: 0, count: count)
            bestRanks = [Int](repeating: Int.max, count: count)
        }

        /// The mode most of the incidents (their modes, each best first) show; ties go to the
        /// mode some incident ranks highest, then by id. Nil when none shows any.
        mutating func best(of incidents: [[Int]], ids: [FailureModeID]) -> Int? {
            for modes in incidents {
                for (rank, mode) in modes.enumerated() {
                    if counts[mode] == 0 { touched.append(mode) }
                    counts[mode] += 1
                    bestRanks[mode] = min(bestRanks[mode], rank)
                }
            }
            let best = touched.min { a, b in
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                if bestRanks[a] != bestRanks[b] { return bestRanks[a] < bestRanks[b] }
                return ids[a] < ids[b]
            }
            for mode in touched {
                counts[mode] = 0
                bestRanks[mode] = Int.max
            }
            touched.removeAll(keepingCapacity: true)
            return best
        }
    }

}
