/// `action-item-priority`: every action item still to do has a priority.
public struct ActionItemPriorityRule: LintRule {
    public let id = "action-item-priority"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.warning
    public let summary = "every open action item has a priority (P0–P3, or high/medium/low)"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        zip(1..., document.incident.actionItems).compactMap { number, item in
            // A priority orders work still to do; a done item needs none.
            guard item.priority == nil, item.status == .open || item.status == .inProgress else { return nil }
            let text = LintText(part: "action item \(number)", text: item.text)
            return LintViolation(
                at: document.position(of: text),
                "action item \(number) \(Prose.quoted(item.text)) has no priority: give it one (P0–P3, or high, "
                    + "medium, low)")
        }
    }
}
