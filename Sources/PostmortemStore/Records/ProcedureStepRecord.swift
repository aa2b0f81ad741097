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
