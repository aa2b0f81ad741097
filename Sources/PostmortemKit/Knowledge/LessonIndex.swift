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
        self.init(
            inputs: Inputs(statements: statements, incidents: incidents), taxonomy: taxonomy, mode: mode, only: only)
    }

    /// Builds the index from its inputs as numbers (see `Inputs`); the same index as
    /// `init(statements:incidents:taxonomy:mode:only:)` of the statements and incidents
    /// they stand for.
    public init(inputs: Inputs, taxonomy: Taxonomy, mode: FailureModeID? = nil, only: Set<IncidentID>? = nil) {
        // Failure modes by number, equal ids one number; each incident's in its own order.
        var modes = ModeNumbers()
        let modeNumber = inputs.modes.map { modes.number(of: $0) }
        let incidentModes = IncidentModes(inputs: inputs, numbers: modeNumber)
        let wanted = mode.map { modes.number(of: $0) }
        let incidentCount = inputs.incidents.count
        let shown = (0..<incidentCount).map { place in
            if let only, !only.contains(inputs.incidents[place]) { return false }
            if let wanted, !incidentModes[place].contains(wanted) { return false }
            return true
        }
        // Texts by number, equal texts one number.
        var textNumbers: [String: Int32] = [:]
        let textNumber = inputs.texts.indices.map { index in
            let text = inputs.texts[index]
            if let known = textNumbers[text] { return known }
            textNumbers[text] = Int32(index)
            return Int32(index)
        }

        // The statements kept, copied in list order: by place (counted into place), then
        // lessons before fixes, by position. Later passes read them in that order.
        func isKept(_ statement: Inputs.Statement) -> Bool {
            statement.incident >= 0 && Int(statement.incident) < incidentCount && shown[Int(statement.incident)]
                && inputs.texts.indices.contains(Int(statement.text))
                && inputs.texts.indices.contains(Int(statement.matchText))
        }
        var starts = [Int](repeating: 0, count: incidentCount + 1)
        for statement in inputs.statements where isKept(statement) { starts[Int(statement.incident) + 1] += 1 }
        for place in 0..<incidentCount { starts[place + 1] += starts[place] }
        var kept = [KeptStatement](
            repeating: KeptStatement(
                place: 0, text: 0, shownText: 0, matchText: 0, index: 0, position: 0, origin: .learned),
            count: starts[incidentCount])
        var next = starts
        for (index, statement) in inputs.statements.enumerated() where isKept(statement) {
            kept[next[Int(statement.incident)]] = KeptStatement(
                place: statement.incident, text: statement.text, shownText: textNumber[Int(statement.text)],
                matchText: textNumber[Int(statement.matchText)], index: index, position: statement.position,
                origin: statement.origin)
            next[Int(statement.incident)] += 1
        }
        for place in 0..<incidentCount where starts[place + 1] - starts[place] > 1 {
            kept[starts[place]..<starts[place + 1]].sort { x, y in
                if x.isFix != y.isFix { return y.isFix }
                return x.position != y.position ? x.position < y.position : x.index < y.index
            }
        }

        // The compared texts numbered again in order of first appearance, for the matching.
        var matchGroup = [Int](repeating: -1, count: inputs.texts.count)
        var distinct: [String] = []
        let textGroups = kept.map { statement in
            let text = Int(statement.matchText)
            if matchGroup[text] < 0 {
                matchGroup[text] = distinct.count
                distinct.append(inputs.texts[text])
            }
            return matchGroup[text]
        }
        let (clusterOfGroup, clusterCount) = StatementMatching.clusterNumbers(ofDistinct: distinct)
        // How often each text is stated; equal texts always fall in one cluster.
        var stated = [Int](repeating: 0, count: distinct.count)
        for group in textGroups { stated[group] += 1 }

        // Each cluster is one entry. Its members are read in list order in two passes over
        // the statements (a cluster's members lie far apart): its incidents and its chosen
        // phrasing, then its variants.
        var sources = [[Int]](repeating: [], count: clusterCount)  // places, ascending
        var sourceIDs = [[IncidentID]](repeating: [], count: clusterCount)
        var firstMember = [Int](repeating: -1, count: clusterCount)
        var chosen = [Int](repeating: -1, count: clusterCount)
        for (member, statement) in kept.enumerated() {
            let cluster = clusterOfGroup[textGroups[member]]
            if sources[cluster].last != Int(statement.place) {
                sources[cluster].append(Int(statement.place))
                sourceIDs[cluster].append(inputs.incidents[Int(statement.place)])
            }
            // Shown by a lesson's phrasing rather than a fix's, then the one stated most often, then the first.
            let current = chosen[cluster]
            if current < 0 {
                firstMember[cluster] = member
                chosen[cluster] = member
            } else if statement.isFix != kept[current].isFix {
                if kept[current].isFix { chosen[cluster] = member }
            } else if stated[textGroups[member]] > stated[textGroups[current]] {
                chosen[cluster] = member
            }
        }
        // Equal compared texts show equally, except a fix's symptoms: a member is a variant
        // when it brings a new compared text or a symptom, and its text is not shown yet.
        var groupSeen = [Bool](repeating: false, count: distinct.count)  // a group lies in one cluster
        var textSeen = Set<Int>()  // cluster × shown text
        for cluster in 0..<clusterCount {
            groupSeen[textGroups[chosen[cluster]]] = true
            textSeen.insert(cluster << 32 | Int(kept[chosen[cluster]].shownText))
        }
        var variants = [[String]](repeating: [], count: clusterCount)
        for (member, statement) in kept.enumerated() {
            var fresh = statement.shownText != statement.matchText
            if !groupSeen[textGroups[member]] {
                groupSeen[textGroups[member]] = true
                fresh = true
            }
            let cluster = clusterOfGroup[textGroups[member]]
            if fresh && textSeen.insert(cluster << 32 | Int(statement.shownText)).inserted {
                variants[cluster].append(inputs.texts[Int(statement.text)])
            }
        }

        var groups: [Int: [(entry: Entry, firstPlace: Int, position: Int)]] = [:]  // by mode number; -1 unclassified
        // Whether each group (by mode number + 1) draws on each incident, and on how many.
        var groupHolds = [[Bool]](repeating: [], count: modes.ids.count + 1)
        var groupIncidents = [Int](repeating: 0, count: modes.ids.count + 1)
        var tally = ModeTally(count: modes.ids.count)
        for cluster in 0..<clusterCount {
            let shownStatement = kept[chosen[cluster]]
            let entry = Entry(
                text: inputs.texts[Int(shownStatement.text)], kind: shownStatement.origin,
                incidents: sourceIDs[cluster], variants: variants[cluster])
            let home = wanted ?? tally.best(of: sources[cluster], modes: incidentModes, ids: modes.ids) ?? -1
            groups[home, default: []].append((entry, sources[cluster][0], kept[firstMember[cluster]].position))
            if groupHolds[home + 1].isEmpty { groupHolds[home + 1] = [Bool](repeating: false, count: incidentCount) }
            for place in sources[cluster] where !groupHolds[home + 1][place] {
                groupHolds[home + 1][place] = true
                groupIncidents[home + 1] += 1
            }
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
                failureMode: mode, name: name, incidents: groupIncidents[number + 1],
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

    /// A statement the index shows, copied with what the index reads of it.
    struct KeptStatement {
        /// Its incident's place.
        var place: Int32
        /// Its text's number as given, and the number of the first equal text (so is the
        /// compared text's).
        var text: Int32
        var shownText: Int32
        var matchText: Int32
        /// Its index among the input statements.
        var index: Int
        var position: Int
        var origin: LessonStatement.Origin

        var isFix: Bool { origin == .troubleshooting }
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

    /// Each incident's failure modes as mode numbers (`ModeNumbers`), best first, in one
    /// array.
    struct IncidentModes {
        private var starts: [Int] = [0]
        private var numbers: [Int] = []

        /// The modes of `inputs`' incidents, each input mode number made `numbers[number]`
        /// (numbers out of range left out).
        init(inputs: Inputs, numbers: [Int]) {
            self.numbers.reserveCapacity(inputs.modeNumbers.count)
            starts.reserveCapacity(inputs.incidents.count + 1)
            for place in inputs.incidents.indices {
                for number in inputs.modes(of: place) where numbers.indices.contains(Int(number)) {
                    self.numbers.append(numbers[Int(number)])
                }
                starts.append(self.numbers.count)
            }
        }

        subscript(place: Int) -> ArraySlice<Int> { numbers[starts[place]..<starts[place + 1]] }
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

        /// The mode most of `incidents` (places; their modes, each best first) show; ties go
        /// to the mode some incident ranks highest, then by id. Nil when none shows any.
        mutating func best(of incidents: [Int], modes: IncidentModes, ids: [FailureModeID]) -> Int? {
            for place in incidents {
                for (rank, mode) in modes[place].enumerated() {
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
