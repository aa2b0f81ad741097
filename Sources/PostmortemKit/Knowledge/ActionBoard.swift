/// Action items across every incident: filtered, grouped by incident or by owner, counted,
/// and with the actions proposed again and again flagged.
///
/// **Repeats.** An action whose text matches (`StatementMatching`) an action of another
/// incident is a repeat: the same fix proposed more than once is a sign it was never done.
/// Repeats are found among all actions, before any filter, so an open action still shows
/// it was proposed before even when that earlier one is filtered out.
///
/// **Overdue.** An action is overdue when it has a due day before `today` and is still
/// open or in progress. `today` is a parameter, never read from the clock here.
///
/// Encodes as `{"groups": [{"key", "title", "incident", "date", "counts", "actions":
/// [{"incident", "position", "text", "owner", "priority", "priorityLevel", "status",
/// "due", "tracking", "overdue", "repeat", "repeats", "repeatedIn"}]}], "counts": {...}}`.
public struct ActionBoard: Hashable, Sendable, Encodable {
    /// One action item of one incident, as the board reads it.
    public struct Item: Hashable, Sendable, Codable {
        public var incident: IncidentID
        /// The action's position among its incident's action items.
        public var position: Int
        public var action: ActionItem

        public init(incident: IncidentID, position: Int, action: ActionItem) {
            self.incident = incident
            self.position = position
            self.action = action
        }

        /// Every action item of `incident`.
        public static func items(of incident: Incident) -> [Item] {
            incident.actionItems.enumerated().map { Item(incident: incident.id, position: $0, action: $1) }
        }
    }

    /// How the board groups its actions.
    public enum Grouping: String, Sendable, CaseIterable {
        /// One group per incident, newest incident first.
        case incident
        /// One group per owner (owners compared case-insensitively), alphabetically; actions
        /// without an owner last, under "unassigned".
        case owner
    }

    /// Which actions the board keeps. Every filter left nil or false keeps everything.
    public struct Filter: Hashable, Sendable {
        /// Only actions still open or in progress.
        public var openOnly: Bool
        /// Only actions of this owner (case and surrounding space ignored).
        public var owner: String?
        /// Only actions of this priority level (0 = P0, most urgent … 3).
        public var priorityLevel: Int?
        /// Only actions overdue on this day.
        public var overdueOn: Day?

        public init(openOnly: Bool = false, owner: String? = nil, priorityLevel: Int? = nil, overdueOn: Day? = nil) {
            self.openOnly = openOnly
            self.owner = owner
            self.priorityLevel = priorityLevel
            self.overdueOn = overdueOn
        }
    }

    /// An action on the board.
    public struct Entry: Hashable, Sendable, Encodable {
        public var incident: IncidentID
        public var position: Int
        public var text: String
        public var owner: String?
        public var priority: Priority?
        public var status: ActionStatus
        public var due: Day?
        public var tracking: String?
        /// Due before the board's day and not done.
        public var overdue: Bool
        /// Proposed in other incidents too.
        public var isRepeat: Bool { repeats > 0 }
        /// How many other incidents propose the same action.
        public var repeats: Int
        /// The first of them in list order, at most `ActionBoard.repeatsListed` (an action
        /// a thousand incidents repeat does not list them all on each of its entries).
        public var repeatedIn: [IncidentID]

        public init(
            incident: IncidentID, position: Int, text: String, owner: String? = nil, priority: Priority? = nil,
            status: ActionStatus = .open, due: Day? = nil, tracking: String? = nil, overdue: Bool = false,
            repeats: Int? = nil, repeatedIn: [IncidentID] = []
        ) {
            self.incident = incident
            self.position = position
            self.text = text
            self.owner = owner
            self.priority = priority
            self.status = status
            self.due = due
            self.tracking = tracking
            self.overdue = overdue
            self.repeats = repeats ?? repeatedIn.count
            self.repeatedIn = repeatedIn
        }

        enum CodingKeys: String, CodingKey {
            case incident, position, text, owner, priority, priorityLevel, status, due, tracking, overdue
            case isRepeat = "repeat"
            case repeats, repeatedIn
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(incident, forKey: .incident)
            try c.encode(position, forKey: .position)
            try c.encode(text, forKey: .text)
            try c.encode(owner, forKey: .owner)
            try c.encode(priority?.label, forKey: .priority)
            try c.encode(priority?.level, forKey: .priorityLevel)
            try c.encode(status, forKey: .status)
            try c.encode(due, forKey: .due)
            try c.encode(tracking, forKey: .tracking)
            try c.encode(overdue, forKey: .overdue)
            try c.encode(isRepeat, forKey: .isRepeat)
            try c.encode(repeats, forKey: .repeats)
            try c.encode(repeatedIn, forKey: .repeatedIn)
        }
    }

    /// How many actions are in each state.
    public struct Counts: Hashable, Sendable, Codable {
        public var total = 0
        public var open = 0
        public var inProgress = 0
        public var done = 0
        public var wontDo = 0
        public var overdue = 0
        public var repeats = 0

        public init(
            total: Int = 0, open: Int = 0, inProgress: Int = 0, done: Int = 0, wontDo: Int = 0, overdue: Int = 0,
            repeats: Int = 0
        ) {
            self.total = total
            self.open = open
            self.inProgress = inProgress
            self.done = done
            self.wontDo = wontDo
            self.overdue = overdue
            self.repeats = repeats
        }

        public init(_ entries: [Entry]) {
            for entry in entries { add(entry) }
        }

        mutating func add(_ entry: Entry) {
            total += 1
            switch entry.status {
            case .open: open += 1
            case .inProgress: inProgress += 1
            case .done: done += 1
            case .wontDo: wontDo += 1
            }
            if entry.overdue { overdue += 1 }
            if entry.isRepeat { repeats += 1 }
        }
    }

    /// The actions of one incident or one owner.
    public struct Group: Hashable, Sendable, Encodable {
        /// The incident's id, or the owner's name as first written ("unassigned" for none).
        public var key: String
        /// The incident's title, or the owner's name.
        public var title: String
        /// The incident, when grouping by incident.
        public var incident: IncidentID?
        /// The incident's date, when grouping by incident.
        public var date: Day?
        public var counts: Counts
        public var actions: [Entry]

        public init(key: String, title: String, incident: IncidentID?, date: Day?, actions: [Entry]) {
            self.key = key
            self.title = title
            self.incident = incident
            self.date = date
            self.counts = Counts(actions)
            self.actions = actions
        }
    }

    /// How many of the other incidents proposing an action each entry lists.
    public static let repeatsListed = 5

    /// The name of the owner group of actions nobody owns.
    public static let unassigned = "unassigned"

    public var groups: [Group]
    /// The counts over every action on the board (after filtering).
    public var counts: Counts

    /// Builds the board.
    ///
    /// - Parameters:
    ///   - items: every action item of the knowledge base (repeats are found among all).
    ///   - incidents: the incidents' facts, for titles, dates and list order; items of
    ///     incidents missing here are left out.
    ///   - filter: which actions to keep.
    ///   - grouping: by incident (the default) or by owner.
    ///   - today: the day overdue is judged on.
    public init(
        items: [Item], incidents: [IncidentFacts], filter: Filter = Filter(), grouping: Grouping = .incident,
        today: Day
    ) {
        var facts: [IncidentID: IncidentFacts] = [:]
        for incident in incidents { facts[incident.id] = incident }
        let rank = Dictionary(
            IncidentFacts.inListOrder(incidents).enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first })
        // By place and position; indices are sorted, not the items (moving 50,000 actions
        // through a sort costs more than the comparisons).
        var order: [(place: Int, position: Int, index: Int)] = []
        order.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let place = rank[item.incident] { order.append((place, item.position, index)) }
        }
        order.sort { ($0.place, $0.position, $0.index) < ($1.place, $1.position, $1.index) }
        let known = order.map { items[$0.index] }

        var repeats = [(count: Int, first: [IncidentID])](repeating: (0, []), count: known.count)
        for cluster in StatementMatching.clusters(of: known.map(\.action.text)) where cluster.count > 1 {
            // Members ascend, so equal incidents are neighbours.
            var sources: [IncidentID] = []
            for member in cluster where sources.last != known[member].incident {
                sources.append(known[member].incident)
            }
            guard sources.count > 1 else { continue }
            let listed = sources.prefix(Self.repeatsListed + 1)
            for member in cluster {
                let own = known[member].incident
                repeats[member] = (sources.count - 1, Array(listed.filter { $0 != own }.prefix(Self.repeatsListed)))
            }
        }

        let ownerKey = filter.owner.map(Self.ownerKey)
        var entries: [Entry] = []
        for (index, item) in known.enumerated() {
            let action = item.action
            let isOpen = action.status == .open || action.status == .inProgress
            let overdue = isOpen && action.due.map { $0 < today } == true
            if filter.openOnly && !isOpen { continue }
            if let ownerKey, action.owner.map(Self.ownerKey) != ownerKey { continue }
            if let level = filter.priorityLevel, action.priority?.level != level { continue }
            if let day = filter.overdueOn, !(isOpen && action.due.map { $0 < day } == true) { continue }
            entries.append(
                Entry(
                    incident: item.incident, position: item.position, text: action.text, owner: action.owner,
                    priority: action.priority, status: action.status, due: action.due, tracking: action.tracking,
                    overdue: overdue, repeats: repeats[index].count, repeatedIn: repeats[index].first))
        }
        counts = Counts(entries)

        switch grouping {
        case .incident:
            var order: [IncidentID] = []
            var byIncident: [IncidentID: [Entry]] = [:]
            for entry in entries {
                if byIncident[entry.incident] == nil { order.append(entry.incident) }
                byIncident[entry.incident, default: []].append(entry)
            }
            groups = order.map { id in
                let incident = facts[id]
                return Group(
                    key: id.rawValue, title: incident?.title ?? id.rawValue, incident: id, date: incident?.date,
                    actions: byIncident[id] ?? [])
            }
        case .owner:
            var names: [String: String] = [:]
            var byOwner: [String: [Entry]] = [:]
            var keys: [String: String] = [:]  // each owner as written folded once
            for entry in entries {
                var key = ""
                if let owner = entry.owner {
                    key = keys[owner] ?? Self.ownerKey(owner)
                    keys[owner] = key
                }
                if names[key] == nil {
                    names[key] = key.isEmpty ? Self.unassigned : (entry.owner ?? "").trimmingSpaces()
                }
                byOwner[key, default: []].append(entry)
            }
            groups = byOwner.keys.sorted { a, b in
                if a.isEmpty != b.isEmpty { return !a.isEmpty }
                return a < b
            }
            .map { key in
                let owned = byOwner[key] ?? []
                let actions = owned.indices.map { (urgency: Self.urgency(owned[$0], $0), index: $0) }
                    .sorted { $0.urgency < $1.urgency }.map { owned[$0.index] }
                let name = names[key] ?? Self.unassigned
                return Group(key: name, title: name, incident: nil, date: nil, actions: actions)
            }
        }
    }

    /// The sort key of an owner's actions, most urgent first: priority level (none last),
    /// due day (none last), then their order on the board (`index`).
    static func urgency(_ entry: Entry, _ index: Int) -> (Int, Int, Int) {
        (entry.priority?.level ?? 4, entry.due?.daysSinceEpoch ?? Int.max, index)
    }

    static func ownerKey(_ owner: String) -> String {
        owner.trimmingSpaces().lowercased()
    }
}
