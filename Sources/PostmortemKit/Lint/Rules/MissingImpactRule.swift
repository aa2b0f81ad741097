/// `missing-impact`: an incident says what it did to users and data.
public struct MissingImpactRule: LintRule {
    public let id = "missing-impact"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "the impact says who was affected, for how long, and what data was lost"
    /// A near miss had no impact: that is what makes it one.
    public let kinds: Set<IncidentKind> = [.incident]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let impact = document.incident.impact
        let described =
            impact.items.contains { Prose.hasWords($0) } || impact.usersAffected != nil || impact.duration != nil
            || impact.availability != nil || impact.dataLoss != nil || document.hasKeptSection(of: [.impact])
        guard !described else { return [] }
        return [
            LintViolation(
                at: document.head,
                "no impact: add an Impact section saying who was affected, for how long, and whether data was lost")
        ]
    }
}
