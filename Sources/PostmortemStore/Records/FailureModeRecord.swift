import GRDB
import PostmortemKit

/// A row of `failure_modes`: a failure mode an incident shows, with its evidence and score.
struct FailureModeRecord: IncidentPartRecord {
    static let databaseTableName = "failure_modes"

    var incidentID: String
    var position: Int
    var modeID: String
    var evidence: String
    var score: Double

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position
        case modeID = "mode_id"
        case evidence, score
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let modeID = Column(CodingKeys.modeID)
        static let evidence = Column(CodingKeys.evidence)
        static let score = Column(CodingKeys.score)
    }

    init(incidentID: String, position: Int, match: FailureModeMatch) {
        self.incidentID = incidentID
        self.position = position
        self.modeID = match.id.rawValue
        self.evidence = match.evidence
        self.score = match.score
    }

    var match: FailureModeMatch { FailureModeMatch(id: FailureModeID(modeID), evidence: evidence, score: score) }
}

extension FailureModeRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        modeID = try row.decode(forColumn: CodingKeys.modeID.rawValue)
        evidence = try row.decode(forColumn: CodingKeys.evidence.rawValue)
        score = try row.decode(forColumn: CodingKeys.score.rawValue)
    }
}
