import GRDB
import PostmortemKit

/// What the stats count of the incidents, read from the incidents, their failure modes
/// and their services: everything but the times and the actions.
struct IncidentCounts {
    /// The incidents' ids, numbered as read.
    var ids = TextNumbering()
    /// By number: whether each is of kind `incident`, and its day (`Int.min`: none).
    var isIncident: [Bool] = []
    var days: [Int] = []
    var tally = IncidentStats.Tally()

    /// How many documents were read.
    var incidents: Int { ids.count }

    /// The counts; nil when some id is not ASCII.
    static func read(_ db: Database, catalog: ServiceCatalog) throws -> IncidentCounts? {
        var result = IncidentCounts()
        try result.readIncidents(db)
        guard result.ids.isASCII else { return nil }
        try result.readModes(db)
        try result.readServices(db, catalog: catalog)
        return result
    }

    /// Counts the documents by kind, and the incidents by month and severity.
    private mutating func readIncidents(_ db: Database) throws {
        var kinds = TextNumbering()
        var dates = TextNumbering()
        var kindOf: [Int32] = []
        var dateOf: [Int32] = []
        var levelOf: [Int] = []
        let statement = try db.makeStatement(
            sql: "SELECT id, kind, date, severity_label IS NOT NULL, severity_level FROM incidents")
        try statement.forEachRow { _ in
            let number = statement.withText(ofColumn: 0) { ids.number(of: $0) }
            guard Int(number) == kindOf.count else { return }  // an id read twice
            kindOf.append(statement.withText(ofColumn: 1) { kinds.number(of: $0) })
            dateOf.append(statement.withBytes(ofColumn: 2) { $0.map { dates.number(of: $0) } ?? -1 })
            let severity = IncidentRecord.severity(
                label: statement.integer(ofColumn: 3) == 1 ? "" : nil, level: statement.integer(ofColumn: 4))
            levelOf.append(severity?.level ?? 0)
        }
        let table = IncidentRecord.databaseTableName
        let kindValues = try kinds.texts.map {
            try ColumnCodec.value($0, as: IncidentKind.self, table: table, column: "kind")
        }
        let dayValues = try dates.texts.map { try ColumnCodec.day($0, table: table, column: "date") }
        for number in kindOf.indices {
            let day = dateOf[number] < 0 ? nil : dayValues[Int(dateOf[number])]
            days.append(day?.daysSinceEpoch ?? Int.min)
            let kind = kindValues[Int(kindOf[number])]
            isIncident.append(kind == .incident)
            switch kind {
            case .nearMiss: tally.nearMisses += 1
            case .runbook: tally.runbooks += 1
            case .incident: tally.incidents += 1
            }
            guard kind == .incident else { continue }
            if let day {
                tally.months[IncidentStats.Tally.month(of: day), default: 0] += 1
            } else {
                tally.undated += 1
            }
            tally.severities[levelOf[number], default: 0] += 1
        }
    }

    /// The rows of `table` (a part of incidents) as their incident's number and the number
    /// of their `column`'s text in `values`, each incident's rows together: in storage
    /// order, as saving an incident writes them (a third of the time of SQLite's walk of
    /// the key), else read again in key order.
    private func rowsByIncident(
        _ db: Database, table: String, column: String, values: inout TextNumbering
    ) throws -> [(incident: Int32, value: Int32)] {
        var rows: [(incident: Int32, value: Int32)] = []
        for order in ["", " ORDER BY incident_id, position"] {
            rows.removeAll(keepingCapacity: true)
            var finished = [Bool](repeating: false, count: incidents)
            var together = true
            var current: Int32 = -1
            var last: Int32?
            let statement = try db.makeStatement(sql: "SELECT incident_id, \(column) FROM \(table)" + order)
            try statement.forEachRow { _ in
                guard let incident = statement.withText(ofColumn: 0, { ids.existingNumber(of: $0, last: &last) })
                else { return }
                if incident != current {
                    if current >= 0 { finished[Int(current)] = true }
                    if finished[Int(incident)] { together = false }
                    current = incident
                }
                rows.append((incident, statement.withText(ofColumn: 1) { values.number(of: $0) }))
            }
            if together { break }
        }
        return rows
    }

    /// Counts the incidents showing each failure mode.
    private mutating func readModes(_ db: Database) throws {
        var modes = TextNumbering()
        let rows = try rowsByIncident(db, table: "failure_modes", column: "mode_id", values: &modes)
        // Each mode's number among distinct ids (equal as Swift compares them), by its number in `modes`.
        var ids: [FailureModeID] = []
        var numberOfID: [FailureModeID: Int] = [:]
        let modeOf = modes.texts.map { text in
            let id = FailureModeID(rawValue: text)
            if let known = numberOfID[id] { return known }
            numberOfID[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
        var counts = [Int](repeating: 0, count: ids.count)
        var lastCounted = [Int32](repeating: -1, count: ids.count)  // the incident each mode was last counted for
        for row in rows where isIncident[Int(row.incident)] {
            let mode = modeOf[Int(row.value)]
            if lastCounted[mode] != row.incident {
                lastCounted[mode] = row.incident
                counts[mode] += 1
            }
        }
        for (mode, id) in ids.enumerated() where counts[mode] > 0 { tally.modes[id] = counts[mode] }
    }

    /// Counts the incidents touching each service (by its catalog key) and how often each
    /// name is written.
    private mutating func readServices(_ db: Database, catalog: ServiceCatalog) throws {
        var names = TextNumbering()
        let rows = try rowsByIncident(db, table: "incident_services", column: "name", values: &names)
        // Each name's key's number (-1 for an empty key), by its number in `names`.
        var keys: [String] = []
        var numberOfKey: [String: Int] = [:]
        let keyOf = names.texts.map { name in
            let key = catalog.key(for: name)
            guard !key.isEmpty else { return -1 }
            if let known = numberOfKey[key] { return known }
            numberOfKey[key] = keys.count
            keys.append(key)
            return keys.count - 1
        }
        var nameCounts = [Int](repeating: 0, count: names.count)
        var counts = [Int](repeating: 0, count: keys.count)
        var lastCounted = [Int32](repeating: -1, count: keys.count)  // the incident each key was last counted for
        for row in rows where isIncident[Int(row.incident)] {
            let key = keyOf[Int(row.value)]
            guard key >= 0 else { continue }
            nameCounts[Int(row.value)] += 1
            if lastCounted[key] != row.incident {
                lastCounted[key] = row.incident
                counts[key] += 1
            }
        }
        for (name, count) in nameCounts.enumerated() where count > 0 {
            tally.serviceNames[names.text(Int32(name)), default: 0] += count
        }
        for (key, text) in keys.enumerated() where counts[key] > 0 { tally.services[text] = counts[key] }
    }
}
