/// What lists of incidents and a search index show of each beyond `IncidentFacts`: its
/// status, tags, summary and failure modes with their evidence. Small enough to hold for
/// every incident of a large store.
public struct IncidentOverview: Hashable, Sendable, Codable {
    public var id: IncidentID
    public var status: IncidentStatus?
    public var tags: [String]
    public var summary: String?
    public var failureModes: [FailureModeMatch]

    public init(
        id: IncidentID, status: IncidentStatus? = nil, tags: [String] = [], summary: String? = nil,
        failureModes: [FailureModeMatch] = []
    ) {
        self.id = id
        self.status = status
        self.tags = tags
        self.summary = summary
        self.failureModes = failureModes
    }

    /// The overview of a whole incident.
    public init(_ incident: Incident) {
        self.init(
            id: incident.id, status: incident.status, tags: incident.tags, summary: incident.summary,
            failureModes: incident.failureModes)
    }
}
