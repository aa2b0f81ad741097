/// Small text helpers the lint rules share.
enum Prose {
    /// Whether `text` has any letter or digit: a summary of "---" is no summary.
    static func hasWords(_ text: String?) -> Bool {
        text?.contains { $0.isLetter || $0.isNumber } ?? false
    }

    /// `text` in quotes for a message, on one line, cut at about `limit` characters.
    static func quoted(_ text: some StringProtocol, limit: Int = 60) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }.joined(separator: " ")
        let cut = flat.count > limit ? String(flat.prefix(limit)).trimmingSpaces() + "…" : flat
        return "'\(cut)'"
    }

    /// The ranges of `text` that `regex` matches, in order; only outside code when
    /// `proseOnly` (the regex should be case-insensitive where it means to be).
    static func matches(
        of regex: Regex<Substring>, in text: LintText, proseOnly: Bool
    ) -> [Range<String.Index>] {
        let ranges = proseOnly ? text.proseRanges : [text.text.startIndex..<text.text.endIndex]
        return ranges.flatMap { range in text.text[range].matches(of: regex).map(\.range) }
    }

    /// The words just before `index` in `text` on the same line, nearest last, at most
    /// `count`, with their ranges. A word is a run of letters, digits, `'`, `’` and `-`.
    static func words(before index: String.Index, in text: String, count: Int) -> [(String, Range<String.Index>)] {
        var result: [(String, Range<String.Index>)] = []
        var end = index
        while result.count < count, end > text.startIndex {
            var cursor = end
            while cursor > text.startIndex {
                let previous = text.index(before: cursor)
                let character = text[previous]
                if LintSource.isLineBreak(character) { return result.reversed() }
                if isWordCharacter(character) { break }
                // A sentence ends: the words before it are another clause's.
                if ".!?;:".contains(character) { return result.reversed() }
                cursor = previous
            }
            var start = cursor
            while start > text.startIndex, isWordCharacter(text[text.index(before: start)]) {
                start = text.index(before: start)
            }
            guard start < cursor else { break }
            result.append((String(text[start..<cursor]), start..<cursor))
            end = start
        }
        return result.reversed()
    }

    /// The words just after `index` in `text` on the same line and in the same clause,
    /// nearest first, at most `count`, with their ranges.
    static func words(after index: String.Index, in text: String, count: Int) -> [(String, Range<String.Index>)] {
        var result: [(String, Range<String.Index>)] = []
        var cursor = index
        while result.count < count, cursor < text.endIndex {
            while cursor < text.endIndex, !isWordCharacter(text[cursor]) {
                if LintSource.isLineBreak(text[cursor]) || ".!?;:,".contains(text[cursor]) { return result }
                cursor = text.index(after: cursor)
            }
            let start = cursor
            while cursor < text.endIndex, isWordCharacter(text[cursor]) { cursor = text.index(after: cursor) }
            guard start < cursor else { break }
            result.append((String(text[start..<cursor]), start..<cursor))
        }
        return result
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "'" || character == "’" || character == "-"
    }

    /// Whether a negation ("not", "no", "never", "n't", "nicht", "pas") stands among the
    /// three words before `index`: "this was not human error" states the opposite.
    static func isNegated(before index: String.Index, in text: String) -> Bool {
        words(before: index, in: text, count: 3).contains { word, _ in
            let folded = word.lowercased()
            return negations.contains(folded) || folded.hasSuffix("n't") || folded.hasSuffix("n’t")
        }
    }

    private static let negations: Set<String> = [
        "not", "no", "never", "without", "nor", "nicht", "kein", "keine", "pas", "jamais", "sans",
    ]
}
