import GRDB
import PostmortemKit

/// The lesson index's inputs read as numbers (`LessonIndex.Inputs`): the incidents in list
/// order from the date index, and every statement as numbers into them and into one table
/// of texts, without a value or a string for each of the hundreds of thousands of rows.
extension IncidentStore {
    /// The lesson index's inputs; nil when some incident id is not ASCII (ids told apart by
    /// their bytes might then differ from ids told apart as Swift compares strings).
    func lessonInputs() throws -> LessonIndex.Inputs? {
        try access {
            // Two reads, at once: each takes a tenth of a second or more in a large store.
            let (incidents, statements) = try pool.concurrently(
                { try self.pool.read(IncidentsInListOrder.read) }, { try self.pool.read(NumberedStatements.read) })
            guard let incidents else { return nil }
            var inputs = incidents.inputs
            // Each statement's incident, from its number among the statements to its place.
            var last: Int32?
            let places = (0..<Int32(statements.incidents.count)).map { number in
                statements.incidents.withBytes(of: number) { incidents.place(of: $0, last: &last) } ?? -1
            }
            inputs.texts = statements.texts.texts
            inputs.statements = statements.statements.compactMap { statement in
                var statement = statement
                statement.incident = places[Int(statement.incident)]
                return statement.incident < 0 ? nil : statement
            }
            return inputs
        }
    }
}
