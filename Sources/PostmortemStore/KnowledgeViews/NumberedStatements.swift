import GRDB
import PostmortemKit

/// Every lesson and every troubleshooting entry with a fix, as `LessonIndex.Inputs`
/// statements whose incident is its number in `incidents`.
struct NumberedStatements: Sendable {
    var incidents = TextNumbering()
    var texts = TextNumbering()
    var statements: [LessonIndex.Inputs.Statement] = []

    static func read(_ db: Database) throws -> NumberedStatements {
        var result = NumberedStatements()
        var kinds = TextNumbering()
        var origins: [LessonStatement.Origin] = []
        var lastIncident: Int32?
        func incident(_ statement: Statement) -> Int32 {
            statement.withText(ofColumn: 0) { id in
                if let lastIncident, result.incidents.isText(lastIncident, id) { return lastIncident }
                let number = result.incidents.number(of: id)
                lastIncident = number
                return number
            }
        }
        let lessons = try db.makeStatement(sql: "SELECT incident_id, position, text, kind FROM lessons")
        try lessons.forEachRow { _ in
            let kind = lessons.withText(ofColumn: 3) { kinds.number(of: $0) }
            if Int(kind) == origins.count {
                let value = try ColumnCodec.value(
                    kinds.text(kind), as: Lesson.Kind.self, table: LessonRecord.databaseTableName, column: "kind")
                origins.append(LessonStatement.Origin(value))
            }
            let text = lessons.withText(ofColumn: 2) { result.texts.number(of: $0) }
            result.statements.append(
                LessonIndex.Inputs.Statement(
                    incident: incident(lessons), position: lessons.integer(ofColumn: 1) ?? 0, text: text,
                    matchText: text, origin: origins[Int(kind)]))
        }
        let entries = try db.makeStatement(
            sql: "SELECT incident_id, position, symptom, cause, fix FROM troubleshooting")
        try entries.forEachRow { row in
            let entry = TroubleshootingEntry(symptom: row[2], cause: row[3], fix: row[4])
            guard let statement = LessonStatement(incident: "", position: row[1], troubleshooting: entry) else {
                return
            }
            result.statements.append(
                LessonIndex.Inputs.Statement(
                    incident: incident(entries), position: statement.position,
                    text: result.texts.number(of: statement.text),
                    matchText: result.texts.number(of: statement.matchText),
                    origin: statement.origin))
        }
        return result
    }
}
