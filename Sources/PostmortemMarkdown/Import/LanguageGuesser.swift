import PostmortemKit

/// A small guess at the language a post-mortem is written in, from how often it uses each
/// language's commonest words. Enough to choose how to read `12/03/2021`: French, German
/// and Spanish writers put the day first.
enum LanguageGuesser {
    enum Language: String, Sendable, CaseIterable {
        case english, french, german, spanish
    }

    /// The language whose stop words occur most often in `text`; English when no other
    /// language has at least five hits and more than English (short or mixed texts stay
    /// English). Only the first 20,000 characters are read.
    static func guess(_ text: String) -> Language {
        var counts: [Language: Int] = [:]
        for word in words(of: text.prefix(20_000)) {
            for (language, stopWords) in table where stopWords.contains(word) {
                counts[language, default: 0] += 1
            }
        }
        let english = counts[.english] ?? 0
        let best = Language.allCases.filter { $0 != .english }
            .max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
        guard let best, let hits = counts[best], hits >= 5, hits > english else { return .english }
        return best
    }

    /// How to read an ambiguous numeric date in `text`: day first for French, German and
    /// Spanish; nil for English, so the date parser's own default applies.
    static func dateOrder(of text: String) -> DateOrder? {
        guess(text) == .english ? nil : .dayFirst
    }

    private static func words(of text: Substring) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }).map(String.init)
    }

    /// Words frequent in one language and rare in the others (no "a", "in", "die" shared
    /// with English technical text).
    private static let table: [(Language, Set<String>)] = [
        (
            .english,
            [
                "the", "and", "was", "were", "with", "that", "this", "from", "have", "had", "not", "which", "when",
                "after", "before", "because", "into", "our", "we", "it", "of", "to", "is", "for", "on", "by",
            ]
        ),
        (
            .french,
            [
                "le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "avec", "sur", "pas", "qui", "que",
                "sont", "été", "nous", "ont", "aux", "par", "au", "ce", "cette", "mais", "plus", "lors",
            ]
        ),
        (
            .german,
            [
                "der", "die", "das", "und", "ist", "nicht", "mit", "auf", "für", "von", "dem", "den", "ein", "eine",
                "wurde", "wurden", "auch", "nach", "bei", "wir", "sich", "zu", "im", "zum", "zur", "war", "durch",
            ]
        ),
        (
            .spanish,
            [
                "el", "los", "las", "del", "que", "una", "por", "con", "para", "fue", "se", "al", "como", "pero",
                "sin", "sobre", "entre", "también", "hasta", "desde", "nuestro", "fueron", "está",
            ]
        ),
    ]
}
