/// The knowledge base in numbers: incidents per month, by severity, failure mode and
/// service; times to detect and resolve as median, p90 and distribution; action items
/// open and done.
///
/// Only documents of kind `incident` are counted as incidents (near misses and runbooks
/// are counted apart); action items are counted across every document. Months run from
/// the first dated incident's to the last's, months without incidents included (zero).
/// Services are counted by the names incidents declare, through the `ServiceCatalog`.
///
/// Encodes as `{"incidents", "nearMisses", "runbooks", "undated", "perMonth": [{"key",
/// "name", "incidents"}], "bySeverity", "byFailureMode", "byService", "timeToDetect",
/// "timeToResolve" (`DurationSummary`), "perIncident": [{"id", "started", "detected",
/// "resolved", "timeToDetect", "timeToResolve"}], "actions": {"total", "open",
/// "inProgress", "done", "wontDo"}}`.
public struct IncidentStats: Hashable, Sendable, Encodable {
    /// How many incidents share one value (a month, a severity, a mode, a service).
    public struct Count: Hashable, Sendable, Codable {
        /// The value as data: "2026-02", "2" (a severity level; "none"), a mode id, a
        /// service key.
        public var key: String
        /// The value as a reader says it: "2026-02", "SEV2", the mode's name, the service's.
        public var name: String
        public var incidents: Int

        public init(key: String, name: String, incidents: Int) {
            self.key = key
            self.name = name
            self.incidents = incidents
        }
    }

    /// One incident's times.
    public struct Timing: Hashable, Sendable, Encodable {
        public var id: IncidentID
        public var metrics: IncidentMetrics

        public init(id: IncidentID, metrics: IncidentMetrics) {
            self.id = id
            self.metrics = metrics
        }

        enum CodingKeys: String, CodingKey { case id, started, detected, resolved, timeToDetect, timeToResolve }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(metrics.started, forKey: .started)
            try c.encode(metrics.detected, forKey: .detected)
            try c.encode(metrics.resolved, forKey: .resolved)
            try c.encode(metrics.timeToDetect, forKey: .timeToDetect)
            try c.encode(metrics.timeToResolve, forKey: .timeToResolve)
        }
    }

    /// Action items by status.
    public struct ActionCounts: Hashable, Sendable, Codable {
        public var total: Int
        public var open: Int
        public var inProgress: Int
        public var done: Int
        public var wontDo: Int

        public init(total: Int = 0, open: Int = 0, inProgress: Int = 0, done: Int = 0, wontDo: Int = 0) {
            self.total = total
            self.open = open
            self.inProgress = inProgress
            self.done = done
            self.wontDo = wontDo
        }

        /// The counts of `statuses`: how many actions have each.
        public init(_ statuses: [ActionStatus: Int]) {
            self.init(
                total: statuses.values.reduce(0, +), open: statuses[.open] ?? 0,
                inProgress: statuses[.inProgress] ?? 0, done: statuses[.done] ?? 0, wontDo: statuses[.wontDo] ?? 0)
        }
    }

    public var incidents: Int
    public var nearMisses: Int
    public var runbooks: Int
    /// Incidents without a date (left out of `perMonth`).
    public var undated: Int
    public var perMonth: [Count]
    /// Most severe first; incidents without a severity last, as "none".
    public var bySeverity: [Count]
    /// Most incidents first, then by id.
    public var byFailureMode: [Count]
    /// Most incidents first, then by name.
    public var byService: [Count]
    public var timeToDetect: DurationSummary
    public var timeToResolve: DurationSummary
    /// The incidents with a time to detect or to resolve, in list order.
    public var perIncident: [Timing]
    public var actions: ActionCounts

    /// Computes the stats.
    ///
    /// - Parameters:
    ///   - incidents: every document's facts.
    ///   - metrics: each incident's times (`IncidentMetrics`); incidents missing here have none.
    ///   - actions: how many action items have each status.
    ///   - taxonomy: names the failure modes.
    ///   - catalog: which service names mean the same service.
    public init(
        incidents: [IncidentFacts], metrics: [IncidentID: IncidentMetrics], actions: [ActionStatus: Int],
        taxonomy: Taxonomy, catalog: ServiceCatalog = ServiceCatalog()
    ) {
        var tally = Tally()
        var keys: [String: String] = [:]  // each distinct name folded once
        for incident in IncidentFacts.inListOrder(incidents) {
            switch incident.kind {
            case .nearMiss: tally.nearMisses += 1
            case .runbook: tally.runbooks += 1
            case .incident: tally.incidents += 1
            }
            guard incident.kind == .incident else { continue }
            if let date = incident.date {
                tally.months[Tally.month(of: date), default: 0] += 1
            } else {
                tally.undated += 1
            }
            tally.severities[incident.severity?.level ?? 0, default: 0] += 1
            for (index, mode) in incident.failureModes.enumerated()
            where !incident.failureModes[..<index].contains(mode) {
                tally.modes[mode, default: 0] += 1
            }
            var seen: [String] = []
            for service in incident.services {
                let key = keys[service.rawValue] ?? catalog.key(for: service.rawValue)
                keys[service.rawValue] = key
                guard !key.isEmpty else { continue }
                tally.serviceNames[service.rawValue, default: 0] += 1
                if !seen.contains(key) {
                    seen.append(key)
                    tally.services[key, default: 0] += 1
                }
            }
            if let times = metrics[incident.id], times.timeToDetect != nil || times.timeToResolve != nil {
                tally.timings.append(Timing(id: incident.id, metrics: times))
            }
        }
        tally.actions = actions
        self.init(tally: tally, taxonomy: taxonomy, catalog: catalog)
    }

    /// The stats of what `tally` counted (see `Tally`); the same stats as
    /// `init(incidents:metrics:actions:taxonomy:catalog:)` of the incidents it counted.
    public init(tally: Tally, taxonomy: Taxonomy, catalog: ServiceCatalog = ServiceCatalog()) {
        incidents = tally.incidents
        nearMisses = tally.nearMisses
        runbooks = tally.runbooks
        undated = tally.undated
        var spellings: [String: [String: Int]] = [:]
        for (name, count) in tally.serviceNames {
            spellings[catalog.key(for: name), default: [:]][name.trimmingSpaces(), default: 0] += count
        }

        perMonth = []
        if let first = tally.months.keys.min(), let last = tally.months.keys.max() {
            for month in first...last {
                let text = Day.pad(month / 12, 4) + "-" + Day.pad(month % 12 + 1, 2)
                perMonth.append(Count(key: text, name: text, incidents: tally.months[month] ?? 0))
            }
        }
        bySeverity = tally.severities.keys.sorted { ($0 == 0 ? 6 : $0) < ($1 == 0 ? 6 : $1) }.map { level in
            level == 0
                ? Count(key: "none", name: "none", incidents: tally.severities[level] ?? 0)
                : Count(key: String(level), name: "SEV\(level)", incidents: tally.severities[level] ?? 0)
        }
        byFailureMode = tally.modes.map { mode, count in
            Count(key: mode.rawValue, name: taxonomy.mode(mode)?.name ?? mode.rawValue, incidents: count)
        }
        .sorted { $0.incidents != $1.incidents ? $0.incidents > $1.incidents : $0.key < $1.key }
        byService = tally.services.map { key, count in
            let spelling = spellings[key]?.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }?.key
            let name = catalog.configuredNames[key] ?? spelling ?? catalog.displayNames[key] ?? key
            return Count(key: key, name: name, incidents: count)
        }
        .sorted {
            $0.incidents != $1.incidents ? $0.incidents > $1.incidents : $0.name.lowercased() < $1.name.lowercased()
        }

        perIncident = tally.timings
        timeToDetect = DurationSummary(seconds: perIncident.compactMap(\.metrics.timeToDetect))
        timeToResolve = DurationSummary(seconds: perIncident.compactMap(\.metrics.timeToResolve))
        self.actions = ActionCounts(tally.actions)
    }
}
