import GRDB
import PostmortemKit

/// A row of `lessons`: one thing learned, and how.
struct LessonRecord: IncidentPartRecord {
    static let databaseTableName = "lessons"

    var incidentID: String
    var position: Int
    var text: String
    var kind: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, text, kind
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let text = Column(CodingKeys.text)
        static let kind = Column(CodingKeys.kind)
    }

    init(incidentID: String, position: Int, lesson: Lesson) {
        self.incidentID = incidentID
        self.position = position
        self.text = lesson.text
        self.kind = lesson.kind.rawValue
    }

    func lesson() throws -> Lesson {
        Lesson(
            text: text,
            kind: try ColumnCodec.value(
                kind, as: Lesson.Kind.self, table: Self.databaseTableName, column: CodingKeys.kind.rawValue))
    }
}

extension LessonRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        text = try row.decode(forColumn: CodingKeys.text.rawValue)
        kind = try row.decode(forColumn: CodingKeys.kind.rawValue)
    }
}
