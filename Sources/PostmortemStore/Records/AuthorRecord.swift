import GRDB

/// A row of `incident_authors`: one of an incident's authors.
struct AuthorRecord: IncidentPartRecord {
    static let databaseTableName = "incident_authors"

    var incidentID: String
    var position: Int
    var name: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, name
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let name = Column(CodingKeys.name)
    }
}
