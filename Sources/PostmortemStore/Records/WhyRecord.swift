import GRDB
import PostmortemKit

/// A row of `whys`: one step of a 5-whys chain.
struct WhyRecord: IncidentPartRecord {
    static let databaseTableName = "whys"

    var incidentID: String
    var position: Int
    var question: String
    var answer: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, question, answer
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let question = Column(CodingKeys.question)
        static let answer = Column(CodingKeys.answer)
    }

    init(incidentID: String, position: Int, why: Why) {
        self.incidentID = incidentID
        self.position = position
        self.question = why.question
        self.answer = why.answer
    }

    var why: Why { Why(question: question, answer: answer) }
}

extension WhyRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        question = try row.decode(forColumn: CodingKeys.question.rawValue)
        answer = try row.decode(forColumn: CodingKeys.answer.rawValue)
    }
}
