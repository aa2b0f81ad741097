/// What a section of a post-mortem is about, named from its heading by `SectionClassifier`.
public enum SectionKind: String, Hashable, Codable, Sendable, CaseIterable {
    case summary
    /// Background or context the reader needs first.
    case background
    case timeline
    case rootCause
    case contributingFactors
    case trigger
    case impact
    case detection
    /// Resolution, recovery, mitigation: what was done to end the incident.
    case resolution
    /// Action items, follow-ups, remediation, corrective actions, prevention, next steps.
    case actionItems
    case lessons
    case wentWell
    /// What went wrong, what could be improved.
    case wentWrong
    /// Where we got lucky.
    case lucky
    /// One section holding both lessons and action items.
    case lessonsAndActions
    /// The 5 whys.
    case whys
    /// Volume or PV mappings, storage inventories.
    case volumes
    /// A procedure or runbook: steps to follow.
    case procedure
    case troubleshooting
    /// Incident details as key-value lines.
    case metadata
    /// Anything else, kept verbatim.
    case other
}
