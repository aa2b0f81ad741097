import Foundation

/// One token of a date or time as written: a run of ASCII digits, a run of letters (folded
/// to lower case without diacritics), or one significant punctuation mark. Markdown
/// emphasis, emoji and other symbols are dropped; dashes of every width become `-`.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Digits; `value` is nil when there are too many to be a date part.
        case number(value: Int?, digits: Int)
        case word(String)
        case symbol(Character)
    }

    var kind: Kind
    /// Where the token stands in the original text.
    var range: Range<String.Index>
    /// Whether white space (or dropped decoration) stands between this token and the previous one.
    var spaced: Bool
    /// For words: whether the first letter was upper case as written.
    var capitalised: Bool = false

    /// The marks that carry meaning in dates and times.
    static let significant: Set<Character> = [
        ":", ".", "/", "-", "~", ",", "+", "(", ")", "[", "]", "?", "@", "'", "≈",
    ]

    /// Splits `text` into tokens.
    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        var index = text.startIndex
        var spaced = true
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII && character.isNumber {
                let end = text[index...].firstIndex { !($0.isASCII && $0.isNumber) } ?? text.endIndex
                let digits = text[index..<end]
                let value = digits.count <= 9 ? Int(digits) : nil
                tokens.append(
                    DateToken(kind: .number(value: value, digits: digits.count), range: index..<end, spaced: spaced))
                index = end
                spaced = false
            } else if character.isLetter {
                let end = text[index...].firstIndex { !$0.isLetter } ?? text.endIndex
                let word = String(text[index..<end])
                let folded = word.lowercasedWithoutDiacritics()
                tokens.append(
                    DateToken(
                        kind: .word(folded), range: index..<end, spaced: spaced,
                        capitalised: word.first?.isUppercase ?? false))
                index = end
                spaced = false
            } else {
                let next = text.index(after: index)
                if let mark = normalisedMark(character) {
                    tokens.append(DateToken(kind: .symbol(mark), range: index..<next, spaced: spaced))
                    spaced = false
                } else {
                    spaced = true
                }
                index = next
            }
        }
        return tokens
    }

    private static func normalisedMark(_ character: Character) -> Character? {
        switch character {
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
        case "\u{2019}", "\u{2018}": return "'"
        case "\u{FF1A}": return ":"
        default: return significant.contains(character) ? character : nil
        }
    }

    var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    var symbol: Character? {
        if case .symbol(let mark) = kind { return mark }
        return nil
    }

    /// The number's value and how many digits it was written with.
    var number: (value: Int, digits: Int)? {
        if case .number(let value?, let digits) = kind { return (value, digits) }
        return nil
    }
}
