/// A follow-up action. Encoded flat: `text, owner, priority, priorityLevel, status,
/// statusLabel, due, tracking`.
///
/// A status label that is pm's own name for the status (`done` for done) says nothing the
/// status does not: it is dropped (nil), so the canonical format, which writes that name
/// when there is no label, reads back the same item.
public struct ActionItem: Hashable, Codable, Sendable {
    public var text: String
    public var owner: String?
    public var priority: Priority?
    public var status: ActionStatus
    /// The status as the document wrote it ("DONE", "✅ Done", "[x]"); nil when none was written.
    public var statusLabel: String?
    public var due: Day?
    /// A ticket or link that tracks the action ("JIRA-123", "#42").
    public var tracking: String?

    public init(
        text: String, owner: String? = nil, priority: Priority? = nil, status: ActionStatus = .open,
        statusLabel: String? = nil, due: Day? = nil, tracking: String? = nil
    ) {
        self.text = text
        self.owner = owner
        self.priority = priority
        self.status = status
        self.statusLabel = ActionItem.label(statusLabel, for: status)
        self.due = due
        self.tracking = tracking
    }

    /// `label` as the status label of an item with `status`: nil when it is the status's own name.
    public static func label(_ label: String?, for status: ActionStatus) -> String? {
        label == status.rawValue ? nil : label
    }

    enum CodingKeys: String, CodingKey {
        case text, owner, priority, priorityLevel, status, statusLabel, due, tracking
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        if let label = try c.decodeIfPresent(String.self, forKey: .priority) {
            let level = try c.decodeIfPresent(Int.self, forKey: .priorityLevel)
            priority =
                level.map { Priority(label: label, level: $0) } ?? Priority(parsing: label)
                ?? Priority(label: label, level: 2)
        } else {
            priority = nil
        }
        status = try c.decodeIfPresent(ActionStatus.self, forKey: .status) ?? .open
        statusLabel = ActionItem.label(try c.decodeIfPresent(String.self, forKey: .statusLabel), for: status)
        due = try c.decodeIfPresent(Day.self, forKey: .due)
        tracking = try c.decodeIfPresent(String.self, forKey: .tracking)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(owner, forKey: .owner)
        try c.encode(priority?.label, forKey: .priority)
        try c.encode(priority?.level, forKey: .priorityLevel)
        try c.encode(status, forKey: .status)
        try c.encode(statusLabel, forKey: .statusLabel)
        try c.encode(due, forKey: .due)
        try c.encode(tracking, forKey: .tracking)
    }
}

/// An action's priority: the label as written and a level from 0 (most urgent: P0,
/// critical) to 3 (least: P3, low).
public struct Priority: Hashable, Sendable {
    public var label: String
    public var level: Int

    public init(label: String, level: Int) {
        self.label = label
        self.level = min(3, max(0, level))
    }

    /// Reads `P0`–`P3`, `critical`, `high`, `medium`, `low` (and French and German words).
    public init?(parsing text: String) {
        let label = text.trimmingWhitespace()
        guard let severity = Severity.level(of: label) else { return nil }
        // Severity levels run 1–5; priorities 0–3.
        self.init(label: label, level: min(3, severity - 1))
    }
}

/// Where an action item stands.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case open
    case inProgress
    case done
    case wontDo

    /// Reads a status as teams write it ("TODO", "WIP", "In progress", "✅ Done", "Fixed",
    /// "Won't fix", "Erledigt", "Fait"); nil when the text names none.
    public init?(parsing text: String) {
        let folded = text.lowercasedWithoutDiacritics()
            .replacingOccurrences(of: "’", with: "'")
        let table: [(ActionStatus, [String])] = [
            (.wontDo, ["won't", "wont", "will not", "wontfix", "rejected", "cancel", "abandon", "n/a", "obsolete"]),
            (
                .inProgress,
                [
                    "in progress", "in-progress", "wip", "ongoing", "started", "doing", "en cours", "in arbeit",
                    "partial",
                ]
            ),
            (
                .done,
                [
                    "done", "✅", "complete", "fixed", "resolved", "closed", "shipped", "merged", "erledigt", "fait",
                    "termine", "[x]", "implemented",
                ]
            ),
            (
                .open,
                [
                    "todo", "to do", "open", "pending", "planned", "backlog", "not started", "a faire", "offen", "[ ]",
                    "proposed", "tbd",
                ]
            ),
        ]
        for (status, needles) in table where needles.contains(where: { folded.contains($0) }) {
            self = status
            return
        }
        return nil
    }
}
