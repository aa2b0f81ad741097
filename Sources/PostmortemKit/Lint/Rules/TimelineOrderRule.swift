/// `timeline-order`: the timeline's events are in time order.
public struct TimelineOrderRule: LintRule {
    public let id = "timeline-order"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.warning
    public let summary = "the timeline's events are in time order"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        var violations: [LintViolation] = []
        var previous: (number: Int, event: TimelineEvent, at: Timestamp)?
        for (number, event) in zip(1..., document.incident.timeline) {
            guard let at = event.at else { continue }
            if let before = previous, Self.isEarlier(at, than: before.at) {
                let text = LintText(part: "timeline event \(number)", text: event.event)
                violations.append(
                    LintViolation(
                        at: document.position(of: text),
                        "timeline event \(number) (\(event.time)) is earlier than event \(before.number) "
                            + "(\(before.event.time)) above it: put the events in time order"))
            }
            previous = (number, event, at)
        }
        return violations
    }

    /// Whether `time` is before `other`: by the clock when both have a time of day (in UTC
    /// when both name a zone, as written otherwise), else by the day alone, so "Feb 20"
    /// after "Feb 20 14:00" is not out of order.
    static func isEarlier(_ time: Timestamp, than other: Timestamp) -> Bool {
        guard time.hour != nil, other.hour != nil else { return time.day < other.day }
        if time.utcOffsetMinutes != nil, other.utcOffsetMinutes != nil { return time < other }
        return wallClock(time) < wallClock(other)
    }

    private static func wallClock(_ time: Timestamp) -> Int {
        time.day.daysSinceEpoch * 86_400 + (time.hour ?? 0) * 3_600 + (time.minute ?? 0) * 60 + (time.second ?? 0)
    }
}
