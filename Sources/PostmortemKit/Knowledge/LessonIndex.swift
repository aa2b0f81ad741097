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
        var facts: [IncidentID: IncidentFacts] = [:]
        for incident in incidents { facts[incident.id] = incident }
        let rank = Dictionary(
            incidents.sorted(by: IncidentFacts.listOrder).enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first })
        // Each statement's place in list order, looked up once rather than in every comparison.
        let kept = statements.compactMap { statement -> (key: (Int, Int, Int), statement: LessonStatement)? in
            guard let incident = facts[statement.incident], let place = rank[statement.incident] else { return nil }
            if let only, !only.contains(statement.incident) { return nil }
            if let mode, !incident.failureModes.contains(mode) { return nil }
            return ((place, statement.origin == .troubleshooting ? 1 : 0, statement.position), statement)
        }
        .sorted { $0.key < $1.key }.map(\.statement)

        var groups: [FailureModeID?: [(entry: Entry, firstRank: Int, position: Int)]] = [:]
        var groupIncidents: [FailureModeID?: Set<IncidentID>] = [:]
        for members in StatementMatching.clusters(of: kept.map(\.matchText)) {
            let cluster = members.map { kept[$0] }
            let sources = Self.unique(cluster.map(\.incident))
            let chosen = Self.representative(of: cluster)
            var variants: [String] = []
            for statement in cluster where statement.text != chosen.text && !variants.contains(statement.text) {
                variants.append(statement.text)
            }
            let entry = Entry(text: chosen.text, kind: chosen.origin, incidents: sources, variants: variants)
            let home = mode ?? Self.failureMode(of: sources.compactMap { facts[$0] })
            groups[home, default: []].append((entry, rank[sources[0]] ?? 0, cluster[0].position))
            groupIncidents[home, default: []].formUnion(sources)
        }

        self.groups = groups.map { mode, entries in
            let lessons = entries.sorted { a, b in
                if a.entry.incidents.count != b.entry.incidents.count {
                    return a.entry.incidents.count > b.entry.incidents.count
                }
                return (a.firstRank, a.position, a.entry.text) < (b.firstRank, b.position, b.entry.text)
            }
            let name = mode.map { taxonomy.mode($0)?.name ?? $0.rawValue } ?? "Unclassified"
            return Group(
                failureMode: mode, name: name, incidents: groupIncidents[mode]?.count ?? 0,
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

    /// The phrasing a lesson is shown by: a lesson's over a troubleshooting fix's, then the
    /// one stated most often, then the first (cluster members come in list order).
    static func representative(of cluster: [LessonStatement]) -> LessonStatement {
        var counts: [String: Int] = [:]
        for statement in cluster { counts[statement.text, default: 0] += 1 }
        var best = cluster[0]
        for statement in cluster.dropFirst() {
            let isFix = statement.origin == .troubleshooting
            let bestIsFix = best.origin == .troubleshooting
            if isFix != bestIsFix {
                if bestIsFix { best = statement }
                continue
            }
            if (counts[statement.text] ?? 0) > (counts[best.text] ?? 0) { best = statement }
        }
        return best
    }

    /// The failure mode most of `incidents` show; ties go to the mode ranked highest by
    /// some incident, then by id. Nil when none shows any.
    static func failureMode(of incidents: [IncidentFacts]) -> FailureModeID? {
        var score: [FailureModeID: (count: Int, bestRank: Int)] = [:]
        for incident in incidents {
            for (rank, mode) in incident.failureModes.enumerated() {
                let current = score[mode] ?? (0, Int.max)
                score[mode] = (current.count + 1, min(current.bestRank, rank))
            }
        }
        return score.min { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            if a.value.bestRank != b.value.bestRank { return a.value.bestRank < b.value.bestRank }
            return a.key < b.key
        }?.key
    }

    static func unique(_ ids: [IncidentID]) -> [IncidentID] {
        var seen = Set<IncidentID>()
        return ids.filter { seen.insert($0).inserted }
    }
}
