/// `timeline-time`: every timeline event has a time pm can read.
public struct TimelineTimeRule: LintRule {
    public let id = "timeline-time"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.warning
    public let summary = "every timeline event has a time that can be read (HH:MM, a date, or both)"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        zip(1..., document.incident.timeline).compactMap { number, event in
            guard event.at == nil else { return nil }
            let time = event.time.trimmingSpaces()
            let eventText = LintText(part: "timeline event \(number)", text: event.event)
            guard !time.isEmpty else {
                return LintViolation(
                    at: document.position(of: eventText),
                    "timeline event \(number) has no time: give every event one (HH:MM, with the day when it differs)")
            }
            let timeText = LintText(part: "timeline event \(number)", text: time, anchor: event.event)
            let position = document.position(of: timeText)
            let reason =
                document.incident.date == nil
                ? "the incident has no date to read it against; add one, or write the day with the time"
                : "write it as HH:MM, YYYY-MM-DD HH:MM or a date; mark a guess with ~ (~14:00)"
            return LintViolation(
                at: position, "cannot read the time \(Prose.quoted(time)) of timeline event \(number): \(reason)")
        }
    }
}
