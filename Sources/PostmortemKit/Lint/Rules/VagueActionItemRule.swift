/// `vague-action-item`: an action item names a concrete change, not a good intention.
///
/// An item is vague when it is one of the well-meant phrases that change nothing ("be more
/// careful", "improve monitoring", "more testing") with fewer than three other words
/// beside it and no number, code or link: "Improve monitoring" is vague; "Improve
/// monitoring: alert when /srv is not a mount point" is not.
public struct VagueActionItemRule: LintRule {
    public let id = "vague-action-item"
    public let category = LintCategory.completeness
    public let severity = Finding.Severity.warning
    public let summary =
        "no action item is a vague intention (\"be more careful\", \"improve monitoring\") without a concrete change"

    public let kinds: Set<IncidentKind> = [.incident, .nearMiss]

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        zip(1..., document.incident.actionItems).compactMap { number, item in
            let text = LintText(part: "action item \(number)", text: item.text)
            guard let phrase = Self.vaguePhrase(in: item.text) else { return nil }
            return LintViolation(
                at: document.position(of: text),
                "action item \(number) \(Prose.quoted(item.text)) is vague (\(Prose.quoted(phrase))): say what will "
                    + "change (which alert, which check, which step), so someone can do it and see it done")
        }
    }

    /// The vague phrase `text` amounts to, or nil when it names a concrete change.
    static func vaguePhrase(in text: String) -> String? {
        let lowered = text.lowercased()
        guard let match = lowered.firstMatch(of: vague) else { return nil }
        // Code, links and numbers are concrete: "alert above 80%", "`node_filesystem_avail`".
        if text.contains(where: { "`/0123456789".contains($0) }) || text.contains("http") { return nil }
        let rest = lowered[..<match.range.lowerBound] + " " + lowered[match.range.upperBound...]
        let words = rest.split { !($0.isLetter || $0 == "'" || $0 == "-") }.map(String.init)
        let concrete = words.filter { !fillers.contains($0) }
        return concrete.count >= 3 ? nil : String(text[match.range])
    }

    /// Words that add nothing concrete to a vague phrase.
    private static let fillers: Set<String> = [
        "a", "an", "the", "of", "for", "on", "in", "to", "and", "or", "with", "when", "our", "we", "all", "more",
        "better", "this", "that", "it", "its", "around", "about", "be", "is", "are", "so", "again", "future",
        "team", "teams", "everyone", "people", "general", "overall", "etc", "going", "forward", "needed",
        "necessary", "possible", "where", "as", "should", "must", "will", "always", "proper", "properly", "also",
        "generally", "some", "any", "process", "processes", "things", "stuff", "issues", "issue", "incidents",
        "incident", "similar", "such", "like", "these", "those", "them", "they", "their", "us", "at", "by",
    ]
}

// Compiled once: `Regex` is not `Sendable`, but this is immutable and only ever read.
// Matched against lower-cased text.
nonisolated(unsafe) private let vague =
    #/
    \b(?:
      be \s+ (?:more\s+|extra\s+)? careful
    | take \s+ (?:more\s+|extra\s+)? care
    | pay \s+ (?:more\s+|closer\s+)? attention
    | be \s+ (?:more\s+)? (?:vigilant|aware)
    | double[-\s]?check
    | raise \s+ awareness
    | (?:don't|do\s+not|never) \s+ (?:do|let) \s+ (?:it|this|that) \s+ (?:happen\s+)? again
    | avoid \s+ (?:this|it|that) \s+ (?:happening\s+)? (?:again|in\s+the\s+future)
    | make \s+ sure \s+ (?:this|it|that) \s+ (?:doesn't|does\s+not|never|won't|will\s+not) \s+ happens? \s+ again
    | learn \s+ from \s+ (?:this|it|our\s+mistakes)
    | communicate \s+ better
    | test \s+ (?:more|better)
    | (?:improve|enhance|increase|better|more|add\s+more|review|strengthen|tighten) \s+ (?:the\s+|our\s+)?
      (?:monitoring|alerting|alerts|testing|tests|communication|documentation|docs|processes|process
        |observability|visibility|training|reliability|quality|coordination|awareness|oversight|reviews|caution)
    | investigate (?:\s+further)?
    | follow[-\s]?up
    | look \s+ into \s+ (?:it|this)
    )\b
    /#
