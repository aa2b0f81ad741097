import GRDB
import PostmortemKit

/// A row of `action_items`: one follow-up action, queried across incidents by status,
/// priority, owner and due day.
struct ActionItemRecord: IncidentPartRecord {
    static let databaseTableName = "action_items"

    var incidentID: String
    var position: Int
    var text: String
    var owner: String?
    var priorityLabel: String?
    /// 0 (most urgent) to 3.
    var priorityLevel: Int?
    var status: String
    var statusLabel: String?
    var due: String?
    var tracking: String?

    enum CodingKeys: String, CodingKey {
        case incidentID = "incident_id"
        case position, text, owner
        case priorityLabel = "priority_label"
        case priorityLevel = "priority_level"
        case status
        case statusLabel = "status_label"
        case due, tracking
    }

    enum Columns {
        static let incidentID = Column(CodingKeys.incidentID)
        static let position = Column(CodingKeys.position)
        static let text = Column(CodingKeys.text)
        static let owner = Column(CodingKeys.owner)
        static let priorityLabel = Column(CodingKeys.priorityLabel)
        static let priorityLevel = Column(CodingKeys.priorityLevel)
        static let status = Column(CodingKeys.status)
        static let statusLabel = Column(CodingKeys.statusLabel)
        static let due = Column(CodingKeys.due)
        static let tracking = Column(CodingKeys.tracking)
    }

    init(incidentID: String, position: Int, item: ActionItem) {
        self.incidentID = incidentID
        self.position = position
        self.text = item.text
        self.owner = item.owner
        self.priorityLabel = item.priority?.label
        self.priorityLevel = item.priority?.level
        self.status = item.status.rawValue
        self.statusLabel = item.statusLabel
        self.due = ColumnCodec.text(item.due)
        self.tracking = item.tracking
    }

    func actionItem() throws -> ActionItem {
        let table = Self.databaseTableName
        var priority = priorityLabel.map { Priority(label: $0, level: priorityLevel ?? 2) }
        if let priorityLevel { priority?.level = priorityLevel }
        return ActionItem(
            text: text, owner: owner, priority: priority,
            status: try ColumnCodec.value(
                status, as: ActionStatus.self, table: table, column: CodingKeys.status.rawValue),
            statusLabel: statusLabel,
            due: try ColumnCodec.day(due, table: table, column: CodingKeys.due.rawValue),
            tracking: tracking)
    }
}

extension ActionItemRecord {
    /// Reads a row by its columns' names: what the `Decodable` reading gives, several
    /// times faster (a publish reads every part of every incident).
    init(row: Row) throws {
        incidentID = try row.decode(forColumn: CodingKeys.incidentID.rawValue)
        position = try row.decode(forColumn: CodingKeys.position.rawValue)
        text = try row.decode(forColumn: CodingKeys.text.rawValue)
        owner = try row.decode(forColumn: CodingKeys.owner.rawValue)
        priorityLabel = try row.decode(forColumn: CodingKeys.priorityLabel.rawValue)
        priorityLevel = try row.decode(forColumn: CodingKeys.priorityLevel.rawValue)
        status = try row.decode(forColumn: CodingKeys.status.rawValue)
        statusLabel = try row.decode(forColumn: CodingKeys.statusLabel.rawValue)
        due = try row.decode(forColumn: CodingKeys.due.rawValue)
        tracking = try row.decode(forColumn: CodingKeys.tracking.rawValue)
    }
}
