/// `person-blamed`: no named person is given as the cause of a failure.
///
/// Flags a person's name (a given name with or without a surname, or an author's or
/// owner's name) as the subject of a blaming verb ("Marco forgot to", "Dele accidentally
/// ran", "Priya broke"), after "caused by" or "broken by", or before "'s mistake".
/// Names doing ordinary things ("Marco restarted the broker") are left alone, and so are
/// capitalised words that are not names ("Flux deleted the volume").
public struct PersonBlamedRule: LintRule {
    public let id = "person-blamed"
    public let category = LintCategory.blamelessLanguage
    public let severity = Finding.Severity.warning
    public let summary = "no named person is given as the cause of a failure"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let people = KnownPeople(document.incident)
        var violations: [LintViolation] = []
        for text in document.texts where text.role == .narrative {
            let whole = text.text
            var found: [(name: Range<String.Index>, phrase: Range<String.Index>)] = []
            for range in Prose.matches(of: blamingVerb, in: text, proseOnly: true) {
                if let name = Self.name(before: range.lowerBound, in: whole, people: people) {
                    found.append((name, name.lowerBound..<range.upperBound))
                }
            }
            for range in Prose.matches(of: blamingPossessive, in: text, proseOnly: true) {
                if let name = Self.name(before: range.lowerBound, in: whole, people: people) {
                    found.append((name, name.lowerBound..<range.upperBound))
                }
            }
            for range in Prose.matches(of: causedBy, in: text, proseOnly: true) {
                if let name = Self.name(after: range.upperBound, in: whole, people: people) {
                    found.append((name, range.lowerBound..<name.upperBound))
                }
            }
            for (name, phrase) in found {
                violations.append(
                    LintViolation(
                        at: document.position(of: phrase, in: text),
                        "\(Prose.quoted(whole[phrase])) in \(text.part) names \(whole[name]) as the cause: describe "
                            + "what the system allowed and why the action made sense at the time, not who did it"))
            }
        }
        return violations
    }

    /// The name that ends just before `index` ("Marco", "Marco Ferreira"), or nil.
    static func name(before index: String.Index, in text: String, people: KnownPeople) -> Range<String.Index>? {
        let words = Prose.words(before: index, in: text, count: 2)
        guard let last = words.last, PersonNames.isCapitalised(last.0) else { return nil }
        if words.count == 2, PersonNames.isGivenName(words[0].0) || people.isKnownWord(words[0].0),
            PersonNames.isCapitalised(words[0].0)
        {
            return words[0].1.lowerBound..<last.1.upperBound
        }
        return PersonNames.isGivenName(last.0) || people.isKnownWord(last.0) ? last.1 : nil
    }

    /// The name that starts just after `index`, or nil.
    static func name(after index: String.Index, in text: String, people: KnownPeople) -> Range<String.Index>? {
        let words = Prose.words(after: index, in: text, count: 2).map { word, range in
            // "Marco's change": the possessive is not part of the name.
            word.hasSuffix("'s") || word.hasSuffix("’s")
                ? (String(word.dropLast(2)), range.lowerBound..<text.index(range.upperBound, offsetBy: -2))
                : (word, range)
        }
        guard let first = words.first, PersonNames.isCapitalised(first.0),
            PersonNames.isGivenName(first.0) || people.isKnownWord(first.0)
        else { return nil }
        if words.count == 2, PersonNames.isCapitalised(words[1].0) { return first.1.lowerBound..<words[1].1.upperBound }
        return first.1
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let blamingVerb =
    #/
    (?i)\b(?:
      (?:accidentally|mistakenly|carelessly|inadvertently|wrongly|negligently) \s+ \w+
    | broke | forgot | missed | ignored | overlooked | neglected | misconfigured | mistyped | botched
    | messed \s+ up | screwed \s+ up | fat[-\s]fingered
    | made \s+ (?:a|an|the) \s+ (?:mistake|error|typo|blunder)
    | failed \s+ to | did \s+ not | didn['’]t
    | (?:is|was) \s+ (?:to \s+ blame|at \s+ fault|responsible \s+ for \s+ the \s+ (?:outage|incident|failure))
    )\b
    /#
nonisolated(unsafe) private let blamingPossessive =
    #/
    (?i)['’]s \s+ (?:mistake|error|fault|oversight|typo|slip|blunder|negligence|carelessness)\b
    /#
nonisolated(unsafe) private let causedBy = #/
    (?i)\b(?:caused|triggered|broken|introduced) \s+ by
    /#
