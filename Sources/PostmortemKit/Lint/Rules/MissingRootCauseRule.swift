/// `missing-root-cause`: a post-mortem says why it happened: a root cause, contributing
/// factors, a 5 whys chain, or a section whose heading asks why ("Why", "Why it nearly went
/// wrong", "Pourquoi", "Warum").
public struct MissingRootCauseRule: LintRule {
    public let id = "missing-root-cause"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.error
    public let summary = "a root cause, contributing factors or a 5 whys chain says why it happened"
    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let incident = document.incident
        guard !Prose.hasWords(incident.rootCause), !incident.contributingFactors.contains(where: Prose.hasWords),
            incident.whys.isEmpty, !document.hasKeptSection(of: [.rootCause, .contributingFactors, .whys]),
            !incident.sections.contains(where: Self.explainsWhy)
        else { return [] }
        return [
            LintViolation(
                at: document.head,
                "no root cause: add a Root Cause section (or Contributing Factors, or 5 Whys) explaining why it happened"
            )
        ]
    }

    /// Whether a kept section's heading asks why and the section answers.
    static func explainsWhy(_ section: Section) -> Bool {
        let key = SectionClassifier.classify(section.heading).key
        guard let first = key.split(separator: " ").first else { return false }
        return ["why", "pourquoi", "warum"].contains(first) && Prose.hasWords(section.markdown)
    }
}
