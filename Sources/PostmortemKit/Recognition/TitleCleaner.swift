import Foundation

/// Cleans a legacy post-mortem's title: drops a leading "Post-Mortem:", "Incident Report:",
/// "PIR:", "RCA:", "Rapport d'incident :", "Störungsbericht:" (and the like, in several
/// languages) and a date at either end ("… (2026-02-20)", "… — 2024-03-12",
/// "2024-03-12: …"), and gives back the date it found.
public enum TitleCleaner {
    /// A title without its prefix and date, and the date.
    public struct Cleaned: Hashable, Sendable {
        public var title: String
        public var day: Day?

        public init(title: String, day: Day?) {
            self.title = title
            self.day = day
        }
    }

    /// Cleans `title`. The title never comes back empty: when nothing but a prefix or a date
    /// would be left, that much stays (a title that is only a date keeps it, and gives its day).
    /// - Parameter order: How to read an ambiguous numeric date; see `DateParser`.
    public static func clean(_ title: String, order: DateOrder? = nil) -> Cleaned {
        let original = LabelText.clean(title, stripNumbering: false)
        var text = original
        var day: Day?
        for _ in 0..<3 {
            if let stripped = strippingPrefix(text) {
                text = stripped
                continue
            }
            if day == nil, let (found, stripped) = strippingDate(text, order: order) {
                day = found
                if stripped.isEmpty { break }
                text = stripped
                continue
            }
            break
        }
        return Cleaned(title: text.isEmpty ? original : text, day: day)
    }

    /// Separators between a prefix and the title, or a title and its date.
    private static let separators = [":", "\u{FF1A}", " - ", " \u{2013} ", " \u{2014} ", " | ", " \u{00B7} "]

    /// Whether `label` is one of the prefixes ("Post-Mortem", "Incident Report", "RCA").
    public static func isTitlePrefix(_ label: String) -> Bool {
        prefixes.contains(LabelText.key(label))
    }

    private static func strippingPrefix(_ text: String) -> String? {
        for separator in separators {
            guard let range = text.range(of: separator) else { continue }
            let head = LabelText.key(String(text[..<range.lowerBound]))
            guard prefixes.contains(head) else { continue }
            let rest = text[range.upperBound...].trimmingSpaces()
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    private static func strippingDate(_ text: String, order: DateOrder?) -> (Day, String)? {
        guard let match = DateParser.findDay(in: text, order: order) else { return nil }
        let before = text[..<match.range.lowerBound]
        let after = text[match.range.upperBound...]
        let closers: Set<Character> = [")", "]", " ", ".", ","]
        if after.allSatisfy({ closers.contains($0) }) {
            var head = before.trimmingSpaces()
            for opener in ["(", "["] where head.hasSuffix(opener) { head.removeLast() }
            head = head.trimmingSpaces()
            for joiner in [" on", " du", " vom", " am", " le", " of"] where head.lowercased().hasSuffix(joiner) {
                head.removeLast(joiner.count)
            }
            let trailing: Set<Character> = ["-", "\u{2013}", "\u{2014}", ",", ":", "|", " ", "\u{00B7}"]
            while let last = head.last, trailing.contains(last) { head.removeLast() }
            return (match.day, head)
        }
        if before.allSatisfy({ $0 == " " || $0 == "(" || $0 == "[" }) {
            var tail = Substring(after).drop { $0 == ")" || $0 == "]" || $0 == " " }
            let leading: Set<Character> = ["-", "\u{2013}", "\u{2014}", ",", ":", "|", " ", "\u{00B7}"]
            guard let first = tail.first, leading.contains(first) else { return nil }
            tail = tail.drop { leading.contains($0) }
            return (match.day, String(tail))
        }
        return nil
    }

    /// Prefixes, folded as `LabelText.key` folds them.
    private static let prefixes: Set<String> = Set(
        [
            "Post-Mortem", "Postmortem", "Post Mortem", "Post-Mortem Report", "Postmortem Report",
            "Post-Incident Review", "Post Incident Review", "Post-Incident Report", "Incident Report",
            "Incident Review", "Incident Postmortem", "Incident Post-Mortem", "Incident", "PIR", "RCA",
            "Root Cause Analysis", "Retrospective", "Incident Retrospective", "Outage Report", "Outage",
            "Rapport d'incident", "Compte rendu d'incident", "Retour d'expérience", "REX", "Incident Analysis",
            "Störungsbericht", "Störung", "Vorfallbericht", "Vorfallsbericht", "Incident-Bericht", "Nachbetrachtung",
            "Informe de incidente", "Informe post mortem", "Incidente", "Security Incident", "Near Miss", "Near-Miss",
            "Runbook", "Playbook", "Beinahe-Vorfall", "Quasi-incident",
        ].map(LabelText.key))
}
