/// A taxonomy's phrases compiled once into word ids, found in a sentence in one pass.
///
/// Every word of every phrase gets an id; a sentence becomes an array of ids (-1 for a word
/// no phrase uses, -2 for a clause break), and at each position only the phrases that start
/// with that word are compared.
struct PhraseMatcher: Sendable {
    struct Phrase: Sendable {
        var words: [Int32]
        var mode: Int
        /// The pattern's index among all positive patterns of the taxonomy; -1 for a negative.
        var pattern: Int
        var weight: Double
        var isNegative: Bool { pattern < 0 }
    }

    /// A phrase found in a sentence, at the word position `at`.
    struct Hit: Sendable {
        var phrase: Int
        var at: Int
        var length: Int
    }

    static let unknownWord: Int32 = -1
    static let clauseBreak: Int32 = -2

    /// Words that negate a phrase up to three words after them ("no data was lost").
    static let negators: [String] = [
        "no", "not", "never", "without", "none", "nothing", "zero", "0", "neither", "nor", "nobody", "didnt",
        "wasnt", "werent", "isnt", "doesnt", "dont", "hasnt", "hadnt", "pas", "aucun", "aucune", "sans", "kein",
        "keine", "keinen", "ohne", "nicht",
    ]
    /// Words that negate a phrase up to two words before them ("data loss: none").
    static let afterNegators: [String] = ["none", "zero", "nil", "aucune", "aucun", "keine", "keiner", "keinen"]
    static let negationWindow = 3
    static let afterNegationWindow = 2

    let vocabulary: [String: Int32]
    let phrases: [Phrase]
    /// For each word id, the phrases that start with it.
    let startingWith: [[Int]]
    let isNegator: [Bool]
    let isAfterNegator: [Bool]
    /// The number of positive patterns in the taxonomy.
    let patternCount: Int

    init(_ taxonomy: Taxonomy) {
        var vocabulary: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = vocabulary[word] { return known }
            let new = Int32(vocabulary.count)
            vocabulary[word] = new
            return new
        }
        var phrases: [Phrase] = []
        var patternCount = 0
        for (modeIndex, mode) in taxonomy.modes.enumerated() {
            for pattern in mode.patterns {
                let words = TextScanner.words(in: pattern.phrase).map(id)
                phrases.append(Phrase(words: words, mode: modeIndex, pattern: patternCount, weight: pattern.weight))
                patternCount += 1
            }
            for negative in mode.negatives {
                let words = TextScanner.words(in: negative).map(id)
                phrases.append(Phrase(words: words, mode: modeIndex, pattern: -1, weight: 0))
            }
        }
        let negatorIDs = Self.negators.map(id)
        let afterNegatorIDs = Self.afterNegators.map(id)
        var startingWith = Array(repeating: [Int](), count: vocabulary.count)
        var isNegator = Array(repeating: false, count: vocabulary.count)
        var isAfterNegator = Array(repeating: false, count: vocabulary.count)
        for (index, phrase) in phrases.enumerated() {
            if let first = phrase.words.first { startingWith[Int(first)].append(index) }
        }
        for word in negatorIDs { isNegator[Int(word)] = true }
        for word in afterNegatorIDs { isAfterNegator[Int(word)] = true }
        self.vocabulary = vocabulary
        self.phrases = phrases
        self.startingWith = startingWith
        self.isNegator = isNegator
        self.isAfterNegator = isAfterNegator
        self.patternCount = patternCount
    }

    /// Replaces `ids` with the word ids of `sentence`; false when none of its words is in a
    /// phrase (nothing can match).
    func encode(_ sentence: Substring, into ids: inout [Int32]) -> Bool {
        ids.removeAll(keepingCapacity: true)
        var anyKnown = false
        TextScanner.scan(
            sentence,
            word: { word in
                let id = vocabulary[word] ?? Self.unknownWord
                if id >= 0 { anyKnown = true }
                ids.append(id)
            },
            clauseBreak: { ids.append(Self.clauseBreak) })
        return anyKnown
    }

    /// The phrases found in `ids`: negatives, and positives that no negator cancels and no
    /// longer phrase of the same mode covers.
    func hits(in ids: [Int32]) -> [Hit] {
        var found: [Hit] = []
        for position in ids.indices {
            let word = ids[position]
            guard word >= 0 else { continue }
            for candidate in startingWith[Int(word)] {
                let words = phrases[candidate].words
                guard position + words.count <= ids.count else { continue }
                var matches = true
                for offset in 1..<max(1, words.count) where ids[position + offset] != words[offset] {
                    matches = false
                    break
                }
                if matches { found.append(Hit(phrase: candidate, at: position, length: words.count)) }
            }
        }
        guard !found.isEmpty else { return found }
        return found.filter { hit in
            let phrase = phrases[hit.phrase]
            if phrase.isNegative { return true }
            if isNegated(hit, in: ids) { return false }
            return !found.contains { other in
                other.phrase != hit.phrase && !phrases[other.phrase].isNegative
                    && phrases[other.phrase].mode == phrase.mode && other.length > hit.length
                    && other.at <= hit.at && other.at + other.length >= hit.at + hit.length
            }
        }
    }

    private func isNegated(_ hit: Hit, in ids: [Int32]) -> Bool {
        var before = hit.at - 1
        while before >= 0, hit.at - before <= Self.negationWindow {
            let word = ids[before]
            if word == Self.clauseBreak { break }
            if word >= 0, isNegator[Int(word)] { return true }
            before -= 1
        }
        var after = hit.at + hit.length
        while after < ids.count, after - (hit.at + hit.length) < Self.afterNegationWindow {
            let word = ids[after]
            if word >= 0, isAfterNegator[Int(word)] { return true }
            after += 1
        }
        return false
    }
}
