/// `blaming-words`: no "human error", "careless", "negligent" and their kin.
///
/// Those words end the inquiry at a person; the report should go on to why the system let
/// the mistake happen and matter. A negated use ("this was not human error") is fine, and
/// code is skipped.
public struct BlamingWordsRule: LintRule {
    public let id = "blaming-words"
    public let category = LintCategory.blamelessLanguage
    public let severity = Finding.Severity.warning
    public let summary = "no blaming words (\"human error\", \"careless\", \"negligent\", \"sloppy\")"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        document.texts.filter { $0.role == .narrative }.flatMap { text in
            Prose.matches(of: blame, in: text, proseOnly: true).compactMap { range in
                guard !Prose.isNegated(before: range.lowerBound, in: text.text) else { return nil }
                return LintViolation(
                    at: document.position(of: range, in: text),
                    "\(Prose.quoted(text.text[range])) in \(text.part) blames a person: describe what made the "
                        + "mistake possible and what will make it harder (a check, a guard rail, a safer default)")
            }
        }
    }
}

// Compiled once: `Regex` is not `Sendable`, but this is immutable and only ever read.
nonisolated(unsafe) private let blame =
    #/
    (?i)\b(?:
      human \s+ errors?
    | operator \s+ errors?
    | pilot \s+ errors?
    | careless (?:ly|ness)?
    | negligen (?:t|tly|ce)
    | sloppy | sloppiness
    | incompeten (?:t|ce)
    | stupid (?:ity)?
    | fat[-\s]finger (?:ed|ing|s)?
    | erreurs? \s+ humaines?
    | négligen (?:t|te|ce)
    | menschliche[sn]? \s+ (?:versagen|fehler)
    | fahrlässig (?:keit)?
    | unachtsam (?:keit)?
    | schlampig (?:keit)?
    )\b
    /#
