import PostmortemKit

/// The vocabulary of the canonical format that its writer and its reader share: front
/// matter keys, table headers, metric names, lesson groups, outcome markers, and how
/// extra table columns map to fields.
enum CanonicalFormat {
    /// Front-matter keys pm reads into fields; every other key is metadata.
    enum Key {
        static let id = "id"
        static let title = "title"
        static let kind = "kind"
        static let date = "date"
        static let severity = "severity"
        static let status = "status"
        static let services = "services"
        static let environment = "environment"
        static let tags = "tags"
        static let authors = "authors"
        static let detected = "detected"
        static let resolved = "resolved"
        static let failureModes = "failure_modes"
        /// Metadata as a list of one-key maps, for names that cannot all be keys.
        static let metadata = "metadata"

        static let all: Set<String> = [
            id, title, kind, date, severity, status, services, environment, tags, authors, detected, resolved,
            failureModes, metadata,
        ]
    }

    /// Whether metadata can be written as plain front-matter keys: every name once, and
    /// none a key pm reads itself. Otherwise it is written under `metadata:` as a list.
    static func metadataFitsAsKeys(_ fields: [Field]) -> Bool {
        var seen: Set<String> = []
        for field in fields {
            guard !Key.all.contains(field.name), seen.insert(field.name).inserted else { return false }
        }
        return true
    }

    // MARK: - Tables

    enum Column {
        static let time = "Time"
        static let at = "At"
        static let event = "Event"
        static let outcome = "Outcome"
    }

    static let metricsHeader = ["Metric", "Value"]
    static let actionHeader = ["Action", "Owner", "Priority", "Status", "Due", "Tracking"]
    static let volumeHeader = ["App", "Volume", "Size", "Claim", "Role", "Data Range"]
    static let troubleshootingHeader = ["Symptom", "Cause", "Fix"]

    /// The rows of the impact metrics table.
    enum Metric {
        static let usersAffected = "Users affected"
        static let duration = "Duration"
        /// Written only when the duration's seconds are not what `Duration` reads as.
        static let durationSeconds = "Duration in seconds"
        static let availability = "Availability"
        static let dataLoss = "Data loss"
    }

    /// The seconds a written duration reads as ("~11 hours" → 39600).
    static func seconds(of duration: String?) -> Int? {
        duration.flatMap(DurationParser.seconds(in:))
    }

    static func marker(of outcome: Outcome) -> String {
        switch outcome {
        case .success: return "✅"
        case .warning: return "⚠️"
        case .failure: return "❌"
        }
    }

    /// The outcome one of the three markers names; nil for anything else.
    static func outcome(ofMarker cell: String) -> Outcome? {
        Outcome.allCases.first { marker(of: $0) == cell }
    }

    // MARK: - Lessons

    static let lessonGroups: [(Lesson.Kind, String)] = [
        (.learned, "Lessons"), (.wentWell, "What went well"), (.wentWrong, "What went wrong"),
        (.lucky, "Where we got lucky"),
    ]

    static func lessonGroup(of kind: Lesson.Kind) -> String {
        lessonGroups.first { $0.0 == kind }?.1 ?? "Lessons"
    }

    static func lessonKind(ofGroup title: String) -> Lesson.Kind? {
        lessonGroups.first { $0.1 == title }?.0
    }

    // MARK: - Extra columns

    /// A column of extra fields: the n-th field of that name in a row (a timeline table
    /// can have two columns with one header).
    struct ExtraColumn: Hashable {
        var name: String
        var occurrence: Int
    }

    /// The extra columns that hold every row's fields, in the order they first appear.
    static func extraColumns(_ rows: [[Field]]) -> [ExtraColumn] {
        var columns: [ExtraColumn] = []
        var known: Set<ExtraColumn> = []
        for fields in rows {
            var counts: [String: Int] = [:]
            for field in fields {
                let occurrence = counts[field.name, default: 0]
                counts[field.name] = occurrence + 1
                let column = ExtraColumn(name: field.name, occurrence: occurrence)
                if known.insert(column).inserted { columns.append(column) }
            }
        }
        return columns
    }

    /// A row's cells for `columns`; "" where the row has no such field.
    static func values(of fields: [Field], in columns: [ExtraColumn]) -> [String] {
        columns.map { column in
            let matches = fields.filter { $0.name == column.name }
            return column.occurrence < matches.count ? matches[column.occurrence].value : ""
        }
    }
}
