import PostmortemKit

/// `IncidentInputs` and what it holds, as the publish cache writes them (``CacheWriter``):
/// every field in declaration order, optionals behind a presence byte.
extension CacheWriter {
    mutating func inputs(_ value: IncidentInputs) {
        string(value.revision)
        facts(value.facts)
        overview(value.overview)
        optional(value.metrics) { $0.metrics($1) }
        array(value.statements) { $0.statement($1) }
        array(value.actions) { $0.actionItem($1) }
        array(value.volumes) { $0.volume($1) }
        strings(value.mentions)
        string(value.searchText)
    }

    mutating func facts(_ value: IncidentFacts) {
        string(value.id.rawValue)
        string(value.kind.rawValue)
        string(value.title)
        optional(value.date) { $0.day($1) }
        optional(value.severity) {
            $0.string($1.label)
            $0.int($1.level)
        }
        strings(value.services.map(\.rawValue))
        strings(value.failureModes.map(\.rawValue))
    }

    mutating func overview(_ value: IncidentOverview) {
        string(value.id.rawValue)
        optional(value.status) { $0.string($1.label) }
        strings(value.tags)
        optional(value.summary) { $0.string($1) }
        array(value.failureModes) {
            $0.string($1.id.rawValue)
            $0.string($1.evidence)
            $0.double($1.score)
        }
    }

    mutating func metrics(_ value: IncidentMetrics) {
        for moment in [value.started, value.detected, value.resolved] { optional(moment) { $0.timestamp($1) } }
        optional(value.timeToDetect) { $0.int($1) }
        optional(value.timeToResolve) { $0.int($1) }
    }

    mutating func statement(_ value: LessonStatement) {
        string(value.incident.rawValue)
        int(value.position)
        string(value.text)
        string(value.matchText)
        string(value.origin.rawValue)
    }

    mutating func actionItem(_ value: ActionBoard.Item) {
        string(value.incident.rawValue)
        int(value.position)
        let action = value.action
        string(action.text)
        optional(action.owner) { $0.string($1) }
        optional(action.priority) {
            $0.string($1.label)
            $0.int($1.level)
        }
        string(action.status.rawValue)
        optional(action.statusLabel) { $0.string($1) }
        optional(action.due) { $0.day($1) }
        optional(action.tracking) { $0.string($1) }
    }

    mutating func volume(_ value: VolumeMapping) {
        string(value.app)
        optional(value.volume) { $0.string($1) }
        optional(value.size) { $0.string($1) }
        optional(value.sizeBytes) { $0.int(Int($1)) }
        optional(value.claim) { $0.string($1) }
        string(value.role.rawValue)
        optional(value.dataRange) { $0.string($1) }
        array(value.extra) {
            $0.string($1.name)
            $0.string($1.value)
        }
    }

    mutating func day(_ value: Day) {
        int(value.year)
        int(value.month)
        int(value.day)
    }

    mutating func timestamp(_ value: Timestamp) {
        day(value.day)
        for part in [value.hour, value.minute, value.second, value.utcOffsetMinutes] { optional(part) { $0.int($1) } }
    }

    mutating func choice(_ value: RelatedIncidents.Choice) {
        strings(value.features.modes.map(\.rawValue))
        strings(value.features.services)
        strings(value.features.resources)
        optional(value.features.date) { $0.day($1) }
        strings(value.related.map(\.rawValue))
        array(value.scores) { $0.int($1) }
    }
}

extension CacheReader {
    mutating func inputs() throws(Malformed) -> IncidentInputs {
        let revision = try string()
        let facts = try facts()
        let overview = try overview()
        let metrics = try optional { reader throws(Malformed) in try reader.metrics() }
        let statements = try array { reader throws(Malformed) in try reader.statement() }
        let actions = try array { reader throws(Malformed) in try reader.actionItem() }
        let volumes = try array { reader throws(Malformed) in try reader.volume() }
        let mentions = try strings()
        let searchText = try string()
        return IncidentInputs(
            revision: revision, facts: facts, overview: overview, metrics: metrics, statements: statements,
            actions: actions, volumes: volumes, mentions: mentions, searchText: searchText)
    }

    mutating func facts() throws(Malformed) -> IncidentFacts {
        let id = IncidentID(try string())
        let kind = try value(IncidentKind.self)
        let title = try string()
        let date = try optional { reader throws(Malformed) in try reader.day() }
        let severity = try optional { reader throws(Malformed) in
            Severity(label: try reader.string(), level: try reader.int())
        }
        return IncidentFacts(
            id: id, kind: kind, title: title, date: date, severity: severity,
            services: try strings().map { ServiceName($0) },
            failureModes: try strings().map { FailureModeID($0) })
    }

    mutating func overview() throws(Malformed) -> IncidentOverview {
        let id = IncidentID(try string())
        let status = try optional { reader throws(Malformed) in reader.status(try reader.string()) }
        let tags = try strings()
        let summary = try optional { reader throws(Malformed) in try reader.string() }
        let modes = try array { reader throws(Malformed) in
            FailureModeMatch(
                id: FailureModeID(try reader.string()), evidence: try reader.string(), score: try reader.double())
        }
        return IncidentOverview(id: id, status: status, tags: tags, summary: summary, failureModes: modes)
    }

    mutating func metrics() throws(Malformed) -> IncidentMetrics {
        let started = try optional { reader throws(Malformed) in try reader.timestamp() }
        let detected = try optional { reader throws(Malformed) in try reader.timestamp() }
        let resolved = try optional { reader throws(Malformed) in try reader.timestamp() }
        let toDetect = try optional { reader throws(Malformed) in try reader.int() }
        let toResolve = try optional { reader throws(Malformed) in try reader.int() }
        return IncidentMetrics(
            started: started, detected: detected, resolved: resolved, timeToDetect: toDetect, timeToResolve: toResolve)
    }

    mutating func statement() throws(Malformed) -> LessonStatement {
        let incident = IncidentID(try string())
        let position = try int()
        let text = try string()
        let matchText = try string()
        return LessonStatement(
            incident: incident, position: position, text: text, matchText: matchText,
            origin: try value(LessonStatement.Origin.self))
    }

    mutating func actionItem() throws(Malformed) -> ActionBoard.Item {
        let incident = IncidentID(try string())
        let position = try int()
        let text = try string()
        let owner = try optional { reader throws(Malformed) in try reader.string() }
        let priority = try optional { reader throws(Malformed) in
            Priority(label: try reader.string(), level: try reader.int())
        }
        let status = try value(ActionStatus.self)
        let statusLabel = try optional { reader throws(Malformed) in try reader.string() }
        let due = try optional { reader throws(Malformed) in try reader.day() }
        let tracking = try optional { reader throws(Malformed) in try reader.string() }
        return ActionBoard.Item(
            incident: incident, position: position,
            action: ActionItem(
                text: text, owner: owner, priority: priority, status: status, statusLabel: statusLabel, due: due,
                tracking: tracking))
    }

    mutating func volume() throws(Malformed) -> VolumeMapping {
        let app = try string()
        let volume = try optional { reader throws(Malformed) in try reader.string() }
        let size = try optional { reader throws(Malformed) in try reader.string() }
        let sizeBytes = try optional { reader throws(Malformed) in Int64(try reader.int()) }
        let claim = try optional { reader throws(Malformed) in try reader.string() }
        let role = try value(VolumeMapping.Role.self)
        let dataRange = try optional { reader throws(Malformed) in try reader.string() }
        let extra = try array { reader throws(Malformed) in Field(name: try reader.string(), value: try reader.string())
        }
        var mapping = VolumeMapping(
            app: app, volume: volume, size: size, sizeBytes: sizeBytes, claim: claim, role: role, dataRange: dataRange,
            extra: extra)
        // As written: a size that reads as bytes while none were kept stays without them.
        mapping.sizeBytes = sizeBytes
        return mapping
    }

    mutating func day() throws(Malformed) -> Day {
        guard let day = Day(year: try int(), month: try int(), day: try int()) else { throw Malformed() }
        return day
    }

    mutating func timestamp() throws(Malformed) -> Timestamp {
        let day = try day()
        let hour = try optional { reader throws(Malformed) in try reader.int() }
        let minute = try optional { reader throws(Malformed) in try reader.int() }
        let second = try optional { reader throws(Malformed) in try reader.int() }
        let offset = try optional { reader throws(Malformed) in try reader.int() }
        return Timestamp(day: day, hour: hour, minute: minute, second: second, utcOffsetMinutes: offset)
    }

    mutating func choice() throws(Malformed) -> RelatedIncidents.Choice {
        let modes = try strings().map { FailureModeID($0) }
        let services = try strings()
        let resources = try strings()
        let date = try optional { reader throws(Malformed) in try reader.day() }
        let related = try strings().map { IncidentID($0) }
        let scores = try array { reader throws(Malformed) in try reader.int() }
        return RelatedIncidents.Choice(
            features: RelatedIncidents.Features(modes: modes, services: services, resources: resources, date: date),
            related: related, scores: scores)
    }

    /// A value of a string enumeration.
    mutating func value<T: RawRepresentable>(_ type: T.Type) throws(Malformed) -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
