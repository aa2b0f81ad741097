import Foundation

/// A title made safe as a file name and a URL segment on every filesystem: `pm new` and
/// `pm export` name files `YYYY-MM-DD-<slug>.md` with it.
///
/// A slug holds only `a`–`z`, `0`–`9` and single `-` between words: no dot (so no `..`
/// and no hidden file), no separator, no space, nothing a shell or a URL must quote. It
/// is never empty and never one of Windows' reserved device names (`CON`, `PRN`, `AUX`,
/// `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`).
public struct Slug: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only text that ``make(from:maxLength:)`` could have made.
    public init?(rawValue: String) {
        guard Slug.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(checked rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The slug of a title with no usable letters or digits ("🔥🔥", "...").
    public static let fallback = "incident"
    /// The default cap on a slug's length, in characters (all ASCII, so also bytes).
    public static let defaultMaxLength = 60
    /// The smallest cap ``make(from:maxLength:)`` applies, whatever it is asked for.
    public static let minimumMaxLength = 16

    /// The slug of `title`.
    ///
    /// Non-ASCII letters are transliterated (`é` → `e`, `ß` → `ss`, Cyrillic, Greek, Japanese
    /// and other scripts to their Latin spelling through ICU, when Foundation has it; else
    /// accents are stripped and the rest dropped), everything is lower-cased, and each run of
    /// anything but letters and digits becomes one `-`. A slug longer than `maxLength`
    /// (default 60, never under 16) is cut at the last `-` that keeps at least half of it, or
    /// else mid-word. A Windows device name gets `-incident` appended; an empty result is
    /// ``fallback``.
    public static func make(from title: String, maxLength: Int = defaultMaxLength) -> Slug {
        let limit = max(maxLength, minimumMaxLength)
        var words: [String] = []
        var current = ""
        for scalar in ascii(title).unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.unicodeScalars.append(scalar)
            case "A"..."Z":
                current.unicodeScalars.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
            default:
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var slug = words.joined(separator: "-")
        if slug.count > limit {
            let cut = String(slug.prefix(limit))
            if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= limit / 2 {
                slug = String(cut[..<dash])
            } else {
                slug = cut
            }
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        if slug.isEmpty { return Slug(checked: fallback) }
        if isReserved(slug) { slug += "-" + fallback }
        return Slug(checked: slug)
    }

    /// Whether `text` is a slug: non-empty, only `a`–`z`, `0`–`9` and single inner dashes,
    /// not a Windows device name.
    public static func isValid(_ text: String) -> Bool {
        // One pass over the bytes (a site checks every incident's id): lower-case ASCII
        // letters, digits and single inner hyphens.
        let hyphen = UInt8(ascii: "-")
        var previous: UInt8 = hyphen
        var count = 0
        for byte in text.utf8 {
            let allowed =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == hyphen
            guard allowed, !(byte == hyphen && previous == hyphen) else { return false }
            previous = byte
            count += 1
        }
        guard count > 0, previous != hyphen else { return false }
        // Reserved names have three or four letters.
        return count > 4 || !isReserved(text)
    }

    /// Whether `name` (without its extension) is one of Windows' reserved device names,
    /// which no file may be called whatever its extension: `CON`, `PRN`, `AUX`, `NUL`,
    /// `COM0`–`COM9`, `LPT0`–`LPT9`, in any case.
    public static func isReserved(_ name: String) -> Bool {
        let name = name.uppercased()
        if ["CON", "PRN", "AUX", "NUL"].contains(name) { return true }
        guard name.count == 4, name.hasPrefix("COM") || name.hasPrefix("LPT"), let digit = name.last else {
            return false
        }
        return digit.isASCII && digit.isNumber
    }

    /// `text` in ASCII as far as transliteration goes: ICU's "Any-Latin; Latin-ASCII"
    /// where Foundation offers it, else accents stripped and a few letters spelled out.
    static func ascii(_ text: String) -> String {
        // ASCII already (most names): nothing to transliterate, and ICU's transform is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        if let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) {
            return latin
        }
        let folded = text.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        for character in folded {
            result += spelled[character] ?? String(character)
        }
        return result
    }

    /// Letters that stripping accents leaves non-ASCII, spelled as ASCII.
    private static let spelled: [Character: String] = [
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
    ]
}
