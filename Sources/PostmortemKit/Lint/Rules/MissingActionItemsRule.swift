/// `missing-action-items`: a post-mortem ends in action items.
public struct MissingActionItemsRule: LintRule {
    public let id = "missing-action-items"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "there are action items: the changes that stop it happening again"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        guard document.incident.actionItems.isEmpty else { return [] }
        return [
            LintViolation(
                at: document.head,
                "no action items: add an Action Items table (Action | Owner | Priority) with the changes that stop "
                    + "this happening again")
        ]
    }
}
