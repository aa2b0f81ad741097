/// How plausible a character is as the true reading of a run of mojibake.
///
/// Complete sequences (no byte lost) are accepted when they decode to a character that
/// real text uses: Latin letters of Latin-1 and Latin Extended-A (plus the few Extended-B
/// letters of Romanian, Vietnamese and Pinyin), punctuation, symbols and emoji. Letters
/// of other scripts (Greek, Cyrillic, CJK, Hebrew, Arabic …) and symbols outside the
/// common symbol blocks count only when the same run yields at least two of them, because one such letter is more often correct Latin text
/// that happens to fit ("é" + no-break space + "»" in French is E9 A0 BB, a CJK letter;
/// Turkish "Ğ" + "”" is D0 94, the Cyrillic "Д").
/// IPA, combining marks, controls, private-use and unassigned code points never count.
enum ScalarPlausibility: Equatable {
    case accept
    case foreignLetter
    case reject

    /// The plausibility of a scalar decoded from a complete sequence.
    static func ofExactDecode(_ value: UInt32) -> ScalarPlausibility {
        switch value {
        case 0..<0xA0: return .reject
        case 0xA0...0x17F: return .accept
        case 0x180...0x24F: return latinExtendedB(value) ? .accept : .reject
        case 0x2C6, 0x2C7, 0x2D8...0x2DD: return .accept
        case 0x370...0x52F, 0x590...0x6FF: return isAssignedVisible(value) ? .foreignLetter : .reject
        case 0x250..<0x800: return .reject
        default: break
        }
        if value == 0x200C || value == 0x200D || value == 0x20E3 || value == 0xFEFF
            || (0xFE00...0xFE0F).contains(value) || (0xE0020...0xE007F).contains(value)
        {
            return .accept
        }
        guard let scalar = Unicode.Scalar(value) else { return .reject }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber:
            return .foreignLetter
        case .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
            .modifierSymbol, .otherSymbol, .spaceSeparator:
            return isInSymbolBlock(value) ? .accept : .foreignLetter
        default:
            return .reject
        }
    }

    /// Whether a scalar may stand for a sequence in which bytes were lost: only symbols,
    /// punctuation and emoji (the characters that carry bytes Windows-1252 lacks), never
    /// letters, which a lost byte leaves too ambiguous.
    static func isReconstructable(_ value: UInt32) -> Bool {
        if CommonSymbols.rank[value] != nil || (0xFE00...0xFE0F).contains(value) {
            return true
        }
        guard (0x2000...0x2BFF).contains(value) || (0x1F000...0x1FAFF).contains(value),
            let scalar = Unicode.Scalar(value)
        else { return false }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .currencySymbol, .dashPunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .openPunctuation, .closePunctuation:
            return true
        default:
            return false
        }
    }

    /// The blocks whose punctuation and symbols real text uses outside any script:
    /// general punctuation up to miscellaneous symbols and arrows, CJK punctuation,
    /// fullwidth forms, the replacement character, and the emoji planes.
    private static func isInSymbolBlock(_ value: UInt32) -> Bool {
        (0x2000...0x2BFF).contains(value) || (0x3000...0x303F).contains(value)
            || (0xFF00...0xFFEF).contains(value) || value == 0xFFFD || (0x1F000...0x1FBFF).contains(value)
    }

    /// The rank of a reconstruction candidate: lower is likelier. Listed symbols rank by
    /// their frequency; other emoji next; other symbols and punctuation last.
    static func reconstructionRank(_ value: UInt32) -> Int {
        if let rank = CommonSymbols.rank[value] { return rank }
        if let scalar = Unicode.Scalar(value), scalar.properties.isEmojiPresentation { return 10_000 }
        return 20_000
    }

    private static func latinExtendedB(_ value: UInt32) -> Bool {
        switch value {
        case 0x192, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1CD...0x1DC, 0x218...0x21B: true
        default: false
        }
    }

    private static func isAssignedVisible(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .unassigned, .control, .format, .privateUse, .surrogate: return false
        default: return true
        }
    }
}
