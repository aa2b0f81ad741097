/// What the cross-incident views (lessons, actions, stats, related incidents, services)
/// need to know about an incident besides its parts: who it is, when, how bad, what it
/// touched and how it failed. Small enough to hold for every incident of a large store.
public struct IncidentFacts: Hashable, Sendable, Codable {
    public var id: IncidentID
    public var kind: IncidentKind
    public var title: String
    public var date: Day?
    public var severity: Severity?
    /// The services the incident names, as written.
    public var services: [ServiceName]
    /// The incident's failure modes, in its own order (the classifier's: best first).
    public var failureModes: [FailureModeID]

    public init(
        id: IncidentID, kind: IncidentKind = .incident, title: String, date: Day? = nil, severity: Severity? = nil,
        services: [ServiceName] = [], failureModes: [FailureModeID] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.severity = severity
        self.services = services
        self.failureModes = failureModes
    }

    /// The facts of a whole incident.
    public init(_ incident: Incident) {
        self.init(
            id: incident.id, kind: incident.kind, title: incident.title, date: incident.date,
            severity: incident.severity, services: incident.services, failureModes: incident.failureModes.map(\.id))
    }

    /// Newest first, undated last, then by id: the order of `pm list`.
    public static func listOrder(_ a: IncidentFacts, _ b: IncidentFacts) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.id < b.id
        }
    }

    /// `incidents` in list order: as given when they already are (a store returns them so),
    /// else sorted.
    public static func inListOrder(_ incidents: [IncidentFacts]) -> [IncidentFacts] {
        for index in incidents.indices.dropFirst() where listOrder(incidents[index], incidents[index - 1]) {
            return incidents.sorted(by: listOrder)
        }
        return incidents
    }
}
