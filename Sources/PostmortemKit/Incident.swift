/// A post-mortem (or a runbook, or a near miss) and all its parts.
///
/// Encoded as the JSON contract of `pm show --format json`: camelCase keys, every key
/// present, `null` where a value is unknown.
public struct Incident: Hashable, Codable, Sendable {
    public var id: IncidentID
    public var kind: IncidentKind
    public var title: String
    /// The day the incident started.
    public var date: Day?
    public var detected: Timestamp?
    public var resolved: Timestamp?
    public var severity: Severity?
    public var status: IncidentStatus?
    public var authors: [String]
    public var services: [ServiceName]
    public var environment: String?
    public var tags: [String]
    public var summary: String?
    public var timeline: [TimelineEvent]
    /// The root cause as prose (Markdown), or nil.
    public var rootCause: String?
    /// Contributing factors or the steps of a causal chain, in order.
    public var contributingFactors: [String]
    public var whys: [Why]
    public var impact: Impact
    public var actionItems: [ActionItem]
    public var lessons: [Lesson]
    public var volumeMappings: [VolumeMapping]
    /// A runbook's (or a recovery's) steps, in order, as inline Markdown.
    public var procedure: [String]
    public var troubleshooting: [TroubleshootingEntry]
    public var failureModes: [FailureModeMatch]
    /// Everything the importer did not classify, verbatim and in document order.
    public var sections: [Section]
    /// Front-matter and metadata keys pm has no field for, in document order.
    public var metadata: [Field]
    public var source: SourceInfo?

    public init(
        id: IncidentID, kind: IncidentKind = .incident, title: String, date: Day? = nil,
        detected: Timestamp? = nil, resolved: Timestamp? = nil, severity: Severity? = nil,
        status: IncidentStatus? = nil, authors: [String] = [], services: [ServiceName] = [],
        environment: String? = nil, tags: [String] = [], summary: String? = nil,
        timeline: [TimelineEvent] = [], rootCause: String? = nil, contributingFactors: [String] = [],
        whys: [Why] = [], impact: Impact = Impact(), actionItems: [ActionItem] = [], lessons: [Lesson] = [],
        volumeMappings: [VolumeMapping] = [], procedure: [String] = [], troubleshooting: [TroubleshootingEntry] = [],
        failureModes: [FailureModeMatch] = [], sections: [Section] = [], metadata: [Field] = [],
        source: SourceInfo? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.detected = detected
        self.resolved = resolved
        self.severity = severity
        self.status = status
        self.authors = authors
        self.services = services
        self.environment = environment
        self.tags = tags
        self.summary = summary
        self.timeline = timeline
        self.rootCause = rootCause
        self.contributingFactors = contributingFactors
        self.whys = whys
        self.impact = impact
        self.actionItems = actionItems
        self.lessons = lessons
        self.volumeMappings = volumeMappings
        self.procedure = procedure
        self.troubleshooting = troubleshooting
        self.failureModes = failureModes
        self.sections = sections
        self.metadata = metadata
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, title, date, detected, resolved, severity, status, authors, services, environment, tags
        case summary, timeline, rootCause, contributingFactors, whys, impact, actionItems, lessons
        case volumeMappings, procedure, troubleshooting, failureModes, sections, metadata, source
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(IncidentID.self, forKey: .id)
        kind = try c.decodeIfPresent(IncidentKind.self, forKey: .kind) ?? .incident
        title = try c.decode(String.self, forKey: .title)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        detected = try c.decodeIfPresent(Timestamp.self, forKey: .detected)
        resolved = try c.decodeIfPresent(Timestamp.self, forKey: .resolved)
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity)
        status = try c.decodeIfPresent(IncidentStatus.self, forKey: .status)
        authors = try c.decodeIfPresent([String].self, forKey: .authors) ?? []
        services = try c.decodeIfPresent([ServiceName].self, forKey: .services) ?? []
        environment = try c.decodeIfPresent(String.self, forKey: .environment)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        timeline = try c.decodeIfPresent([TimelineEvent].self, forKey: .timeline) ?? []
        rootCause = try c.decodeIfPresent(String.self, forKey: .rootCause)
        contributingFactors = try c.decodeIfPresent([String].self, forKey: .contributingFactors) ?? []
        whys = try c.decodeIfPresent([Why].self, forKey: .whys) ?? []
        impact = try c.decodeIfPresent(Impact.self, forKey: .impact) ?? Impact()
        actionItems = try c.decodeIfPresent([ActionItem].self, forKey: .actionItems) ?? []
        lessons = try c.decodeIfPresent([Lesson].self, forKey: .lessons) ?? []
        volumeMappings = try c.decodeIfPresent([VolumeMapping].self, forKey: .volumeMappings) ?? []
        procedure = try c.decodeIfPresent([String].self, forKey: .procedure) ?? []
        troubleshooting = try c.decodeIfPresent([TroubleshootingEntry].self, forKey: .troubleshooting) ?? []
        failureModes = try c.decodeIfPresent([FailureModeMatch].self, forKey: .failureModes) ?? []
        sections = try c.decodeIfPresent([Section].self, forKey: .sections) ?? []
        metadata = try c.decodeIfPresent([Field].self, forKey: .metadata) ?? []
        source = try c.decodeIfPresent(SourceInfo.self, forKey: .source)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(detected, forKey: .detected)
        try c.encode(resolved, forKey: .resolved)
        try c.encode(severity, forKey: .severity)
        try c.encode(status, forKey: .status)
        try c.encode(authors, forKey: .authors)
        try c.encode(services, forKey: .services)
        try c.encode(environment, forKey: .environment)
        try c.encode(tags, forKey: .tags)
        try c.encode(summary, forKey: .summary)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(rootCause, forKey: .rootCause)
        try c.encode(contributingFactors, forKey: .contributingFactors)
        try c.encode(whys, forKey: .whys)
        try c.encode(impact, forKey: .impact)
        try c.encode(actionItems, forKey: .actionItems)
        try c.encode(lessons, forKey: .lessons)
        try c.encode(volumeMappings, forKey: .volumeMappings)
        try c.encode(procedure, forKey: .procedure)
        try c.encode(troubleshooting, forKey: .troubleshooting)
        try c.encode(failureModes, forKey: .failureModes)
        try c.encode(sections, forKey: .sections)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(source, forKey: .source)
    }
}
