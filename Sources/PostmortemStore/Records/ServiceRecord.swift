import GRDB
import PostmortemKit

/// A row of `incident_services`: one service an incident touched, with its folded name
/// for matching across incidents.
struct ServiceRecord: IncidentPartRecord {
    static let databaseTableName = "incident_services"

    var incidentID: String
    var position: Int
    var name: String
    /// `ServiceName.key`: case-folded and trimmed.
    var nameKey: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, name
        case nameKey = "name_key"
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let name = Column(CodingKeys.name)
        static let nameKey = Column(CodingKeys.nameKey)
    }

    init(incidentID: String, position: Int, service: ServiceName) {
        self.incidentID = incidentID
        self.position = position
        self.name = service.rawValue
        self.nameKey = service.key
    }

    var service: ServiceName { ServiceName(name) }
}

extension ServiceRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        name = try row.decode(forColumn: CodingKeys.name.rawValue)
        nameKey = try row.decode(forColumn: CodingKeys.nameKey.rawValue)
    }
}
