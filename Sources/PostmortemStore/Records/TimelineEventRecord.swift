import GRDB
import PostmortemKit

/// A row of `timeline_events`: one entry of an incident's timeline. `extra` is JSON.
struct TimelineEventRecord: IncidentPartRecord {
    static let databaseTableName = "timeline_events"

    var incidentID: String
    var position: Int
    var time: String
    var at: String?
    var end: String?
    var precision: String
    var event: String
    var outcome: String?
    var extra: String

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, time, at, end, precision, event, outcome, extra
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let time = Column(CodingKeys.time)
        static let at = Column(CodingKeys.at)
        static let end = Column(CodingKeys.end)
        static let precision = Column(CodingKeys.precision)
        static let event = Column(CodingKeys.event)
        static let outcome = Column(CodingKeys.outcome)
        static let extra = Column(CodingKeys.extra)
    }

    init(incidentID: String, position: Int, event: TimelineEvent) throws {
        self.incidentID = incidentID
        self.position = position
        self.time = event.time
        self.at = ColumnCodec.text(event.at)
        self.end = ColumnCodec.text(event.end)
        self.precision = event.precision.rawValue
        self.event = event.event
        self.outcome = event.outcome?.rawValue
        self.extra = try ColumnCodec.json(event.extra)
    }

    func timelineEvent() throws -> TimelineEvent {
        let table = Self.databaseTableName
        return TimelineEvent(
            time: time,
            at: try ColumnCodec.timestamp(at, table: table, column: CodingKeys.at.rawValue),
            end: try ColumnCodec.timestamp(end, table: table, column: CodingKeys.end.rawValue),
            precision: try ColumnCodec.value(
                precision, as: TimelineEvent.Precision.self, table: table, column: CodingKeys.precision.rawValue),
            event: event,
            outcome: try ColumnCodec.optionalValue(
                outcome, as: Outcome.self, table: table, column: CodingKeys.outcome.rawValue),
            extra: try ColumnCodec.fields(extra, table: table, column: CodingKeys.extra.rawValue))
    }
}

extension TimelineEventRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        time = try row.decode(forColumn: CodingKeys.time.rawValue)
        at = try row.decode(forColumn: CodingKeys.at.rawValue)
        end = try row.decode(forColumn: CodingKeys.end.rawValue)
        precision = try row.decode(forColumn: CodingKeys.precision.rawValue)
        event = try row.decode(forColumn: CodingKeys.event.rawValue)
        outcome = try row.decode(forColumn: CodingKeys.outcome.rawValue)
        extra = try row.decode(forColumn: CodingKeys.extra.rawValue)
    }
}
