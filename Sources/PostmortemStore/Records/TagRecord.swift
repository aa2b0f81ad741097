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

extension TagRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        tag = try row.decode(forColumn: CodingKeys.tag.rawValue)
    }
}
