/// What a document is: an incident report, a runbook (procedure and troubleshooting, no
/// incident date), or a near miss (something that almost went wrong).
public enum IncidentKind: String, Codable, Sendable, CaseIterable {
    case incident
    case runbook
    case nearMiss
}
