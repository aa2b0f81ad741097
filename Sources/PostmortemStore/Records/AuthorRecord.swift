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

extension AuthorRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        name = try row.decode(forColumn: CodingKeys.name.rawValue)
    }
}
