import Foundation
import PostmortemKit

/// Reads an action table: columns found by their header in any order, bold or not, in
/// English, French and German.
///
/// - Action (Action, Item, Task, Description, Maßnahme, Aufgabe, Action corrective …) is
///   the text; Owner, Priority, Status, Due and Tracking (Bug, Ticket, Issue, Jira …) fill
///   their fields. A tracking cell holding a bold status (`PLAT-1182 **DONE**`, the Google
///   SRE book's habit) gives both.
/// - A numbering column (`#`, `No.`) whose cells are only numbers is dropped.
/// - Nothing else is lost: every other column (the SRE book's Type), and a due or tracking
///   cell that cannot be read, or holds more than its date, is appended to the action's
///   text as `(Header: value)`.
enum ActionTable {
    enum Column: Equatable {
        case action, owner, priority, status, due, tracking, numbering
        case extra(String)
    }

    private static let synonyms: [(Column, [String])] = [
        (
            .action,
            [
                "Action", "Actions", "Action Item", "Action Items", "Item", "Items", "Task", "Tasks", "Description",
                "To do", "Todo", "Follow-up", "Remediation", "Measure", "Mesure", "Mesures", "Action corrective",
                "Actions correctives", "Tâche", "Maßnahme", "Massnahme", "Maßnahmen", "Aufgabe",
            ]
        ),
        (
            .owner,
            [
                "Owner", "Owners", "Assignee", "Assigned to", "Responsible", "Who", "DRI", "Lead", "Verantwortlich",
                "Zuständig", "Responsable", "Porteur", "Qui",
            ]
        ),
        (.priority, ["Priority", "Prio", "Pri", "Urgency", "Priorität", "Priorité", "Priorite"]),
        (.status, ["Status", "State", "Done", "État", "Statut", "Stand", "Zustand"]),
        (
            .due,
            [
                "Due", "Due date", "Deadline", "Target", "Target date", "ETA", "By when", "Échéance", "Fällig",
                "Frist", "Bis", "Termin", "Date limite",
            ]
        ),
        (
            .tracking,
            [
                "Bug", "Bugs", "Ticket", "Tickets", "Issue", "Issues", "Jira", "Tracking", "Tracker", "Link", "PR",
                "Reference", "Ref", "Lien", "Vorgang",
            ]
        ),
        (.numbering, ["#", "No", "No.", "Nr", "Nr.", "N°", "Number", "Num"]),
    ]

    private static let byKey: [String: Column] = {
        var table: [String: Column] = [:]
        for (column, names) in synonyms {
            for name in names { table[key(name)] = table[key(name)] ?? column }
        }
        return table
    }()

    private static func key(_ header: String) -> String {
        let trimmed = header.trimmingSpaces()
        if trimmed == "#" || trimmed == "N°" { return "#" }
        return ActionWords.fold(trimmed.replacingOccurrences(of: "*", with: ""))
            .trimmingCharacters(in: CharacterSet(charactersIn: " :."))
    }

    /// Each header's column; a role named twice is an extra column the second time.
    static func columns(header: [String]) -> [Column] {
        var seen: [Column] = []
        return header.map { name in
            guard let column = byKey[key(name)], !seen.contains(column) else { return .extra(name) }
            seen.append(column)
            return column
        }
    }

    /// Whether the header names an action column, and, when `requireDetail`, also an
    /// owner, priority, status or due column (a table anywhere in a document).
    static func accepts(header: [String], requireDetail: Bool) -> Bool {
        let columns = columns(header: header)
        guard columns.contains(.action) else { return false }
        return !requireDetail || columns.contains { [.owner, .priority, .status, .due].contains($0) }
    }

    /// The table's actions, or nil when it is not an action table or a row has content
    /// but no action text (such a table is kept verbatim instead).
    static func read(_ table: MarkdownTable, requireDetail: Bool, context: ImportContext) -> [ActionItem]? {
        let header = table.header.map(\.text)
        guard accepts(header: header, requireDetail: requireDetail) else { return nil }
        var columns = columns(header: header)
        for (index, column) in columns.enumerated() where column == .numbering {
            let numbers = table.rows.allSatisfy { row in
                index >= row.count || row[index].text.isEmpty
                    || row[index].text.wholeMatch(of: rowNumberPattern) != nil
            }
            if !numbers { columns[index] = .extra(header[index]) }
        }
        // Due dates written together share one numeric order: `19/03/2021` settles `12/03/2021`.
        let dueTexts = columns.indices.filter { columns[$0] == .due }.flatMap { index in
            table.rows.compactMap { index < $0.count ? $0[index].text : nil }
        }
        let order = ActionWords.numericOrder(in: dueTexts)
        var items: [ActionItem] = []
        for row in table.rows {
            guard row.contains(where: { !$0.text.isEmpty }) else { continue }
            guard let item = read(row, columns: columns, header: table.header, order: order, context: context)
            else { return nil }
            items.append(item)
        }
        return items
    }

    private static func read(
        _ row: [MarkdownTable.Cell], columns: [Column], header: [MarkdownTable.Cell], order: DateOrder?,
        context: ImportContext
    ) -> ActionItem? {
        var item = ActionItem(text: "")
        var extras: [String] = []
        func keep(_ index: Int, _ value: String) {
            extras.append("(\(header[index].text): \(value))")
        }
        for (index, column) in columns.enumerated() where index < row.count {
            let cell = row[index]
            guard !cell.text.isEmpty || !cell.markdown.isEmpty else { continue }
            switch column {
            case .action:
                item.text = cell.markdown
            case .owner:
                // Text without markup joins a code span to the word beside it ("Zoe`ops`" reads
                // "Zoeops"): an owner cell holding code is kept as written.
                if !["-", "–", "—"].contains(cell.text) {
                    item.owner = cell.markdown.contains("`") ? cell.markdown.trimmingWhitespace() : cell.text
                }
            case .priority:
                item.priority = ActionWords.priority(cell: cell.text)
            case .status:
                (item.status, item.statusLabel) = status(of: cell.text)
            case .due:
                if let day = ActionWords.findDay(in: cell.text, context: context, order: order) {
                    item.due = day.day
                    // "2021-03-31, after the freeze": the words around the date stay.
                    var rest = cell.text
                    rest.removeSubrange(day.range)
                    if !rest.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:()[]-–—")).isEmpty {
                        keep(index, cell.markdown)
                    }
                } else {
                    keep(index, cell.markdown)
                }
            case .tracking:
                readTracking(cell.markdown, into: &item)
            case .numbering:
                continue
            case .extra:
                keep(index, cell.markdown)
            }
        }
        guard !item.text.isEmpty else { return nil }
        if !extras.isEmpty { item.text += " " + extras.joined(separator: " ") }
        return item
    }

    /// A status cell: pm's own names as written by the canonical writer ("inProgress")
    /// carry no label; any other text is kept as the label, read when it names a status.
    static func status(of cell: String) -> (ActionStatus, String?) {
        if let own = ActionStatus(rawValue: cell) { return (own, nil) }
        return (ActionStatus(parsing: cell) ?? .open, cell)
    }

    /// "PLAT-1182 **DONE**": the bold status leaves the cell for the status fields.
    private static func readTracking(_ markdown: String, into item: inout ActionItem) {
        var rest = markdown
        if let match = markdown.firstMatch(of: boldTextPattern),
            let status = ActionWords.status(label: String(match.output.1))
        {
            if item.statusLabel == nil {
                item.status = status
                item.statusLabel = ActionItem.label(String(match.output.1), for: status)
                rest.removeSubrange(match.range)
            }
        }
        let tracking = rest.trimmingSpaces()
        if !tracking.isEmpty { item.tracking = tracking }
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let rowNumberPattern = #/\d+\.?/#
nonisolated(unsafe) private let boldTextPattern = #/\*\*([^*]+)\*\*/#
