/// `timeline-too-short`: a timeline has at least three events.
public struct TimelineTooShortRule: LintRule {
    public let id = "timeline-too-short"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "the timeline has at least 3 events (start, detection, resolution)"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]
    /// The fewest events a timeline needs.
    public static let minimumEvents = 3

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let count = document.incident.timeline.count
        guard count < Self.minimumEvents else { return [] }
        let message =
            count == 0
            ? "no timeline: add a Timeline section with at least \(Self.minimumEvents) timed events "
                + "(when it started, when it was detected, when it was resolved)"
            : "the timeline has \(count) event\(count == 1 ? "" : "s"); it needs at least \(Self.minimumEvents) "
                + "(when it started, when it was detected, when it was resolved)"
        return [LintViolation(at: document.head, message)]
    }
}
