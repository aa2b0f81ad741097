/// Which part of an incident a full-text hit comes from.
public enum SearchDocKind: String, Codable, Sendable, CaseIterable {
    /// The incident's title.
    case title
    case summary
    case rootCause
    /// One contributing factor or causal-chain step.
    case contributingFactor
    /// One timeline event.
    case timeline
    /// One step of the 5-whys chain (question and answer).
    case why
    case lesson
    /// One action item.
    case action
    /// One step of a runbook's procedure.
    case procedure
    /// One troubleshooting entry (symptom, cause and fix).
    case troubleshooting
    /// A section kept verbatim (its heading is indexed as a title).
    case section
}
