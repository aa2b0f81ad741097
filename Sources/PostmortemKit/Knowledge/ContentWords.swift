/// The content words of a sentence: what is left to compare once case, accents, Markdown,
/// punctuation, small words and word endings are gone.
///
/// "**Always bump the backup path version** (e.g., `v1` -> `v2`)" reads as `always backup
/// bump path v1 v2 version`. Words are those of the failure-mode classifier (`TextScanner`:
/// runs of letters and digits, folded to lower case without diacritics), minus English,
/// French and German function words and words of one letter, each cut to a rough stem
/// ("archiving", "archived" and "archives" are all `archiv`), then sorted and deduplicated.
/// Two sentences with the same content words say the same thing in the sense of
/// `StatementMatching`.
public struct ContentWords: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The stems, sorted, each once.
    public let words: [String]

    public init(_ text: some StringProtocol) {
        var stems = Set<String>()
        for word in TextScanner.words(in: text) where word.count > 1 && !Self.stopWords.contains(word) {
            stems.insert(Self.stem(word))
        }
        words = stems.sorted()
    }

    /// Content words given as they are (already stems, any order).
    public init(stems: some Sequence<String>) {
        words = Set(stems).sorted()
    }

    public var isEmpty: Bool { words.isEmpty }
    public var count: Int { words.count }

    /// The words joined by spaces: a key equal for equal sets.
    public var description: String { words.joined(separator: " ") }

    public static func < (lhs: ContentWords, rhs: ContentWords) -> Bool {
        lhs.words.lexicographicallyPrecedes(rhs.words)
    }

    /// How many words the two share.
    public func overlap(with other: ContentWords) -> Int {
        var shared = 0
        var i = 0
        var j = 0
        let a = words
        let b = other.words
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The words both hold, sorted.
    public func shared(with other: ContentWords) -> [String] {
        let others = Set(other.words)
        return words.filter(others.contains)
    }

    /// Shared words over all words of the two (0 when both are empty).
    public func jaccard(with other: ContentWords) -> Double {
        let shared = overlap(with: other)
        let union = count + other.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// Shared words over the words of the smaller of the two: 1 when one holds all the
    /// other's words (0 when either is empty).
    public func containment(with other: ContentWords) -> Double {
        let smaller = min(count, other.count)
        return smaller == 0 ? 0 : Double(overlap(with: other)) / Double(smaller)
    }

    /// A rough English stem: common endings cut so that inflections meet ("failures" and
    /// "failure" → `failur`, "recreating" → `recreat`). Words of four letters or fewer stay.
    static func stem(_ word: String) -> String {
        guard word.count > 4 else { return word }
        var scalars = Array(word.unicodeScalars)
        func drop(_ suffix: String, keeping minimum: Int) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            guard scalars.count - tail.count >= minimum, scalars.suffix(tail.count).elementsEqual(tail) else {
                return false
            }
            scalars.removeLast(tail.count)
            return true
        }
        if drop("ies", keeping: 3) {
            scalars.append("y")
        } else if !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
            _ = drop("s", keeping: 4)
        }
        if !drop("ing", keeping: 3) && !drop("ed", keeping: 3) {
            _ = drop("ly", keeping: 4)
        }
        _ = drop("e", keeping: 4)
        return String(String.UnicodeScalarView(scalars))
    }

    /// Words that carry no content of their own, folded as `TextScanner` folds them.
    static let stopWords: Set<String> = [
        // English
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "eg", "etc", "even", "ever", "every", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "ie", "if", "in", "into", "is", "it", "its",
        "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off",
        "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "us", "very", "via", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you", "your", "yet",
        // French
        "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il", "la", "le",
        "les", "leur", "mais", "ne", "nous", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son",
        "sont", "sur", "un", "une",
        // German
        "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "ein", "eine", "einen", "einer", "es", "fur",
        "hat", "ich", "im", "ist", "mit", "nach", "nicht", "oder", "sich", "sie", "sind", "und", "vom", "von", "vor",
        "war", "wir", "wird", "zu", "zum", "zur",
    ]
}
