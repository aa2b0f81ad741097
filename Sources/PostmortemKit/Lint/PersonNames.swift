import Foundation

/// Tells people's names from the other capitalised words of a post-mortem (services,
/// products, headings), for the personal-data and blameless-language rules.
///
/// A name is found three ways: a given name from ``GivenNames`` followed by a capitalised
/// surname ("Frank Tessmer"); a title and a capitalised word ("Dr. Weber"); or the value
/// of a label that names a person ("Reported by: Jane Roe").
enum PersonNames {
    /// A name and where it stands in the text it was found in.
    struct Mention: Equatable {
        var name: String
        var range: Range<String.Index>
    }

    /// `text` folded for comparing names: lower case, no diacritics.
    static func fold(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Whether `word` is written like a name: an upper-case letter, then letters of which
    /// at least one is lower case ("Frank", "O'Brien", "Jean-Luc"; not "SRE" or "NEW").
    static func isCapitalised(_ word: some StringProtocol) -> Bool {
        guard let first = word.first, first.isUppercase, first.isLetter else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
            && word.dropFirst().contains { $0.isLowercase }
    }

    /// Whether `word` is a given name (capitalised, and in ``GivenNames``).
    static func isGivenName(_ word: some StringProtocol) -> Bool {
        isCapitalised(word) && GivenNames.all.contains(fold(word))
    }

    /// The names mentioned in `range` of `text`: given name and surname, or title and name.
    static func mentions(in text: String, range: Range<String.Index>) -> [Mention] {
        let words = wordRanges(in: text, range: range)
        var result: [Mention] = []
        var index = 0
        while index + 1 < words.count {
            let first = text[words[index]]
            let second = withoutPossessive(text[words[index + 1]])
            let titled = titles.contains(fold(first))
            let adjacent = isAdjacent(words[index], words[index + 1], in: text, afterTitle: titled)
            if adjacent, isGivenName(first) || titled, isCapitalised(second),
                !notSurnames.contains(fold(second))
            {
                let end = text.index(words[index + 1].lowerBound, offsetBy: second.count)
                result.append(
                    Mention(name: String(text[words[index].lowerBound..<end]), range: words[index].lowerBound..<end))
                index += 2
            } else {
                index += 1
            }
        }
        return result
    }

    /// The names a labelled value lists ("Jane Roe (jr@example.org)", "Ana Lima, Bo
    /// Chen"), with their ranges in `value`: pieces of one to four capitalised words (a
    /// lone word only when it is a given name), leaving out teams, bots and roles.
    static func names(inValue value: String) -> [Mention] {
        var result: [Mention] = []
        var pieceStart = value.startIndex
        var depth = 0
        var index = value.startIndex
        func finish(_ end: String.Index) {
            if let mention = personName(in: value, range: pieceStart..<end) { result.append(mention) }
        }
        while index < value.endIndex {
            let character = value[index]
            if "(<[".contains(character) {
                if depth == 0 { finish(index) }
                depth += 1
            } else if ")>]".contains(character) {
                depth = max(0, depth - 1)
                if depth == 0 { pieceStart = value.index(after: index) }
            } else if depth == 0, ",;&/+|".contains(character) {
                finish(index)
                pieceStart = value.index(after: index)
            }
            index = value.index(after: index)
        }
        if depth == 0 { finish(value.endIndex) }
        return result.flatMap { mention in splitOnConjunction(mention, in: value) }
    }

    /// Whether `label` ("Reported by", "**On call**", "Incident commander") names a person.
    static func isPersonLabel(_ label: String) -> Bool {
        let words = fold(label).split { !$0.isLetter }.joined(separator: " ")
        let padded = " \(words) "
        return personLabels.contains { padded.contains(" \($0) ") }
    }

    // MARK: - Pieces

    private static func personName(in value: String, range: Range<String.Index>) -> Mention? {
        let words = wordRanges(in: value, range: range, keepingPeriods: true)
        guard let first = words.first, let last = words.last, words.count <= 4 else { return nil }
        // Every character between the words is space or emphasis: a sentence is not a name.
        let span = value[first.lowerBound..<last.upperBound]
        guard span.allSatisfy({ $0.isLetter || " -'’.*_".contains($0) }) else { return nil }
        let texts = words.map { value[$0] }
        guard !texts.contains(where: { nonPersonWords.contains(fold($0)) }) else { return nil }
        let capitalised = texts.enumerated().allSatisfy { offset, word in
            isCapitalised(word.trimmingCharacters(in: ["."])) || (offset > 0 && particles.contains(String(word)))
                || (word.count == 2 && word.first?.isUppercase == true && word.last == ".")
        }
        guard capitalised, texts.count > 1 || isGivenName(texts[0]) else { return nil }
        return Mention(name: String(span), range: first.lowerBound..<last.upperBound)
    }

    private static func splitOnConjunction(_ mention: Mention, in value: String) -> [Mention] {
        for conjunction in [" and ", " und ", " et ", " y "] {
            if let split = value[mention.range].firstRange(of: conjunction) {
                return [mention.range.lowerBound..<split.lowerBound, split.upperBound..<mention.range.upperBound]
                    .compactMap { personName(in: value, range: $0) }
            }
        }
        return [mention]
    }

    /// The ranges of the words in `range`: runs of letters, `-`, `'` and `’` (and `.` after
    /// an initial when `keepingPeriods`).
    static func wordRanges(
        in text: String, range: Range<String.Index>, keepingPeriods: Bool = false
    ) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start: String.Index?
        var index = range.lowerBound
        while index < range.upperBound {
            let character = text[index]
            let inWord =
                character.isLetter || (start != nil && "-'’".contains(character))
                || (keepingPeriods && start != nil && character == ".")
            if inWord {
                if start == nil { start = index }
            } else if let open = start {
                result.append(open..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let open = start { result.append(open..<range.upperBound) }
        return result.map { word in
            // "Frank-" or "Dele'" at the edge of a word is punctuation.
            var end = word.upperBound
            while end > word.lowerBound, "-'’".contains(text[text.index(before: end)]) {
                end = text.index(before: end)
            }
            return word.lowerBound..<end
        }.filter { !$0.isEmpty }
    }

    /// Whether only one space (or a non-breaking space) separates two words; after a
    /// title, a full stop may come before it ("Dr. Weber").
    private static func isAdjacent(
        _ left: Range<String.Index>, _ right: Range<String.Index>, in text: String, afterTitle: Bool
    ) -> Bool {
        var gap = text[left.upperBound..<right.lowerBound]
        if afterTitle, gap.first == "." { gap = gap.dropFirst() }
        return gap == " " || gap == "\u{00A0}"
    }

    private static func withoutPossessive(_ word: Substring) -> Substring {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return word.dropLast(2) }
        return word
    }

    /// Titles before a name.
    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "herr", "frau", "mme", "mlle", "prof"]

    /// Lower-case words inside names ("Ursula von der Leyen").
    private static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "le", "la", "ten", "ter", "zu", "bin", "al",
    ]

    /// Capitalised words that follow a given name without being a surname.
    private static let notSurnames: Set<String> = [
        "the", "and", "or", "of", "team", "server", "cluster", "service", "says", "said", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "i", "we", "it", "on", "at",
    ]

    /// Words that make a labelled value a team, a bot or a role rather than a person.
    private static let nonPersonWords: Set<String> = [
        "team", "teams", "assistant", "bot", "ai", "sre", "sres", "ops", "platform", "backlog", "group", "squad",
        "support", "admin", "admins", "engineering", "infra", "infrastructure", "network", "service", "services",
        "security", "dba", "devops", "tbd", "none", "nobody", "unknown", "everyone", "all", "customer", "customers",
        "user", "users", "on-call", "oncall", "rotation", "department", "helpdesk", "desk", "system", "systems",
        "automation", "monitoring", "alertmanager", "pagerduty", "opsgenie", "grafana", "cron", "claude", "cursor",
        "chatgpt", "copilot", "gemini", "agent", "n", "a", "na", "self", "me", "myself", "homelab", "equipe",
        "equipe", "bereitschaft", "betrieb", "the",
    ]

    /// Labels whose value names a person, as folded words.
    private static let personLabels: [String] = [
        "reporter", "reported by", "contact", "contacts", "customer", "caller", "requester", "requested by",
        "affected user", "client", "on call", "oncall", "on call engineer", "responder", "responders", "commander",
        "incident lead", "incident manager", "lead", "reviewer", "reviewers", "reviewed by", "participants",
        "attendees", "witness", "approver", "approved by", "assignee", "assigned to", "escalated to", "paged",
        "facilitator", "scribe", "who", "involved", "people", "present", "melder", "gemeldet von",
        "ansprechpartner", "kontakt", "kunde", "rufbereitschaft", "bereitschaft", "signale par", "astreinte",
        "interlocuteur", "demandeur",
    ]
}

/// The people a document may name without a warning: its authors and the owners of its
/// action items (the team that wrote it and does the follow-up).
struct KnownPeople {
    private var fullNames: Set<String> = []
    private var singleNames: Set<String> = []
    /// First and last words of every known full name, for "Marco" or "Ferreira" alone.
    private(set) var nameWords: Set<String> = []

    init(_ incident: Incident) {
        let values = incident.authors + incident.actionItems.compactMap(\.owner)
        for value in values {
            let mentions = PersonNames.names(inValue: value)
            let names = mentions.isEmpty ? [value] : mentions.map(\.name)
            for name in names { add(name) }
        }
    }

    private mutating func add(_ name: String) {
        let words = PersonNames.fold(name).split { !$0.isLetter && $0 != "-" }.map(String.init)
        guard let first = words.first, let last = words.last else { return }
        if words.count == 1 {
            singleNames.insert(first)
        } else {
            fullNames.insert(words.joined(separator: " "))
            nameWords.insert(first)
            nameWords.insert(last)
        }
    }

    /// Whether `name` is one of the known people: the same full name, the same first and
    /// last word, or a first name that a known single-word name gives ("Marco" as owner).
    func contains(_ name: String) -> Bool {
        let words = PersonNames.fold(name).split { !$0.isLetter && $0 != "-" }.map(String.init)
        guard let first = words.first, let last = words.last else { return false }
        if fullNames.contains(words.joined(separator: " ")) || singleNames.contains(first) { return true }
        if words.count == 1 { return nameWords.contains(first) }
        return fullNames.contains { known in
            let knownWords = known.split(separator: " ")
            return knownWords.first.map(String.init) == first && knownWords.last.map(String.init) == last
        }
    }

    /// Whether the single word `word` is a known person's first name, last name or name.
    func isKnownWord(_ word: some StringProtocol) -> Bool {
        let folded = PersonNames.fold(word)
        return singleNames.contains(folded) || nameWords.contains(folded)
    }
}
