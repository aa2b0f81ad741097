import GRDB

/// A row of `incident_tags`: one of an incident's tags.
struct TagRecord: IncidentPartRecord {
    static let databaseTableName = "incident_tags"

    var incidentID: String
    var position: Int
    var tag: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, tag
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let tag = Column(CodingKeys.tag)
    }
}
