/// `missing-date`: a post-mortem says when it happened.
public struct MissingDateRule: LintRule {
    public let id = "missing-date"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "the date the incident started is given"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        guard document.incident.date == nil else { return [] }
        return [
            LintViolation(
                at: document.head,
                "no date: add the day the incident started (`date: YYYY-MM-DD` in the front matter, or a Date: line)")
        ]
    }
}
