/// `missing-summary`: a post-mortem opens with a summary of what happened.
public struct MissingSummaryRule: LintRule {
    public let id = "missing-summary"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "a summary says in a few sentences what happened"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        guard !Prose.hasWords(document.incident.summary), !document.hasKeptSection(of: [.summary]) else { return [] }
        return [
            LintViolation(
                at: document.head,
                "no summary: add a Summary section saying in two or three sentences what happened and who noticed")
        ]
    }
}
