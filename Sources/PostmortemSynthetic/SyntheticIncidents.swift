import PostmortemKit

/// Deterministic synthetic incidents as values, not Markdown: for filling a store quickly
/// (the knowledge benchmark's 100,000 incidents) without the importer in the way.
///
/// Incident `i` of the set with seed `s` depends only on `s` and `i`. It is written from the
/// same scenarios, people, services and sentences as `SyntheticCorpus`: about 90 % are
/// incidents (dated 2016–2026, with a timeline of exact times in UTC whose first steps
/// include the detection, five whys, impact, three to six action items with owners,
/// priorities, statuses and due days, lessons that went well and wrong, failure modes
/// from the scenario, sometimes a volume table), 5 % near misses and 5 % runbooks
/// (procedure and troubleshooting entries). Lessons and actions repeat across incidents of
/// a scenario with the people and services changed, as real ones do.
public struct SyntheticIncidents: Sendable {
    /// The seed every incident derives from.
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The incident at `index` (any non-negative number; negative ones are read as 0), with
    /// the id `syn-` and the index in eight digits.
    public func incident(at index: Int) -> Incident {
        let position = UInt64(max(0, index))
        let incidentSeed = SplitMix64.mix(seed ^ SplitMix64.mix(position &+ 0x1DC1))
        var composer = DocumentComposer(random: SplitMix64(seed: incidentSeed), index: max(0, index))
        return composer.composeValue()
    }

    /// The failure modes of the default taxonomy each scenario shows.
    static let failureModes: [String: [FailureModeID]] = [
        "disk-full": ["disk-full", "unbounded-growth"],
        "dns": ["dns-failure", "config-default"],
        "certificate-expiry": ["certificate-expiry"],
        "oom": ["memory-exhaustion"],
        "wal-archive-conflict": ["wal-archive-conflict"],
        "empty-volume-after-rename": ["storage-identity-lost", "new-empty-volume"],
        "clock-skew": ["clock-skew"],
        "bad-config": ["bad-config-change", "bad-deploy"],
        "connection-pool": ["connection-exhaustion"],
        "nfs-stale-handle": ["stale-mount"],
    ]
}

extension DocumentComposer {
    /// One synthetic incident, near miss or runbook as a value.
    mutating func composeValue() -> Incident {
        let id = IncidentID("syn-" + Self.digits(index, 8))
        chooseValues()
        if random.chance(5) { return runbookValue(id: id) }
        let scenario = random.pick(ScenarioCatalog.all) ?? ScenarioCatalog.diskFull
        let date = chooseDay()
        let events = timeline(for: scenario).map { event -> TimelineEvent in
            let clock = event.time.split(separator: ":").compactMap { Int($0) }
            let at = Timestamp(
                day: date, hour: clock.first, minute: clock.count > 1 ? clock[1] : nil, utcOffsetMinutes: 0)
            return TimelineEvent(
                time: event.time + " UTC", at: at, precision: .exact, event: event.text, outcome: event.outcome)
        }
        let actions = actionItems(for: scenario).map { action -> ActionItem in
            let status: ActionStatus = action.done ? .done : (random.chance(30) ? .inProgress : .open)
            return ActionItem(
                text: action.text, owner: action.owner, priority: Priority(parsing: "P\(random.within(0...3))"),
                status: status, due: random.chance(80) ? Self.adding(random.within(7...60), to: date) : nil)
        }
        let wentWell = Array(random.shuffled(scenario.wentWell).prefix(random.within(1...3))).map(fill)
        let wentWrong = Array(random.shuffled(scenario.wentWrong).prefix(random.within(1...3))).map(fill)
        var modes = (SyntheticIncidents.failureModes[scenario.id] ?? []).map {
            FailureModeMatch(id: $0, evidence: fill(scenario.causes.first ?? ""), score: 1)
        }
        if random.chance(25) {
            modes.append(FailureModeMatch(id: "detection-gap", evidence: "Nobody was alerted.", score: 0.7))
        }
        if random.chance(3) { modes = [] }
        let filler = fillerSentences()
        return Incident(
            id: id, kind: random.chance(5) ? .nearMiss : .incident, title: fill(any(scenario.titles)), date: date,
            severity: Severity(parsing: any(Self.severities)),
            status: IncidentStatus(label: any(["Resolved", "Closed", "Reviewed"])),
            authors: [value("{whoFull}")],
            services: [
                ServiceName(value("{svc}")), ServiceName(value("{dep}").replacingOccurrences(of: "the ", with: "")),
            ],
            environment: any(Vocabulary.environments), tags: Array(random.shuffled(Vocabulary.tags).prefix(2)),
            summary: ([fill(scenario.causes.first ?? "")] + filler.prefix(random.within(2...4))).joined(separator: " "),
            timeline: events, rootCause: scenario.causes.map(fill).joined(separator: " "),
            whys: scenario.whys.map { Why(question: fill($0.question), answer: fill($0.answer)) },
            impact: Impact(items: Array(scenario.impact.prefix(random.within(2...4))).map(fill)),
            actionItems: actions,
            lessons: wentWell.map { Lesson(text: $0, kind: .wentWell) }
                + wentWrong.map { Lesson(text: $0, kind: .wentWrong) },
            volumeMappings: scenario.involvesVolumes && random.chance(40) ? volumeValues(random.within(1...4)) : [],
            failureModes: modes,
            sections: [Section(heading: "Notes", markdown: filler.dropFirst(4).prefix(4).joined(separator: " "))])
    }

    private mutating func runbookValue(id: IncidentID) -> Incident {
        let rows = Array(random.shuffled(Self.troubleshootingRows).prefix(random.within(3...6)))
        return Incident(
            id: id, kind: .runbook, title: fill(any(Self.runbookTitles)), authors: [value("{whoFull}")],
            services: [ServiceName(value("{svc}"))],
            summary: fill("This runbook describes how to handle {svc} in \(value("{cluster}")) safely."),
            procedure: Array(Self.runbookSteps.prefix(random.within(8...12))).map(fill),
            troubleshooting: rows.map { TroubleshootingEntry(symptom: $0.0, cause: $0.1, fix: $0.2) },
            failureModes: random.chance(50)
                ? [FailureModeMatch(id: "wal-archive-conflict", evidence: "Expected empty archive", score: 0.8)] : [])
    }

    private mutating func volumeValues(_ rows: Int) -> [VolumeMapping] {
        random.shuffled(Vocabulary.services).prefix(rows).map { app in
            let name = app.lowercased().replacingOccurrences(of: " ", with: "-")
            let role = any(["data", "db", "config", "media", "wal"])
            return VolumeMapping(
                app: name, volume: "pvc-\(hex(8))-\(hex(4))", size: any(["1Gi", "5Gi", "10Gi", "50Gi"]),
                claim: "\(name)/\(name)-\(role)", role: role == "db" ? .database : .data)
        }
    }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
