import Foundation

/// The one normalisation of headings, labels and titles, so that "## 🚨 3. Root Cause:",
/// "**Root cause**" and "ROOT CAUSE" compare equal.
enum LabelText {
    /// Punctuation kept by `clean`, with currency signs; other punctuation and math signs
    /// become spaces, every other symbol (emoji, arrows, check marks) goes. `_` stays so
    /// that `pg_wal` does not become "pgwal".
    private static let keptPunctuation: Set<Character> = [
        "&", "'", "\u{2019}", "-", "\u{2013}", "\u{2014}", ":", ".", ",", "(", ")", "/", "?", "!", "+", "\"",
        "\u{201C}", "\u{201D}", "\u{201E}", "\u{2018}", "\u{201A}", "\u{00AB}", "\u{00BB}", "[", "]", "%", "#", "@",
        "_",
    ]

    /// Whether a character pm does not keep still separates the words around it: punctuation
    /// and math signs do (by their general category: an invisible plus, a format character,
    /// does not).
    private static func separatesWords(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol:
            true
        default:
            false
        }
    }

    /// Leading numbering: "Step 2:", "Étape 3 :", "3.", "3)", "1.2", "3 -", "III.", "b)";
    /// never "5 Whys" or a date. Compiled once: `Regex` is not `Sendable`, but these are
    /// immutable and only ever read (the standard library compiles a regex's program
    /// lazily with an atomic, so sharing one between threads is safe).
    nonisolated(unsafe) private static let numbering: [Regex<Substring>] = [
        #/^(?i:step|phase|part|stage|etape|étape|schritt|teil|paso|fase)\s*\d+[a-z]?\s*[:.)\-–—]\s*/#,
        #/^\d{1,2}(?:\.\d{1,2})*(?:[.)]\s+|\s*[:\-–—]\s+)/#,
        #/^\d{1,2}(?:\.\d{1,2})+\s+/#,
        #/^(?i:[ivxlc]+|[a-z])[.)]\s+/#,
    ]

    /// The text as a reader sees it: no Markdown emphasis or heading marks, no emoji or
    /// symbols, no leading numbering, no trailing colon or full stop, single spaces. Keeps case.
    static func clean(_ text: String, stripNumbering: Bool = true) -> String {
        var kept = ""
        for character in text {
            if character.isLetter || character.isNumber {
                kept.append(character)
            } else if character.isWhitespace {
                kept.append(" ")
            } else if keptPunctuation.contains(character) || character.isCurrencySymbol {
                kept.append(character)
            } else if character.unicodeScalars.first.map(separatesWords) == true {
                // Other punctuation separates words ("conf;ig" is not "config"); symbols such
                // as emoji go without a trace.
                kept.append(" ")
            }
        }
        var result = collapse(kept)
        result = String(result.drop { $0 == "#" || $0 == " " })
        if stripNumbering {
            for pattern in numbering {
                if let match = result.prefixMatch(of: pattern), match.output.count < result.count {
                    result = String(result[match.range.upperBound...])
                    break
                }
            }
        }
        let edges: Set<Character> = [":", ".", ",", ";", "-", "\u{2013}", "\u{2014}", " ", "#"]
        while let last = result.last, edges.contains(last) { result.removeLast() }
        while let first = result.first, edges.contains(first) || first == ")" { result.removeFirst() }
        return result
    }

    /// The cleaned text folded for matching: lower case, no diacritics, `&`/`+`/"and"/"et"/
    /// "und"/"y" as `&`, other punctuation as word breaks, single spaces.
    static func key(_ text: String) -> String {
        let folded = clean(text).lowercasedWithoutDiacritics()
        var spaced = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                spaced.append(character)
            } else if character == "&" || character == "+" {
                spaced += " & "
            } else {
                spaced.append(" ")
            }
        }
        let connectors: Set<Substring> = ["and", "et", "und", "y"]
        return spaced.split(separator: " ").map { connectors.contains($0) ? "&" : String($0) }.joined(separator: " ")
    }

    /// Whether `phrase` occurs in `key` as whole words; the word offset where it starts.
    static func wordOffset(of phrase: String, in key: String) -> Int? {
        let padded = " " + key + " "
        guard let range = padded.range(of: " " + phrase + " ") else { return nil }
        return padded[..<range.lowerBound].split(separator: " ").count
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
