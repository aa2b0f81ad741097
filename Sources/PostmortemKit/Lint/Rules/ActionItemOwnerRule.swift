/// `action-item-owner`: every action item has someone who will do it.
public struct ActionItemOwnerRule: LintRule {
    public let id = "action-item-owner"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.warning
    public let summary = "every action item has an owner (a person or a team)"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    /// Owner cells that name nobody ("TBD", "Backlog": a place, not an owner).
    static let placeholders: Set<String> = [
        "", "-", "–", "—", "?", "??", "tbd", "tba", "n/a", "na", "none", "nobody", "unassigned", "unknown",
        "backlog", "todo", "to do", "someone", "anyone", "everyone", "team", "all", "x",
    ]

    public func check(_ document: LintDocument) -> [LintViolation] {
        zip(1..., document.incident.actionItems).compactMap { number, item in
            let owner = item.owner?.trimmingSpaces() ?? ""
            guard Self.placeholders.contains(owner.lowercased()) else { return nil }
            let text = LintText(part: "action item \(number)", text: item.text)
            let position = document.position(of: text)
            let what =
                owner.isEmpty
                ? "has no owner" : "has no owner (\(Prose.quoted(owner)) names no one who will do it)"
            return LintViolation(
                at: position,
                "action item \(number) \(Prose.quoted(item.text)) \(what): name the person or team responsible")
        }
    }
}
