import GRDB
import PostmortemKit

/// The stats counted from the tables (`IncidentStats.Tally`): one pass over the incidents,
/// their failure modes, their services and their saved times, counting by numbers, without
/// a value or a string for each row.
extension IncidentStore {
    /// The stats' tally; nil when some incident id is not ASCII (ids told apart by their
    /// bytes might then differ from ids told apart as Swift compares strings) or when some
    /// incident's times were not saved under the current rules (they are computed then).
    func statsTally(catalog: ServiceCatalog) throws -> IncidentStats.Tally? {
        try access {
            // Two reads, at once: each takes a tenth of a second or more in a large store.
            let (counted, (saved, actions)) = try pool.concurrently(
                { try self.pool.read { db in try IncidentCounts.read(db, catalog: catalog) } },
                { (try self.pool.read(SavedTimings.read), try self.actionStatusCounts()) })
            guard let counted, saved.count == counted.incidents else { return nil }
            var tally = counted.tally
            tally.actions = actions
            // The incidents' times, in list order (newest first, undated last, then by id),
            // sorted by small keys rather than moving the times.
            var order: [(day: Int, incident: Int32, timing: Int32)] = []
            order.reserveCapacity(saved.metrics.count)
            var last: Int32?
            for timing in saved.metrics.indices {
                let found = saved.ids.withBytes(of: Int32(timing)) { counted.ids.existingNumber(of: $0, last: &last) }
                guard let incident = found, counted.isIncident[Int(incident)] else { continue }
                order.append((counted.days[Int(incident)], incident, Int32(timing)))
            }
            order.sort { a, b in a.day != b.day ? a.day > b.day : counted.ids.precedes(a.incident, b.incident) }
            tally.timings = order.map {
                IncidentStats.Timing(
                    id: IncidentID(counted.ids.text($0.incident)), metrics: saved.metrics[Int($0.timing)])
            }
            return tally
        }
    }
}
