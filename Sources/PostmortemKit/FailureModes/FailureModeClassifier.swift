import Foundation

/// Finds the failure modes an incident shows, each with the sentence that is its evidence.
///
/// Pure and deterministic: the same incident and taxonomy always give the same matches.
/// The taxonomy's phrases are compiled once, in ``init(taxonomy:configuration:)``; each
/// text of the incident is then read once. Build one classifier and reuse it.
///
/// **Scoring.** Each phrase found in a sentence counts its weight times the weight of the
/// field it was found in (``Field``); a phrase negated in its sentence ("no data was lost",
/// "data loss: none") or cancelled by one of the mode's negative phrases does not count. Per
/// mode, each distinct phrase adds its best count, plus a tenth for each repeat (at most
/// three), to a raw sum `r`; the score is `1 − e^(−r)`, rounded to hundredths. So a score
/// grows with the strength of the phrases, the weight of the fields and, above all, the
/// number of distinct phrases. The evidence is the sentence whose phrases count the most.
///
/// **Front matter.** ``classify(_:)`` always reads the text and ignores the modes the
/// incident already has. A document that names its own modes (`failure_modes:` in front
/// matter) should keep them: ``failureModes(for:)`` does that, and is what an import uses.
public struct FailureModeClassifier: Sendable {
    public let taxonomy: Taxonomy
    public let configuration: Configuration
    let matcher: PhraseMatcher

    public init(taxonomy: Taxonomy, configuration: Configuration = Configuration()) {
        self.taxonomy = taxonomy
        self.configuration = configuration
        self.matcher = PhraseMatcher(taxonomy)
    }

    /// The modes `incident`'s text shows, best first (score descending, then id), at most
    /// ``Configuration/maximumModes``, none below ``Configuration/threshold``.
    public func classify(_ incident: Incident) -> [FailureModeMatch] {
        select(analyse(Self.texts(of: incident)))
    }

    /// The modes a plain text shows, read as if it were a root cause.
    public func classify(text: String) -> [FailureModeMatch] {
        select(analyse([(.rootCause, text)]))
    }

    /// The modes to record for `incident`: the ones it names itself when it names any
    /// (scores kept, and an empty evidence filled with the best sentence the classifier
    /// finds for that mode, if any), otherwise ``classify(_:)``.
    public func failureModes(for incident: Incident) -> [FailureModeMatch] {
        guard !incident.failureModes.isEmpty else { return classify(incident) }
        let found = analyse(Self.texts(of: incident))
        return incident.failureModes.map { declared in
            guard declared.evidence.isEmpty, let index = taxonomy.modes.firstIndex(where: { $0.id == declared.id }),
                let evidence = found[index].evidence
            else { return declared }
            return FailureModeMatch(id: declared.id, evidence: Self.clean(evidence), score: declared.score)
        }
    }

    /// What was found for one mode.
    struct ModeResult {
        var raw: Double = 0
        var evidence: Substring?
        var evidenceWeight: Double = 0
    }

    /// Reads `texts` once and returns what each mode of the taxonomy gathered, by index.
    func analyse(_ texts: [(Field, String)]) -> [ModeResult] {
        let phrases = matcher.phrases
        var best = Array(repeating: 0.0, count: matcher.patternCount)
        var repeats = Array(repeating: 0, count: matcher.patternCount)
        var results = Array(repeating: ModeResult(), count: taxonomy.modes.count)
        var sentenceWeight = Array(repeating: 0.0, count: taxonomy.modes.count)
        var touched: [Int] = []
        var cancelled: [Int] = []
        var ids: [Int32] = []
        for (field, text) in texts {
            let fieldWeight = configuration.weight(of: field)
            guard fieldWeight > 0 else { continue }
            for range in TextScanner.sentences(in: text) {
                let sentence = text[range]
                guard matcher.encode(sentence, into: &ids) else { continue }
                let hits = matcher.hits(in: ids)
                guard !hits.isEmpty else { continue }
                cancelled.removeAll(keepingCapacity: true)
                for hit in hits where phrases[hit.phrase].isNegative { cancelled.append(phrases[hit.phrase].mode) }
                touched.removeAll(keepingCapacity: true)
                for hit in hits {
                    let phrase = phrases[hit.phrase]
                    guard !phrase.isNegative, !cancelled.contains(phrase.mode) else { continue }
                    let weight = phrase.weight * fieldWeight
                    if best[phrase.pattern] > 0 { repeats[phrase.pattern] += 1 }
                    best[phrase.pattern] = max(best[phrase.pattern], weight)
                    if sentenceWeight[phrase.mode] == 0 { touched.append(phrase.mode) }
                    sentenceWeight[phrase.mode] += weight
                }
                for mode in touched {
                    if sentenceWeight[mode] > results[mode].evidenceWeight {
                        results[mode].evidenceWeight = sentenceWeight[mode]
                        results[mode].evidence = sentence
                    }
                    sentenceWeight[mode] = 0
                }
            }
        }
        for phrase in phrases where !phrase.isNegative && best[phrase.pattern] > 0 {
            results[phrase.mode].raw += best[phrase.pattern] * (1 + 0.1 * Double(min(repeats[phrase.pattern], 3)))
        }
        return results
    }

    func select(_ results: [ModeResult]) -> [FailureModeMatch] {
        var matches: [FailureModeMatch] = []
        for (index, result) in results.enumerated() {
            guard let evidence = result.evidence else { continue }
            let score = Self.score(raw: result.raw)
            guard score >= configuration.threshold, score > 0 else { continue }
            matches.append(FailureModeMatch(id: taxonomy.modes[index].id, evidence: Self.clean(evidence), score: score))
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        return Array(matches.prefix(max(0, configuration.maximumModes)))
    }

    /// `1 − e^(−raw)`, rounded to hundredths so that what is shown is what was sorted.
    static func score(raw: Double) -> Double {
        ((1 - exp(-raw)) * 100).rounded() / 100
    }

    /// At most this many characters of evidence; a longer sentence is cut at a word.
    static let maximumEvidenceLength = 300

    /// `sentence` as evidence: on one line, without list markers, table pipes or
    /// surrounding space, cut at a word when very long.
    static func clean(_ sentence: Substring) -> String {
        var words = sentence.split(whereSeparator: { $0.isWhitespace })
        while let first = words.first, isMarker(first) { words.removeFirst() }
        while let last = words.last, last == "|" { words.removeLast() }
        var text = words.joined(separator: " ")
        if text.count > maximumEvidenceLength {
            let cut = text.prefix(maximumEvidenceLength)
            let end = cut.lastIndex(of: " ") ?? cut.endIndex
            text = String(cut[..<end]) + " …"
        }
        return text
    }

    private static func isMarker(_ word: Substring) -> Bool {
        if ["-", "*", "+", ">", "|", "[", "]", "[x]", "[X]", "[ ]"].contains(word) { return true }
        if word.allSatisfy({ $0 == "#" }) { return true }
        guard let last = word.last, last == "." || last == ")" else { return false }
        let number = word.dropLast()
        return !number.isEmpty && number.count <= 3 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
    }
}
