import GRDB
import PostmortemKit

/// A row of `incident_metadata`: a front-matter or metadata key pm has no field for.
struct MetadataRecord: IncidentPartRecord {
    static let databaseTableName = "incident_metadata"

    var incidentID: String
    var position: Int
    var name: String
    var value: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, name, value
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let name = Column(CodingKeys.name)
        static let value = Column(CodingKeys.value)
    }

    init(incidentID: String, position: Int, field: Field) {
        self.incidentID = incidentID
        self.position = position
        self.name = field.name
        self.value = field.value
    }

    var field: Field { Field(name: name, value: value) }
}

extension MetadataRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        name = try row.decode(forColumn: CodingKeys.name.rawValue)
        value = try row.decode(forColumn: CodingKeys.value.rawValue)
    }
}
