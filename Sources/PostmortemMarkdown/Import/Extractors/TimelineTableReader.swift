import Foundation
import PostmortemKit

/// Reads a timeline table: columns named by their header in any order (time, event,
/// outcome, anything else kept as an extra), rows repaired where one was broken over two
/// lines.
enum TimelineTableReader {
    /// What a column holds.
    enum Role: Equatable {
        case time, event, outcome, extra
    }

    /// Header words that name the time column (whole words, folded).
    static let timeWords: Set<String> = [
        "time", "times", "when", "date", "datetime", "timestamp", "heure", "horaire", "horodatage", "quand", "uhrzeit",
        "zeit", "zeitpunkt", "datum", "wann", "hora", "fecha", "cuando",
    ]
    /// Header words that say a date column is a deadline, not a moment of the incident.
    static let deadlineWords: Set<String> = ["due", "deadline", "target", "faellig", "fallig", "echeance", "plazo"]
    /// Header phrases that name the event column.
    static let eventPhrases: [String] = [
        "what happened", "event", "events", "description", "action", "actions", "evenement", "evenements", "ereignis",
        "ereignisse", "beschreibung", "details", "detail", "activity", "what", "was", "step", "evento", "descripcion",
        "accion", "aktion", "vorgang", "geschehen",
    ]
    /// Header words that name an outcome column.
    static let outcomeWords: Set<String> = [
        "outcome", "status", "result", "results", "resultat", "statut", "etat", "ergebnis", "resultado",
    ]

    /// The role of each column, or nil when no column is a time column. Without an
    /// event-like column the first other non-outcome column is the event, unless
    /// `requireEvent` is set, in which case the header is refused.
    static func roles(header: [String], requireEvent: Bool) -> [Role]? {
        let keys = header.map(headerWords)
        var roles = [Role](repeating: .extra, count: keys.count)
        let isTime: ([String]) -> Bool = { words in
            words.contains(where: timeWords.contains) && !words.contains(where: deadlineWords.contains)
        }
        // Up to two neighbouring time columns ("Date | Time").
        guard let time = keys.firstIndex(where: isTime) else { return nil }
        roles[time] = .time
        if time + 1 < keys.count, isTime(keys[time + 1]) { roles[time + 1] = .time }
        for (index, words) in keys.enumerated() where roles[index] == .extra {
            if words.count <= 2, words.contains(where: outcomeWords.contains) { roles[index] = .outcome }
        }
        let phrase = { (index: Int) -> Bool in
            let joined = " " + keys[index].joined(separator: " ") + " "
            return eventPhrases.contains { joined.contains(" " + $0 + " ") }
        }
        if let event = keys.indices.first(where: { roles[$0] == .extra && phrase($0) }) {
            roles[event] = .event
        } else if !requireEvent, let event = keys.indices.first(where: { roles[$0] == .extra }) {
            roles[event] = .event
        } else {
            return nil
        }
        return roles
    }

    /// Whether a table with this header is a timeline wherever it stands: it has a time
    /// column and an event column.
    static func accepts(header: [String]) -> Bool {
        roles(header: header, requireEvent: true) != nil
    }

    /// The events of `table`, or nil when its header is not a timeline's.
    static func read(
        _ table: MarkdownTable, requireEvent: Bool, context: inout ImportContext
    ) -> [TimelineEvent]? {
        guard let roles = roles(header: table.header.map(\.text), requireEvent: requireEvent) else { return nil }
        let names = table.header.enumerated().map { index, cell in cell.text.isEmpty ? "Column \(index + 1)" : cell.text
        }
        var events: [TimelineEvent] = []
        for row in repairedRows(table, roles: roles, dates: context.dates) {
            guard row.cells.contains(where: { !$0.isEmpty }) else { continue }
            events.append(event(from: row, roles: roles, names: names, context: &context))
        }
        return events
    }

    // MARK: - Rows

    /// One body row as read: its cells' inline Markdown, in column order, and the row's node.
    struct Row {
        var cells: [String]
        var node: MarkdownNode?
    }

    /// The body rows with each row broken over two lines joined again. cmark-gfm reads the
    /// second line of "| Sat 01:28 | HR Renaming | Renaming … |⏎❌ Full Wipe: … |" as a row of
    /// its own, padded with empty cells: when a short row whose time column is filled is
    /// followed by a short row that does not start with a time and whose cells fit in the
    /// first row's missing ones, the second row's cells fill them.
    static func repairedRows(_ table: MarkdownTable, roles: [Role], dates: DateParser.Context) -> [Row] {
        let width = roles.count
        let lastTime = roles.lastIndex(of: .time) ?? 0
        var rows: [Row] = []
        var previousWritten = 0
        for cells in table.rows {
            // Cells cmark-gfm added to pad a short row have no source position.
            let written = cells.prefix { $0.node.range != nil }.count
            let markdown = (0..<width).map { $0 < cells.count ? cells[$0].markdown : "" }
            if let last = rows.last, previousWritten > lastTime, previousWritten < width, written < width,
                written > 0, previousWritten + written <= width,
                !TimelineTime.startsWithTime(markdown[0], dates: dates)
            {
                var merged = last
                for offset in 0..<written { merged.cells[previousWritten + offset] = markdown[offset] }
                rows[rows.count - 1] = merged
                previousWritten += written
                continue
            }
            rows.append(Row(cells: markdown, node: cells.first?.node.parent))
            previousWritten = written
        }
        return rows
    }

    // MARK: - Events

    private static func event(
        from row: Row, roles: [Role], names: [String], context: inout ImportContext
    ) -> TimelineEvent {
        let written = row.cells.indices.filter { roles[$0] == .time }.map { row.cells[$0] }.filter { !$0.isEmpty }
            .joined(separator: " ")
        let time = TimelineTime.unwrapped(written)
        let parsed: ParsedTime
        if let read = TimelineTime.cell(time, dates: &context.dates) {
            parsed = read
        } else {
            parsed = .unknown
            context.add(
                .warning, rule: "timeline-time-unreadable",
                "cannot read the time \"\(time)\" of this timeline row; write it like \"14:02\", \"Feb 20 14:02\" or \"??\"",
                at: row.node)
        }
        var cells = row.cells
        var outcome: Outcome?
        // The outcome: an outcome column first, then the event, then the other columns.
        let eventColumn = roles.firstIndex(of: .event)
        let order =
            roles.indices.filter { roles[$0] == .outcome } + (eventColumn.map { [$0] } ?? [])
            + roles.indices.filter { roles[$0] == .extra }
        for index in order {
            if let reading = OutcomeMarker.read(cells[index]) {
                outcome = reading.outcome
                cells[index] = reading.text
                break
            }
            if roles[index] == .outcome, let word = OutcomeMarker.word(cells[index]) {
                outcome = word
                break
            }
        }
        let extra = roles.indices.filter { roles[$0] == .extra || roles[$0] == .outcome }
            .filter { !cells[$0].isEmpty }
            .map { Field(name: names[$0], value: cells[$0]) }
        return TimelineEvent(
            time: time, at: parsed.at, end: parsed.end, precision: parsed.precision,
            event: eventColumn.map { cells[$0] } ?? "", outcome: outcome, extra: extra)
    }

    /// A header's words, folded: lower case, without accents, parentheses or punctuation
    /// ("Time (UTC)" → ["time"], "Événement" → ["evenement"]).
    static func headerWords(_ text: String) -> [String] {
        var folded = text.lowercasedWithoutDiacritics()
        while let open = folded.firstIndex(of: "("), let close = folded[open...].firstIndex(of: ")") {
            folded.removeSubrange(open...close)
        }
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
