import GRDB

/// A row of `procedure_steps`: one step of a runbook's (or a recovery's) procedure.
struct ProcedureStepRecord: IncidentPartRecord {
    static let databaseTableName = "procedure_steps"

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

extension ProcedureStepRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        text = try row.decode(forColumn: CodingKeys.text.rawValue)
    }
}
