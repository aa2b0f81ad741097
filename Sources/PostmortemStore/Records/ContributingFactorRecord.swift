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
