import PostmortemKit

/// A timeline event's time in the canonical format.
///
/// The `Time` column holds the time as written. The reader resolves it as the importer
/// does, in order, against the incident's date (a bare `14:02` lands on the day of the
/// event before it). Where that would not give the event's recorded moment, precision and
/// end, the writer adds an `At` column holding them in ISO 8601 (see ``cell(at:end:precision:)``)
/// for those rows, and the reader takes them from there instead.
enum CanonicalTime {
    /// What a row's time resolves to.
    struct Resolved: Equatable {
        var at: Timestamp?
        var end: Timestamp?
        var precision: TimelineEvent.Precision

        init(at: Timestamp?, end: Timestamp?, precision: TimelineEvent.Precision) {
            self.at = at
            self.end = end
            self.precision = precision
        }

        init(_ event: TimelineEvent) {
            self.init(at: event.at, end: event.end, precision: event.precision)
        }
    }

    /// Resolves written times in order, as the reader does for rows with no `At` cell.
    struct Resolver {
        private var dates: DateParser.Context

        init(date: Day?) {
            dates = DateParser.Context(referenceDay: date)
        }

        /// What `written` resolves to, and whether it could be read at all; moves on to it
        /// only when `commit` is set (rows with an `At` cell leave the resolver where it was).
        mutating func resolve(_ written: String, commit: Bool = true) -> (Resolved, readable: Bool) {
            var probe = dates
            let parsed = TimelineTime.cell(written, dates: &probe)
            if commit { dates = probe }
            let time = parsed ?? .unknown
            return (Resolved(at: time.at, end: time.end, precision: time.precision), parsed != nil)
        }
    }

    /// The `At` cell for a resolved time: `?` for an unknown one; else the moment, `/` and
    /// the end for a range, a leading `~` when approximate. When that form would read back
    /// as another precision, the precision follows in parentheses (`2026-02-20 (exact)`).
    static func cell(for time: Resolved) -> String {
        if time.at == nil, time.end == nil, time.precision == .unknown { return "?" }
        let body = (time.at?.description ?? "?") + (time.end.map { "/" + $0.description } ?? "")
        let implied = (time.precision == .approximate ? "~" : "") + body
        return read(cell: implied) == time ? implied : body + " (" + time.precision.rawValue + ")"
    }

    /// The time an `At` cell holds, or nil when it is not in the form ``cell(for:)`` writes.
    static func read(cell text: String) -> Resolved? {
        var rest = Substring(text.trimmingSpaces())
        var explicit: TimelineEvent.Precision?
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
            guard let precision = TimelineEvent.Precision(rawValue: String(rest[rest.index(after: open)...].dropLast()))
            else { return nil }
            explicit = precision
            rest = rest[..<open]
            while rest.last == " " { rest = rest.dropLast() }
        }
        let approximate = rest.first == "~"
        if approximate { rest = rest.dropFirst() }
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        var at: Timestamp?
        if parts[0] != "?" {
            guard let moment = Timestamp(iso: String(parts[0])) else { return nil }
            at = moment
        }
        var end: Timestamp?
        if parts.count == 2 {
            guard let moment = Timestamp(iso: String(parts[1])) else { return nil }
            end = moment
        }
        let implied: TimelineEvent.Precision =
            end != nil ? .range : approximate ? .approximate : at == nil ? .unknown : at?.hour == nil ? .day : .exact
        return Resolved(at: at, end: end, precision: explicit ?? implied)
    }
}
