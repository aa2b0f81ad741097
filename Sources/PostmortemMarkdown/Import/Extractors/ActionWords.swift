import Foundation
import PostmortemKit

/// The small vocabularies action items are read with: status and priority labels as
/// prefixes and suffixes, owner names, ticket references, due dates, imperative verbs.
///
/// Labels here are matched whole (after folding case and accents), never by containment:
/// "Documentation:" must not read as a status because it contains "done".
enum ActionWords {
    /// Folds case and accents and trims blanks, for comparing labels.
    static func fold(_ text: String) -> String {
        text.trimmingSpaces().lowercased()
            .folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    private static let statusLabels: Set<String> = [
        "done", "todo", "to do", "to-do", "open", "wip", "in progress", "in-progress", "doing", "ongoing",
        "fixed", "closed", "complete", "completed", "pending", "planned", "won't do", "wont do", "won't fix",
        "wontfix", "cancelled", "canceled", "fait", "a faire", "en cours", "termine", "erledigt", "offen",
        "in arbeit", "✅", "✅ done", "🔜 todo",
    ]

    /// The status a whole label names ("DONE", "to do", "Erledigt"), or nil.
    static func status(label: String) -> ActionStatus? {
        guard statusLabels.contains(fold(label)) else { return nil }
        return ActionStatus(parsing: label)
    }

    private static let priorityWords: Set<String> = [
        "critical", "urgent", "high", "medium", "low", "major", "minor", "blocker", "critique", "haute", "haut",
        "moyenne", "basse", "elevee", "kritisch", "hoch", "mittel", "niedrig",
    ]

    /// The priority a whole label names ("P1", "HIGH", "Priority 2", "Hoch"), or nil.
    static func priority(label: String) -> Priority? {
        let folded = fold(label)
        let isLabel =
            priorityWords.contains(folded) || folded.wholeMatch(of: priorityCodePattern) != nil
            || folded.wholeMatch(of: priorityNumberPattern) != nil
        guard isLabel else { return nil }
        return Priority(parsing: label)
    }

    /// A priority as a table cell holds it: read when possible, else kept as written at
    /// the middle level.
    static func priority(cell: String) -> Priority {
        Priority(parsing: cell) ?? Priority(label: cell, level: 2)
    }

    /// Whether `text` reads as a person or a team: one to four capitalised words ("Zoë
    /// Château", "Dele"), or words ending in "team" ("network team"), or an `@handle`.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), text.count <= 40 else { return false }
        if words.count == 1, words[0].hasPrefix("@"), words[0].count > 1 { return true }
        let isWord = { (word: Substring) in
            word.allSatisfy { $0.isLetter || "'’.-".contains($0) } && word.contains { $0.isLetter }
        }
        guard words.allSatisfy(isWord) else { return false }
        if let last = words.last, ["team", "squad", "équipe", "equipe"].contains(last.lowercased()) { return true }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            // All-capital words are acronyms ("EKS"), not names.
            return word.count == 1 || word.dropFirst().contains { $0.isLowercase }
        }
    }

    private static let ownerLabels = [
        "owner", "owners", "assignee", "assigned to", "responsible", "responsable", "verantwortlich", "who",
    ]

    /// "owner Tomasz", "owner: Aiko", "Responsable : Inès" → the name; nil otherwise.
    static func labelledOwner(_ text: String) -> String? {
        let folded = fold(text)
        for label in ownerLabels where folded.hasPrefix(label + " ") || folded.hasPrefix(label + ":") {
            let name = text.dropFirst(label.count).drop { $0 == " " || $0 == ":" }
            if isName(String(name)) { return String(name) }
        }
        return nil
    }

    /// Whether `text` is a ticket or link reference: `#42`, `PR #212`, `PLAT-1182`, a URL.
    static func isTracking(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        if trimmed.wholeMatch(of: issueNumberPattern) != nil { return true }
        if trimmed.wholeMatch(of: ticketKeyPattern) != nil { return true }
        if trimmed.wholeMatch(of: webLinkPattern) != nil { return true }
        return trimmed.wholeMatch(of: markdownLinkPattern) != nil
    }

    /// A due date written as "bis 31.05.2023", "due 2021-03-17", "by March 3", or a bare date.
    static func due(in text: String, context: ImportContext) -> Day? {
        var rest = Substring(text.trimmingSpaces())
        let folded = fold(text)
        for label in ["due", "by", "until", "bis", "fallig", "avant le", "avant", "d'ici le", "echeance", "deadline"]
        where folded.hasPrefix(label + " ") || folded.hasPrefix(label + ":") {
            rest = rest.dropFirst(label.count).drop { $0 == " " || $0 == ":" }
            break
        }
        guard let match = findDay(in: String(rest), context: context) else { return nil }
        // The date must be the whole text, not a date inside a sentence.
        let covered = rest.distance(from: rest.startIndex, to: rest.endIndex)
        let dateLength = String(rest)[match.range].count
        return dateLength * 10 >= covered * 7 ? match.day : nil
    }

    /// The first date in `text`. With no known numeric date order, an ambiguous date
    /// (`12/03/2021`) takes the reading nearest the incident's day: due dates follow it.
    /// - Parameter order: an order found for the text's neighbours (see `numericOrder(in:)`),
    ///   which wins over the context's.
    static func findDay(in text: String, context: ImportContext, order: DateOrder? = nil) -> DateParser.Match? {
        let reference = context.dates.referenceDay
        let order = order ?? context.order
        let plain = DateParser.findDay(in: text, reference: reference, order: order)
        guard order == nil, let reference, let plain else { return plain }
        let candidates = [DateOrder.dayFirst, .monthFirst].compactMap {
            DateParser.findDay(in: text, reference: reference, order: $0)
        }
        let distance = { (match: DateParser.Match) in
            let days = match.day.daysSinceEpoch - reference.daysSinceEpoch
            // A day before the incident is an unlikely due date.
            return days >= 0 ? days : 10_000 - days
        }
        return candidates.min { distance($0) < distance($1) } ?? plain
    }

    /// The numeric date order that texts written together prove: `19/03/2021` is day
    /// first, `03/19/2021` month first; nil when none of them says.
    static func numericOrder(in texts: [String]) -> DateOrder? {
        for text in texts {
            guard let match = text.firstMatch(of: numericDatePattern),
                let first = Int(match.output.1), let second = Int(match.output.2)
            else { continue }
            if first > 12, second <= 12 { return .dayFirst }
            if second > 12, first <= 12 { return .monthFirst }
        }
        return nil
    }

    private static let imperatives: Set<String> = [
        "add", "alert", "audit", "automate", "build", "check", "clean", "configure", "consider", "create",
        "define", "delete", "deploy", "disable", "document", "enable", "enforce", "ensure", "establish",
        "evaluate", "expand", "extend", "fix", "implement", "improve", "increase", "install", "introduce",
        "investigate", "limit", "lower", "make", "migrate", "monitor", "move", "pin", "put", "raise", "reduce",
        "rehearse", "remove", "rename", "replace", "require", "restore", "review", "rotate", "run", "schedule",
        "separate", "set", "split", "switch", "test", "track", "train", "update", "upgrade", "validate",
        "verify", "write", "ajouter", "mettre", "surveiller", "verifier", "documenter", "ecrire", "creer",
        "supprimer", "activer", "desactiver", "automatiser", "configurer", "migrer", "prevoir", "alerter",
        "etudier", "remplacer", "tester", "garder", "relire", "declarer", "monter",
    ]

    /// Whether `text` starts with an imperative verb ("Monitor PVC utilization …",
    /// "**Verify** …"): how a follow-up action reads, as opposed to a lesson's statement.
    static func startsImperative(_ text: String) -> Bool {
        let word = text.drop { "*_`~ ".contains($0) }.prefix { $0.isLetter }
        guard let first = word.first, first.isUppercase else { return false }
        return imperatives.contains(fold(String(word)))
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let priorityCodePattern = #/p[0-4]/#
nonisolated(unsafe) private let priorityNumberPattern = #/prio(rity)?\s*[0-4]/#
nonisolated(unsafe) private let issueNumberPattern = #/(?i:(pr|mr|issue|ticket|bug)\s*)?#\d+/#
nonisolated(unsafe) private let ticketKeyPattern = #/[A-Z][A-Z0-9]+-\d+/#
nonisolated(unsafe) private let webLinkPattern = #/https?://\S+/#
nonisolated(unsafe) private let markdownLinkPattern = #/\[[^\]]+\]\([^)]+\)/#
nonisolated(unsafe) private let numericDatePattern = #/(\d{1,2})[\/.](\d{1,2})[\/.]\d{2,4}/#
