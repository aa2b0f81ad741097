/// `missing-severity`: an incident says how bad it was.
public struct MissingSeverityRule: LintRule {
    public let id = "missing-severity"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "the severity is given (SEV1–SEV5, P0–P4, critical/high/medium/low)"
    public let kinds: Set<IncidentKind> = [.incident]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        guard document.incident.severity == nil else { return [] }
        return [
            LintViolation(
                at: document.head, "no severity: add one (`severity: SEV2` in the front matter, or a Severity: line)")
        ]
    }
}
