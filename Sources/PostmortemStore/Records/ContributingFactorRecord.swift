import GRDB

/// A row of `contributing_factors`: one contributing factor or causal-chain step.
struct ContributingFactorRecord: IncidentPartRecord {
    static let databaseTableName = "contributing_factors"

    var incidentID: String
    var position: Int
    var text: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, text
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let text = Column(CodingKeys.text)
    }
}

extension ContributingFactorRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        text = try row.decode(forColumn: CodingKeys.text.rawValue)
    }
}
