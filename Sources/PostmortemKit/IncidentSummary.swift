/// One row of `pm list`: what identifies an incident at a glance.
public struct IncidentSummary: Hashable, Codable, Sendable {
    public var id: IncidentID
    public var kind: IncidentKind
    public var title: String
    public var date: Day?
    public var severity: Severity?
    public var status: IncidentStatus?
    public var services: [ServiceName]

    public init(
        id: IncidentID, kind: IncidentKind, title: String, date: Day?, severity: Severity?, status: IncidentStatus?,
        services: [ServiceName]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.severity = severity
        self.status = status
        self.services = services
    }

    public init(_ incident: Incident) {
        self.init(
            id: incident.id, kind: incident.kind, title: incident.title, date: incident.date,
            severity: incident.severity, status: incident.status, services: incident.services)
    }

    enum CodingKeys: String, CodingKey { case id, kind, title, date, severity, status, services }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(severity, forKey: .severity)
        try c.encode(status, forKey: .status)
        try c.encode(services, forKey: .services)
    }
}

/// `{"incidents": [...]}`, the JSON of `pm list` and `pm export`.
public struct IncidentList<Element: Codable & Sendable>: Codable, Sendable {
    public var incidents: [Element]
    public init(incidents: [Element]) { self.incidents = incidents }
}
