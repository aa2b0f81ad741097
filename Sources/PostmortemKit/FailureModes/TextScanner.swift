import Foundation

/// Reads text the way the failure-mode classifier does: sentences, then words.
///
/// A word is a run of letters and digits, folded to lower case without diacritics ("Été" →
/// "ete"); an apostrophe inside a word is dropped ("didn't" → "didnt"); everything else
/// separates words, so "kube-dns" is "kube dns" while "dnsmasq" stays one word. A comma or
/// semicolon is also a clause break, which phrases and negations do not cross.
enum TextScanner {
    /// The sentences of `text`, as ranges: a line break ends one unless it wraps prose (a
    /// lower-case word on both sides), and so does `.`, `!` or `?` followed by a space —
    /// unless it ends an abbreviation ("e.g.", "vs."), an initial ("S.") or a list number.
    static func sentences(in text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var result: [Range<String.Index>] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == "\n" {
                if isHardLineBreak(scalars, at: index) {
                    result.append(start..<index)
                    start = next
                }
            } else if terminators.contains(scalar) {
                var end = next
                while end < scalars.endIndex, terminators.contains(scalars[end]) || closers.contains(scalars[end]) {
                    end = scalars.index(after: end)
                }
                if end == scalars.endIndex
                    || (scalars[end].properties.isWhitespace
                        && !continuesSentence(scalars, terminator: index, start: start))
                {
                    result.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index = next
        }
        result.append(start..<scalars.endIndex)
        return result.filter { range in text[range].unicodeScalars.contains { isWordScalar($0) } }
    }

    /// The folded words of `text`, clause breaks left out; what a taxonomy phrase means.
    static func words(in text: some StringProtocol) -> [String] {
        var words: [String] = []
        scan(text, word: { words.append($0) }, clauseBreak: {})
        return words
    }

    /// Calls `word` with each folded word of `text` in order and `clauseBreak` at each comma
    /// or semicolon between them.
    static func scan(
        _ text: some StringProtocol, word: (String) -> Void, clauseBreak: () -> Void
    ) {
        var token = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            defer { index += 1 }
            if scalar.isASCII {
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    token.unicodeScalars.append(scalar)
                    continue
                }
                if (0x41...0x5A).contains(value), let lower = Unicode.Scalar(value + 0x20) {
                    token.unicodeScalars.append(lower)
                    continue
                }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if isWordScalar(scalar) {
                appendFolded(scalar, to: &token)
                continue
            }
            if apostrophes.contains(scalar), !token.isEmpty, index + 1 < scalars.count,
                isWordScalar(scalars[index + 1])
            {
                continue
            }
            if !token.isEmpty {
                word(token)
                token = ""
            }
            if scalar == "," || scalar == ";" { clauseBreak() }
        }
        if !token.isEmpty { word(token) }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(scalar.value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", "。"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "”", "’", "»", "*", "_", "`"]
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "’"]
    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "vs", "approx", "ca", "cf", "no", "nr", "z.b", "bzw", "d.h", "u.a", "mr", "mrs", "ms",
        "dr", "st", "inc", "incl", "env", "resp", "fig",
    ]

    /// Folded forms of the Latin letters with diacritics, made once.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let folded = String(Character(scalar)).folding(
                options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            table[value] = String(String.UnicodeScalarView(folded.unicodeScalars.filter { isWordScalar($0) }))
        }
        return table
    }()

    private static func appendFolded(_ scalar: Unicode.Scalar, to token: inout String) {
        if let folded = latinFolds[scalar.value] {
            token += folded
        } else {
            token += scalar.properties.lowercaseMapping
        }
    }

    /// A line break ends a sentence unless a lower-case word, a comma or a digit ends the
    /// line and a lower-case word or a digit starts the next one (prose wrapped by hand).
    private static func isHardLineBreak(_ scalars: String.UnicodeScalarView, at index: String.Index) -> Bool {
        var before = index
        var last: Unicode.Scalar?
        while before > scalars.startIndex {
            before = scalars.index(before: before)
            if !scalars[before].properties.isWhitespace || scalars[before] == "\n" {
                last = scalars[before]
                break
            }
        }
        var after = scalars.index(after: index)
        var first: Unicode.Scalar?
        while after < scalars.endIndex {
            if !scalars[after].properties.isWhitespace || scalars[after] == "\n" {
                first = scalars[after]
                break
            }
            after = scalars.index(after: after)
        }
        guard let last, let first, last != "\n", first != "\n" else { return true }
        let endsInProse = last.properties.isLowercase || last == "," || ("0"..."9").contains(last)
        let startsInProse = first.properties.isLowercase || ("0"..."9").contains(first)
        if ("0"..."9").contains(first) {
            // "2. next step" is a list item, not a continuation.
            var probe = after
            while probe < scalars.endIndex, ("0"..."9").contains(scalars[probe]) { probe = scalars.index(after: probe) }
            if probe < scalars.endIndex, scalars[probe] == "." || scalars[probe] == ")" { return true }
        }
        return !(endsInProse && startsInProse)
    }

    /// Whether the terminator at `terminator` does not end the sentence: it ends an
    /// abbreviation, an initial or a list number.
    private static func continuesSentence(
        _ scalars: String.UnicodeScalarView, terminator: String.Index, start: String.Index
    ) -> Bool {
        guard scalars[terminator] == "." else { return false }
        var wordStart = terminator
        while wordStart > start {
            let previous = scalars.index(before: wordStart)
            let scalar = scalars[previous]
            guard isWordScalar(scalar) || scalar == "." else { break }
            wordStart = previous
        }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<terminator]))
        if abbreviations.contains(word.lowercased()) { return true }
        // An initial ("S. Okonkwo"), not a unit ("11 s.").
        if word.count == 1, word.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { return true }
        if !word.isEmpty, word.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
            // "1. " at the start of a sentence numbers a list.
            let before = String(String.UnicodeScalarView(scalars[start..<wordStart]))
            return before.unicodeScalars.allSatisfy {
                $0.properties.isWhitespace || "-*+>|#".unicodeScalars.contains($0)
            }
        }
        return false
    }
}
