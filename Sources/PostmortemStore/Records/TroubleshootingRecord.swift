import GRDB
import PostmortemKit

/// A row of `troubleshooting`: a runbook's symptom, cause and fix.
struct TroubleshootingRecord: IncidentPartRecord {
    static let databaseTableName = "troubleshooting"

    var incidentID: String
    var position: Int
    var symptom: String
    var cause: String
    var fix: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, symptom, cause, fix
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let symptom = Column(CodingKeys.symptom)
        static let cause = Column(CodingKeys.cause)
        static let fix = Column(CodingKeys.fix)
    }

    init(incidentID: String, position: Int, entry: TroubleshootingEntry) {
        self.incidentID = incidentID
        self.position = position
        self.symptom = entry.symptom
        self.cause = entry.cause
        self.fix = entry.fix
    }

    var entry: TroubleshootingEntry { TroubleshootingEntry(symptom: symptom, cause: cause, fix: fix) }
}

extension TroubleshootingRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        symptom = try row.decode(forColumn: CodingKeys.symptom.rawValue)
        cause = try row.decode(forColumn: CodingKeys.cause.rawValue)
        fix = try row.decode(forColumn: CodingKeys.fix.rawValue)
    }
}
