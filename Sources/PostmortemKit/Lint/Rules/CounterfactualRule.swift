/// `counterfactual`: the report says what happened, not what someone should have done.
///
/// Flags "should have", "should not have", "ought to have", "could/would have prevented",
/// "if only" (and their French and German forms) anywhere in the prose, and "failed to"
/// when a person is its subject ("we failed to", "the engineer failed to", "Marco failed
/// to"): "the pod failed to start" describes a system and is left alone. Code is skipped.
public struct CounterfactualRule: LintRule {
    public let id = "counterfactual"
    public let category = LintCategory.blamelessLanguage
    public let severity = Finding.Severity.warning
    public let summary = "no counterfactuals (\"should have\", \"if only\", a person \"failed to\")"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let people = KnownPeople(document.incident)
        var violations: [LintViolation] = []
        for text in document.texts where text.role == .narrative {
            for range in Prose.matches(of: hindsight, in: text, proseOnly: true) {
                violations.append(violation(text.text[range], at: document.position(of: range, in: text), in: text))
            }
            for range in Prose.matches(of: failedTo, in: text, proseOnly: true)
            where Self.hasHumanSubject(before: range.lowerBound, in: text.text, people: people) {
                violations.append(violation(text.text[range], at: document.position(of: range, in: text), in: text))
            }
        }
        return violations
    }

    private func violation(_ phrase: Substring, at position: LintPosition, in text: LintText) -> LintViolation {
        LintViolation(
            at: position,
            "\(Prose.quoted(phrase)) in \(text.part) is hindsight: say what people knew and did at the time and why "
                + "it made sense then, and what will change")
    }

    /// Whether the word before `index` (skipping an adverb) is a person: a pronoun, a role,
    /// or a name.
    static func hasHumanSubject(before index: String.Index, in text: String, people: KnownPeople) -> Bool {
        var words = Prose.words(before: index, in: text, count: 3).map(\.0)
        if let last = words.last, last.lowercased().hasSuffix("ly") { words.removeLast() }
        guard let subject = words.last else { return false }
        if humanSubjects.contains(subject.lowercased()) { return true }
        guard PersonNames.isCapitalised(subject) else { return false }
        return PersonNames.isGivenName(subject) || people.isKnownWord(subject)
            || (words.count >= 2 && PersonNames.isGivenName(words[words.count - 2]))
    }

    static let humanSubjects: Set<String> = [
        "i", "we", "he", "she", "they", "you", "someone", "somebody", "nobody", "engineer", "engineers",
        "operator", "operators", "on-call", "oncall", "admin", "admins", "administrator", "sysadmin", "team",
        "developer", "developers", "dev", "devs", "reviewer", "reviewers", "author", "sre", "sres", "human",
        "humans", "staff", "person", "people", "responder", "responders", "owner", "us",
    ]
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let hindsight =
    #/
    (?i)\b(?:
      should (?:n't|n’t|\s+not)? \s+ have
    | should['’]ve
    | ought \s+ to \s+ have
    | (?:could|would) (?:n't|n’t|\s+not)? \s+ have \s+ (?:prevented|avoided|caught|noticed|stopped|detected|spotted|known)
    | if \s+ only
    | (?:aurai[st]?|aurions|auriez|auraient) \s+ dû
    | il \s+ aurait \s+ fallu
    | hätten? \s+ (?:\w+\s+){0,6}? (?:sollen|müssen)
    )\b
    /#
nonisolated(unsafe) private let failedTo = #/(?i)\bfailed\s+to\b/#
