/// `person-name`: no names of people outside the authors (and action-item owners).
///
/// Customers, reporters and bystanders named in a report are identifiable once it is
/// published. A name is a given name followed by a capitalised surname ("Frank Tessmer"),
/// a title and a name ("Dr. Weber"), or the value of a label that names a person
/// ("Reported by: Jane Roe", `reviewed_by: Jo Hartley`). Authors and the owners of
/// action items are the team and may be named. Code is skipped.
public struct PersonNameRule: LintRule {
    public let id = "person-name"
    public let category = LintCategory.personalData
    public let severity = Finding.Severity.warning
    public let summary = "no names of people other than the authors and action-item owners"

    public init() {}

    public func check(_ document: LintDocument) -> [LintViolation] {
        let people = KnownPeople(document.incident)
        var violations: [LintViolation] = []
        for text in document.texts {
            for mention in Self.mentions(in: text) where !people.contains(mention.name) {
                violations.append(
                    LintViolation(
                        at: document.position(of: mention.range, in: text),
                        "\(Prose.quoted(mention.name)) named in \(text.part) is not among the authors: replace the "
                            + "name with a role (\"a customer\", \"the on-call engineer\") before publishing, or add "
                            + "them to the authors"))
            }
        }
        return violations
    }

    /// The names in `text`: a labelled value's names when its label names a person; in
    /// prose, given name and surname pairs, titled names and `Label: Name` lines.
    static func mentions(in text: LintText) -> [PersonNames.Mention] {
        switch text.role {
        case .author, .owner:
            return []
        case .metadata:
            guard let label = text.label, PersonNames.isPersonLabel(label) else { return [] }
            return PersonNames.names(inValue: text.text)
        case .narrative:
            var found: [PersonNames.Mention] = []
            for range in text.proseRanges {
                found += PersonNames.mentions(in: text.text, range: range)
                found += labelledNames(in: text.text, range: range)
            }
            var seen = Set<Range<String.Index>>()
            return found.sorted { $0.range.lowerBound < $1.range.lowerBound }.filter { mention in
                // A labelled name may also be a given-name pair: report it once.
                guard !seen.contains(where: { $0.overlaps(mention.range) }) else { return false }
                seen.insert(mention.range)
                return true
            }
        }
    }

    /// Names on `Label: value` lines whose label names a person ("**Reported by:** Jane
    /// Roe", "- Contact: Jo Bell").
    private static func labelledNames(in text: String, range: Range<String.Index>) -> [PersonNames.Mention] {
        var result: [PersonNames.Mention] = []
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            let lineEnd =
                text[lineStart..<range.upperBound].firstIndex(where: LintSource.isLineBreak) ?? range.upperBound
            if let colon = text[lineStart..<lineEnd].firstIndex(of: ":"),
                text.distance(from: lineStart, to: colon) <= 40,
                PersonNames.isPersonLabel(String(text[lineStart..<colon]))
            {
                var valueStart = text.index(after: colon)
                // "**Label:** value": the closing emphasis belongs to the label.
                while valueStart < lineEnd, "*_ ".contains(text[valueStart]) {
                    valueStart = text.index(after: valueStart)
                }
                let value = String(text[valueStart..<lineEnd])
                for mention in PersonNames.names(inValue: value) {
                    let lower = text.index(
                        valueStart, offsetBy: value.distance(from: value.startIndex, to: mention.range.lowerBound))
                    let upper = text.index(lower, offsetBy: value[mention.range].count)
                    result.append(PersonNames.Mention(name: mention.name, range: lower..<upper))
                }
            }
            lineStart = lineEnd < range.upperBound ? text.index(after: lineEnd) : range.upperBound
        }
        return result
    }
}
