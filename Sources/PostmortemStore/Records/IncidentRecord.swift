import GRDB
import PostmortemKit

/// A row of `incidents`: an incident's own scalar fields, its impact metrics, where it was
/// read from, and the content fingerprint a re-import matches on. Lists live in the part
/// tables.
struct IncidentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "incidents"

    var id: String
    var kind: String
    var title: String
    var date: String?
    var detected: String?
    var resolved: String?
    var severityLabel: String?
    /// 1 (most severe) to 5.
    var severityLevel: Int?
    var statusLabel: String?
    var statusPhase: String?
    var environment: String?
    var summary: String?
    var rootCause: String?
    var impactUsersAffected: Int?
    var impactDuration: String?
    var impactDurationSeconds: Int?
    var impactAvailability: String?
    var impactDataLoss: String?
    var sourcePath: String?
    var sourceContentHash: String?
    var sourceEncoding: String?
    var fingerprint: String?
    /// `IncidentRevision.of(incident)`; nil for rows saved before migration v3.
    var revision: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, title, date, detected, resolved
        case severityLabel = "severity_label"
        case severityLevel = "severity_level"
        case statusLabel = "status_label"
        case statusPhase = "status_phase"
        case environment, summary
        case rootCause = "root_cause"
        case impactUsersAffected = "impact_users_affected"
        case impactDuration = "impact_duration"
        case impactDurationSeconds = "impact_duration_seconds"
        case impactAvailability = "impact_availability"
        case impactDataLoss = "impact_data_loss"
        case sourcePath = "source_path"
        case sourceContentHash = "source_content_hash"
        case sourceEncoding = "source_encoding"
        case fingerprint, revision
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let kind = Column(CodingKeys.kind)
        static let title = Column(CodingKeys.title)
        static let date = Column(CodingKeys.date)
        static let detected = Column(CodingKeys.detected)
        static let resolved = Column(CodingKeys.resolved)
        static let severityLabel = Column(CodingKeys.severityLabel)
        static let severityLevel = Column(CodingKeys.severityLevel)
        static let statusLabel = Column(CodingKeys.statusLabel)
        static let statusPhase = Column(CodingKeys.statusPhase)
        static let environment = Column(CodingKeys.environment)
        static let summary = Column(CodingKeys.summary)
        static let rootCause = Column(CodingKeys.rootCause)
        static let impactUsersAffected = Column(CodingKeys.impactUsersAffected)
        static let impactDuration = Column(CodingKeys.impactDuration)
        static let impactDurationSeconds = Column(CodingKeys.impactDurationSeconds)
        static let impactAvailability = Column(CodingKeys.impactAvailability)
        static let impactDataLoss = Column(CodingKeys.impactDataLoss)
        static let sourcePath = Column(CodingKeys.sourcePath)
        static let sourceContentHash = Column(CodingKeys.sourceContentHash)
        static let sourceEncoding = Column(CodingKeys.sourceEncoding)
        static let fingerprint = Column(CodingKeys.fingerprint)
        static let revision = Column(CodingKeys.revision)
    }

    init(incident: Incident, fingerprint: String?) {
        id = incident.id.rawValue
        kind = incident.kind.rawValue
        title = incident.title
        date = ColumnCodec.text(incident.date)
        detected = ColumnCodec.text(incident.detected)
        resolved = ColumnCodec.text(incident.resolved)
        severityLabel = incident.severity?.label
        severityLevel = incident.severity?.level
        statusLabel = incident.status?.label
        statusPhase = incident.status?.phase.rawValue
        environment = incident.environment
        summary = incident.summary
        rootCause = incident.rootCause
        impactUsersAffected = incident.impact.usersAffected
        impactDuration = incident.impact.duration
        impactDurationSeconds = incident.impact.durationSeconds
        impactAvailability = incident.impact.availability
        impactDataLoss = incident.impact.dataLoss
        sourcePath = incident.source?.path
        sourceContentHash = incident.source?.contentHash
        sourceEncoding = incident.source?.encoding
        self.fingerprint = fingerprint
        self.revision = IncidentRevision.of(incident)
    }

    /// The incident with its scalar fields set from this row and every list empty.
    func incidentShell() throws -> Incident {
        let table = Self.databaseTableName
        var source: SourceInfo?
        if let sourcePath {
            source = SourceInfo(path: sourcePath, contentHash: sourceContentHash ?? "", encoding: sourceEncoding ?? "")
        }
        return Incident(
            id: IncidentID(id),
            kind: try ColumnCodec.value(kind, as: IncidentKind.self, table: table, column: CodingKeys.kind.rawValue),
            title: title,
            date: try ColumnCodec.day(date, table: table, column: CodingKeys.date.rawValue),
            detected: try ColumnCodec.timestamp(detected, table: table, column: CodingKeys.detected.rawValue),
            resolved: try ColumnCodec.timestamp(resolved, table: table, column: CodingKeys.resolved.rawValue),
            severity: Self.severity(label: severityLabel, level: severityLevel),
            status: try Self.status(label: statusLabel, phase: statusPhase),
            environment: environment,
            summary: summary,
            rootCause: rootCause,
            impact: Impact(
                usersAffected: impactUsersAffected, duration: impactDuration,
                durationSeconds: impactDurationSeconds, availability: impactAvailability, dataLoss: impactDataLoss),
            source: source)
    }

    /// A severity from its two columns, exactly as stored.
    static func severity(label: String?, level: Int?) -> Severity? {
        guard let label else { return nil }
        var severity = Severity(label: label, level: level ?? 3)
        if let level { severity.level = level }
        return severity
    }

    /// A status from its two columns; the stored phase wins over the one the label implies.
    static func status(label: String?, phase: String?) throws -> IncidentStatus? {
        guard let label else { return nil }
        var status = IncidentStatus(label: label)
        if let phase {
            status.phase = try ColumnCodec.value(
                phase, as: IncidentStatus.Phase.self, table: databaseTableName,
                column: CodingKeys.statusPhase.rawValue)
        }
        return status
    }
}
