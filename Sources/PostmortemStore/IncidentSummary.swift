import PostmortemKit

/// The few fields of an incident that a list shows.
public struct IncidentSummary: Hashable, Sendable {
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

    /// The summary of a whole incident.
    public init(_ incident: Incident) {
        self.init(
            id: incident.id, kind: incident.kind, title: incident.title, date: incident.date,
            severity: incident.severity, status: incident.status, services: incident.services)
    }
}
