import GRDB
import PostmortemKit

/// Every incident once, in list order (newest first, undated last, then by id), with its
/// failure modes: the incidents of `LessonIndex.Inputs`.
struct IncidentsInListOrder: Sendable {
    /// The incidents' ids, numbered as read.
    var ids = TextNumbering()
    /// The place of each incident, by number.
    var placeOfNumber: [Int32] = []
    /// The incidents and their failure modes, without statements.
    var inputs = LessonIndex.Inputs()

    /// The place of the incident whose id is `id`; nil when there is none. `last` is the
    /// number of the incident found before (see `TextNumbering.existingNumber(of:last:)`).
    func place(of id: UnsafeBufferPointer<UInt8>, last: inout Int32?) -> Int32? {
        ids.existingNumber(of: id, last: &last).map { placeOfNumber[Int($0)] }
    }

    /// The incidents in list order; nil when some id is not ASCII.
    ///
    /// SQLite's walk of the date index (`date DESC, id`) gives list order for the dates
    /// and ids pm writes; the order is checked, and the incidents sorted when it is not.
    /// The ids are numbered in storage order (by rowid), the order their parts are read in.
    static func read(_ db: Database) throws -> IncidentsInListOrder? {
        var listedIDs: [UInt8] = []  // the ids as read, one after the other
        var listedEnds: [Int] = [0]
        var rowids: [Int64] = []
        var dates = TextNumbering()
        var listedDates: [Int32] = []
        let statement = try db.makeStatement(sql: "SELECT id, date, rowid FROM incidents ORDER BY date DESC, id")
        try statement.forEachRow { _ in
            statement.withText(ofColumn: 0) { listedIDs.append(contentsOf: $0) }
            listedEnds.append(listedIDs.count)
            listedDates.append(statement.withBytes(ofColumn: 1) { $0.map { dates.number(of: $0) } ?? -1 })
            rowids.append(Int64(statement.integer(ofColumn: 2) ?? 0))
        }
        var result = IncidentsInListOrder()
        var numberOfListed = [Int32](repeating: -1, count: rowids.count)
        var dateOfNumber: [Int32] = []
        listedIDs.withUnsafeBufferPointer { all in
            for index in rowids.indices.sorted(by: { rowids[$0] < rowids[$1] }) {
                let number = result.ids.number(
                    of: UnsafeBufferPointer(rebasing: all[listedEnds[index]..<listedEnds[index + 1]]))
                guard Int(number) == dateOfNumber.count else { continue }  // an id read twice
                numberOfListed[index] = number
                dateOfNumber.append(listedDates[index])
            }
        }
        guard result.ids.isASCII else { return nil }
        let table = IncidentRecord.databaseTableName
        // Every kind must be one this pm reads, as when the incidents are read as values.
        for kind in try String.fetchAll(db, sql: "SELECT DISTINCT kind FROM incidents") {
            _ = try ColumnCodec.value(kind, as: IncidentKind.self, table: table, column: "kind")
        }
        let days = try dates.texts.map {
            try ColumnCodec.day($0, table: table, column: "date")?.daysSinceEpoch ?? Int.min
        }
        let day = dateOfNumber.map { $0 < 0 ? Int.min : days[Int($0)] }
        let ids = result.ids
        func before(_ a: Int32, _ b: Int32) -> Bool {
            let (x, y) = (day[Int(a)], day[Int(b)])
            if x != y { return x > y }
            return ids.precedes(a, b)
        }
        var numbers = numberOfListed.filter { $0 >= 0 }
        if numbers.indices.dropFirst().contains(where: { before(numbers[$0], numbers[$0 - 1]) }) {
            numbers.sort(by: before)
        }
        result.placeOfNumber = [Int32](repeating: 0, count: numbers.count)
        for (place, number) in numbers.enumerated() { result.placeOfNumber[Int(number)] = Int32(place) }
        try result.readModes(db, numbers: numbers)
        return result
    }

    /// Adds the incidents, at `numbers` in list order, with their failure modes in their
    /// own order. The modes are read in storage order (a third of the time of SQLite's walk
    /// of the key) and put in order here.
    private mutating func readModes(_ db: Database, numbers: [Int32]) throws {
        var modeIDs = TextNumbering()
        var rows: [(place: Int32, position: Int, mode: Int32)] = []
        var last: Int32?
        let statement = try db.makeStatement(sql: "SELECT incident_id, position, mode_id FROM failure_modes")
        try statement.forEachRow { _ in
            let found = statement.withText(ofColumn: 0) { ids.existingNumber(of: $0, last: &last) }
            guard let number = found else { return }
            rows.append(
                (
                    placeOfNumber[Int(number)], statement.integer(ofColumn: 1) ?? 0,
                    statement.withText(ofColumn: 2) { modeIDs.number(of: $0) }
                ))
        }
        // Grouped by place, each incident's modes by position.
        var starts = [Int](repeating: 0, count: numbers.count + 1)
        for row in rows { starts[Int(row.place) + 1] += 1 }
        for place in numbers.indices { starts[place + 1] += starts[place] }
        var next = starts
        var ordered = [(position: Int, mode: Int32)](repeating: (0, 0), count: rows.count)
        for row in rows {
            ordered[next[Int(row.place)]] = (row.position, row.mode)
            next[Int(row.place)] += 1
        }
        inputs.modes = modeIDs.texts.map(FailureModeID.init(rawValue:))
        for (place, number) in numbers.enumerated() {
            if starts[place + 1] - starts[place] > 1 {
                ordered[starts[place]..<starts[place + 1]].sort { $0.position < $1.position }
            }
            inputs.appendIncident(IncidentID(ids.text(number)))
            for row in ordered[starts[place]..<starts[place + 1]] { inputs.appendMode(row.mode) }
        }
    }
}
