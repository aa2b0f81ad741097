import Foundation
import GRDB
import PostmortemKit

/// Lean queries for the cross-incident views (`LessonIndex`, `ActionBoard`,
/// `IncidentStats`, `RelatedIncidents`, `ServiceIndex`): each reads only the columns its
/// view needs, across every incident, without assembling whole `Incident` values, so they
/// stay fast on a store of 100,000 incidents. Each returns what the same view would take
/// from `fetchAll()` (the tests compare the two).
extension IncidentStore {
    /// Every incident's facts, in list order (newest first, undated last, then by id).
    public func incidentFacts() throws -> [IncidentFacts] {
        try incidentFacts(details: true)
    }

    /// `incidentFacts()`; without `details`, titles, severities and services are left empty
    /// (what the lesson index needs is the ids, dates and failure modes).
    func incidentFacts(details: Bool) throws -> [IncidentFacts] {
        try access {
            try pool.read { db in
                let services =
                    details
                    ? try Self.grouped(
                        db, sql: "SELECT incident_id, name FROM incident_services ORDER BY incident_id, position"
                    ) { row in ServiceName(row[1] as String) } : [:]
                let modes = try Self.grouped(
                    db, sql: "SELECT incident_id, mode_id FROM failure_modes ORDER BY incident_id, position"
                ) { row in FailureModeID(row[1] as String) }
                let table = IncidentRecord.databaseTableName
                // Read in storage order and sorted here: cheaper than SQLite's walk of the date index.
                var facts: [IncidentFacts] = []
                var days: [Int] = []
                let columns = details ? "title, severity_label, severity_level" : "'', NULL, NULL"
                let rows = try Row.fetchCursor(db, sql: "SELECT id, kind, date, \(columns) FROM incidents")
                while let row = try rows.next() {
                    let id: String = row[0]
                    let date = try ColumnCodec.day(row[2], table: table, column: "date")
                    days.append(date?.daysSinceEpoch ?? Int.min)
                    facts.append(
                        IncidentFacts(
                            id: IncidentID(id),
                            kind: try ColumnCodec.value(row[1], as: IncidentKind.self, table: table, column: "kind"),
                            title: row[3], date: date, severity: IncidentRecord.severity(label: row[4], level: row[5]),
                            services: services[id] ?? [], failureModes: modes[id] ?? []))
                }
                let order = facts.indices.sorted { a, b in
                    days[a] != days[b] ? days[a] > days[b] : facts[a].id < facts[b].id
                }
                return order.map { facts[$0] }
            }
        }
    }

    /// Every lesson and every troubleshooting entry with a fix, as lesson statements, by
    /// incident id and position.
    public func lessonStatements() throws -> [LessonStatement] {
        try access {
            try pool.read { db in
                var statements: [LessonStatement] = []
                let table = LessonRecord.databaseTableName
                let lessons = try Row.fetchCursor(
                    db, sql: "SELECT incident_id, position, text, kind FROM lessons ORDER BY incident_id, position")
                while let row = try lessons.next() {
                    let kind = try ColumnCodec.value(row[3], as: Lesson.Kind.self, table: table, column: "kind")
                    statements.append(
                        LessonStatement(
                            incident: IncidentID(row[0] as String), position: row[1],
                            lesson: Lesson(text: row[2], kind: kind)))
                }
                let entries = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT incident_id, position, symptom, cause, fix FROM troubleshooting
                        ORDER BY incident_id, position
                        """)
                while let row = try entries.next() {
                    let entry = TroubleshootingEntry(symptom: row[2], cause: row[3], fix: row[4])
                    if let statement = LessonStatement(
                        incident: IncidentID(row[0] as String), position: row[1], troubleshooting: entry)
                    {
                        statements.append(statement)
                    }
                }
                return statements
            }
        }
    }

    /// Every action item, by incident id and position.
    public func actionItems() throws -> [ActionBoard.Item] {
        try access {
            try pool.read { db in
                try ActionItemRecord.order(ActionItemRecord.Columns.incidentID, ActionItemRecord.Columns.position)
                    .fetchAll(db).map { record in
                        ActionBoard.Item(
                            incident: IncidentID(record.incidentID), position: record.position,
                            action: try record.actionItem())
                    }
            }
        }
    }

    /// How many action items have each status (statuses no action has are absent).
    public func actionStatusCounts() throws -> [ActionStatus: Int] {
        try access {
            try pool.read { db in
                var counts: [ActionStatus: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT status, count(*) FROM action_items GROUP BY status") {
                    let status = try ColumnCodec.value(
                        row[0], as: ActionStatus.self, table: ActionItemRecord.databaseTableName, column: "status")
                    counts[status] = row[1]
                }
                return counts
            }
        }
    }

    /// Every incident's `IncidentMetrics` (those of incidents with no timeline, no
    /// detection or resolution time and no impact duration are empty).
    ///
    /// Saving an incident saves its metrics, so this reads one row per incident. Incidents
    /// saved by an older pm, or under other rules, are measured from what the metrics are
    /// made of: the front matter's detection and resolution times, the impact's duration,
    /// the timeline events that have a time (their time, end, precision and text) and the
    /// metadata lines that can hold a time.
    public func incidentMetrics() throws -> [IncidentID: IncidentMetrics] {
        try access {
            try pool.read { db in
                var metrics = try Self.savedMetrics(db)
                if metrics.count == (try IncidentRecord.fetchCount(db)) { return metrics }
                let computed =
                    try Self.incidentMetrics(db, timelineOrder: "rowid")
                    ?? Self.incidentMetrics(db, timelineOrder: "incident_id, position") ?? [:]
                for (id, value) in computed where metrics[id] == nil { metrics[id] = value }
                return metrics
            }
        }
    }

    /// The metrics saved with the incidents under the current rules (`IncidentMetrics.rulesVersion`).
    private static func savedMetrics(_ db: Database) throws -> [IncidentID: IncidentMetrics] {
        let table = IncidentMetricsRecord.databaseTableName
        var result: [IncidentID: IncidentMetrics] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, started, detected, resolved, time_to_detect, time_to_resolve
                FROM incident_metrics WHERE rules = ?
                """,
            arguments: [IncidentMetrics.rulesVersion])
        while let row = try rows.next() {
            result[IncidentID(row[0] as String)] = IncidentMetrics(
                started: try ColumnCodec.timestamp(row[1], table: table, column: "started"),
                detected: try ColumnCodec.timestamp(row[2], table: table, column: "detected"),
                resolved: try ColumnCodec.timestamp(row[3], table: table, column: "resolved"),
                timeToDetect: row[4], timeToResolve: row[5])
        }
        return result
    }

    /// The metrics of every incident, its timeline events read in `timelineOrder`, each
    /// incident's events computed into metrics as soon as they are read (a large store has
    /// about ten per incident). Storage order (rowid) is the fastest to read and keeps each
    /// incident's events together and in order, since they are written together; nil when
    /// an incident's events turn out not to be together in that order.
    private static func incidentMetrics(_ db: Database, timelineOrder: String) throws -> [IncidentID: IncidentMetrics]?
    {
        var metadata: [String: [Field]] = [:]
        let fields = try Row.fetchCursor(
            db, sql: "SELECT incident_id, name, value FROM incident_metadata ORDER BY incident_id, position")
        while let row = try fields.next() {
            let name: String = row[1]
            guard IncidentMetrics.isMetricField(name) else { continue }
            metadata[row[0], default: []].append(Field(name: name, value: row[2]))
        }
        let table = IncidentRecord.databaseTableName
        var basics: [String: (date: Day?, detected: Timestamp?, resolved: Timestamp?, impact: Int?)] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, date, detected, resolved, impact_duration_seconds FROM incidents")
        while let row = try rows.next() {
            basics[row[0] as String] = (
                try ColumnCodec.day(row[1], table: table, column: "date"),
                try ColumnCodec.timestamp(row[2], table: table, column: "detected"),
                try ColumnCodec.timestamp(row[3], table: table, column: "resolved"), row[4]
            )
        }
        var result: [IncidentID: IncidentMetrics] = [:]
        result.reserveCapacity(basics.count)
        func measure(_ id: String, _ moments: [IncidentMetrics.Moment]) {
            guard let basic = basics[id] else { return }
            result[IncidentID(id)] = IncidentMetrics(
                date: basic.date, detected: basic.detected, resolved: basic.resolved, moments: moments,
                metadata: metadata[id] ?? [], impactDurationSeconds: basic.impact)
        }

        // Hundreds of thousands of events: their times and text read as bytes, not strings.
        let timelineTable = TimelineEventRecord.databaseTableName
        let events = try Row.fetchCursor(
            db,
            sql: """
                SELECT incident_id, at, "end", precision = 'range', event FROM timeline_events
                WHERE at IS NOT NULL ORDER BY \(timelineOrder)
                """)
        var current: String?
        var moments: [IncidentMetrics.Moment] = []
        while let row = try events.next() {
            let id: String = row[0]
            if id != current {
                if let current { measure(current, moments) }
                if result[IncidentID(id)] != nil { return nil }
                current = id
                moments.removeAll(keepingCapacity: true)
            }
            let at = try row.withUnsafeData(atIndex: 1) {
                try ColumnCodec.timestamp(bytes: $0, table: timelineTable, column: "at")
            }
            guard let at else { continue }
            let end = try row.withUnsafeData(atIndex: 2) {
                try ColumnCodec.timestamp(bytes: $0, table: timelineTable, column: "end")
            }
            let isRange: Bool = row[3]
            let moment = try row.withUnsafeData(atIndex: 4) { data in
                (data ?? Data()).withUnsafeBytes { raw in
                    IncidentMetrics.Moment(at: at, end: end, isRange: isRange, utf8: raw.bindMemory(to: UInt8.self))
                }
            }
            moments.append(moment)
        }
        if let current { measure(current, moments) }
        for id in basics.keys where result[IncidentID(id)] == nil { measure(id, []) }
        return result
    }

    /// Every incident's volume mappings (incidents without any are absent).
    public func volumeMappings() throws -> [IncidentID: [VolumeMapping]] {
        try access {
            try pool.read { db in
                var result: [IncidentID: [VolumeMapping]] = [:]
                for (id, records) in try VolumeMappingRecord.fetchGrouped(db, incidentID: nil) {
                    result[IncidentID(id)] = try records.map { try $0.volumeMapping() }
                }
                return result
            }
        }
    }

    /// For each of `names`, the incidents whose indexed text holds it (as a phrase of its
    /// words, matched as `pm search` matches words); names holding no letter or digit, or
    /// held by no incident, are absent. With `among`, only those incidents are looked at.
    public func incidentsMentioning(_ names: [String], among: [IncidentID]? = nil) throws -> [String: Set<IncidentID>] {
        if let among, among.isEmpty { return [:] }
        return try access {
            try pool.read { db in
                let only = among.map { " AND d.incident_id IN (\(databaseQuestionMarks(count: $0.count)))" } ?? ""
                let statement = try db.makeStatement(
                    sql: """
                        SELECT DISTINCT d.incident_id FROM search_index
                        JOIN search_docs AS d ON d.id = search_index.rowid
                        WHERE search_index MATCH ?\(only)
                        """)
                var result: [String: Set<IncidentID>] = [:]
                for name in names {
                    let phrase = SearchTerms(parsing: "\"\(name.replacingOccurrences(of: "\"", with: " "))\"")
                    guard !phrase.isEmpty else { continue }
                    var arguments: StatementArguments = [phrase.allTermsExpression]
                    if let among { arguments += StatementArguments(among.map(\.rawValue)) }
                    let ids = try String.fetchAll(statement, arguments: arguments)
                    if !ids.isEmpty { result[name] = Set(ids.map(IncidentID.init(rawValue:))) }
                }
                return result
            }
        }
    }

    /// How much the text of other incidents resembles `incident`'s, by the full-text index.
    ///
    /// The incident's words (`RelatedIncidents.characteristicWords(of:)`) are weighed by
    /// how often it uses them times their rarity in the index, log(1 + parts / parts holding
    /// the word); the `wordLimit` heaviest that some part of another incident holds are
    /// looked up (words in more than a fifth of all parts are too common to tell anything).
    /// Another incident's score adds the rarity of each of them it holds, so sharing two
    /// rare words counts more than sharing one, and a big incident scores no more than a
    /// small one for holding a word many times. The `limit` best are returned, each with the
    /// words it holds, heaviest first.
    public func textSimilarity(to incident: Incident, wordLimit: Int = 12, limit: Int = 50) throws -> [IncidentID:
        TextSimilarity]
    {
        let candidates = RelatedIncidents.characteristicWords(of: incident)
        guard !candidates.isEmpty, wordLimit > 0, limit > 0 else { return [:] }
        return try access {
            try pool.read { db in
                let parts = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_docs") ?? 0
                let words = try Self.heaviestShared(
                    candidates, of: incident.id.rawValue, limit: wordLimit, parts: parts, db: db)
                let holders = try db.cachedStatement(
                    sql: """
                        SELECT DISTINCT d.incident_id FROM search_index
                        JOIN search_docs AS d ON d.id = search_index.rowid
                        WHERE search_index MATCH ? AND d.incident_id != ?
                        """)
                var found: [String: TextSimilarity] = [:]
                for (word, rarity) in words {
                    for id in try String.fetchAll(holders, arguments: ["\"\(word)\"", incident.id.rawValue]) {
                        found[id, default: TextSimilarity(score: 0, words: [])].score += rarity
                        found[id]?.words.append(word)
                    }
                }
                let best = found.sorted { a, b in
                    a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key
                }
                .prefix(limit)
                return Dictionary(uniqueKeysWithValues: best.map { (IncidentID($0.key), $0.value) })
            }
        }
    }

    /// The `limit` heaviest of `words` (uses × rarity) with their rarity, keeping only those
    /// in at most a fifth of the index's `parts` and in some part of another incident than
    /// `incidentID`; ties by the words' order.
    private static func heaviestShared(
        _ words: [RelatedIncidents.WordCount], of incidentID: String, limit: Int, parts: Int, db: Database
    ) throws -> [(String, Double)] {
        var frequency: [String: Int] = [:]
        for chunk in stride(from: 0, to: words.count, by: 500) {
            let slice = words[chunk..<min(words.count, chunk + 500)].map(\.word)
            let rows = try Row.fetchAll(
                db,
                sql:
                    "SELECT term, docs FROM search_word_terms WHERE term IN (\(databaseQuestionMarks(count: slice.count)))",
                arguments: StatementArguments(slice))
            for row in rows { frequency[row[0]] = row[1] }
        }
        let own = try db.cachedStatement(
            sql: """
                SELECT count(*) FROM search_words WHERE search_words MATCH ?
                AND rowid IN (SELECT id FROM search_docs WHERE incident_id = ?)
                """)
        let weighed = words.enumerated().compactMap {
            offset, entry -> (word: String, rarity: Double, weight: Double, offset: Int)? in
            guard let holding = frequency[entry.word], holding > 0, holding <= max(1, parts / 5) else { return nil }
            let rarity = log(1 + Double(parts) / Double(holding))
            return (entry.word, rarity, rarity * Double(entry.count), offset)
        }
        .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.offset < $1.offset }
        var chosen: [(String, Double)] = []
        for entry in weighed where chosen.count < limit {
            let inIncident = try Int.fetchOne(own, arguments: ["\"\(entry.word)\"", incidentID]) ?? 0
            if (frequency[entry.word] ?? 0) > inIncident { chosen.append((entry.word, entry.rarity)) }
        }
        return chosen
    }

    /// The rows of `sql` (incident id first, ordered by it) made into values by `make`,
    /// grouped by incident id, in row order. The dictionary is touched once per incident,
    /// not once per row.
    static func grouped<Value>(_ db: Database, sql: String, _ make: (Row) throws -> Value) throws -> [String: [Value]] {
        var result: [String: [Value]] = [:]
        var current: String?
        var values: [Value] = []
        let rows = try Row.fetchCursor(db, sql: sql)
        while let row = try rows.next() {
            let id: String = row[0]
            if id != current {
                if let current { result[current, default: []] += values }
                current = id
                values.removeAll(keepingCapacity: true)
            }
            values.append(try make(row))
        }
        if let current { result[current, default: []] += values }
        return result
    }
}
