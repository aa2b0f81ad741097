import Foundation
import PostmortemKit

/// Pairs questions with answers across the text units of a 5-whys section.
///
/// A unit is a list item's or a paragraph's line(s); a line that starts a question
/// ("Why …", "Q:", "**Why 1:**") starts a new unit. A unit may hold several whys run
/// together ("… commits. - Why did the AI break that link? Because …"): it is cut before
/// every question that follows a dash, a bullet or a number, and before every question
/// label. Each piece is then a question with its answer, a question alone (its answer is
/// the next piece: the next line, paragraph or nested bullet) or an answer alone.
///
/// The question keeps its "?" and loses only its label and a bold that wraps all of it;
/// the answer loses its label ("A:", "**Answer:**") and a leading dash or arrow, and keeps
/// everything else, "Because" included.
struct WhyChain {
    private(set) var whys: [Why] = []
    private(set) var pending: String?

    /// Takes the units in order; false when one does not fit a chain of whys.
    mutating func feed(_ units: [String]) -> Bool {
        for unit in units {
            for piece in Self.pieces(of: unit) where !take(piece) { return false }
        }
        return true
    }

    private mutating func take(_ piece: String) -> Bool {
        switch Self.split(piece, expectingAnswer: pending != nil) {
        case (let question?, let answer?):
            guard pending == nil else { return false }
            whys.append(Why(question: question, answer: answer))
        case (let question?, nil):
            guard pending == nil else { return false }
            pending = question
        case (nil, let answer?):
            guard let question = pending else { return false }
            whys.append(Why(question: question, answer: answer))
            pending = nil
        case (nil, nil):
            break
        }
        return true
    }

    // MARK: - Units

    /// The units of a list or paragraph block, in order; nil for any other block, or a
    /// list item holding more than paragraphs and lists.
    static func units(of block: MarkdownNode) -> [String]? {
        switch block.kind {
        case .paragraph:
            return units(ofLines: block.sourceText)
        case .list:
            var units: [String] = []
            for item in block.children {
                for child in item.children {
                    guard let more = Self.units(of: child) else { return nil }
                    units += more
                }
            }
            return units
        default:
            return nil
        }
    }

    /// Source lines grouped into units: a line that starts a question starts a unit.
    static func units(ofLines source: String) -> [String] {
        var units: [[String]] = []
        for raw in source.split(whereSeparator: \.isNewline) {
            var line = raw.trimmingSpaces()
            if line.hasSuffix("\\") { line.removeLast() }
            guard !line.isEmpty else { continue }
            if units.isEmpty || startsQuestion(line) {
                units.append([line])
            } else {
                units[units.count - 1].append(line)
            }
        }
        return units.map { $0.joined(separator: " ") }
    }

    // MARK: - Pieces

    nonisolated(unsafe) private static let questionWord: Regex<Substring> =
        #/(?:\*\*|__|\*|_)?(?i:why|pourquoi|warum|wieso|weshalb|por qu[ée])\b/#
    nonisolated(unsafe) private static let questionLabel: Regex<Substring> =
        #/(?:\*\*|__)?(?:Q|(?i:question|frage|why|pourquoi|warum))\s*#?\s*\d*\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/#
    nonisolated(unsafe) private static let boundary: Regex<Substring> =
        #/\s+(?:[-–•]|\d{1,2}[.)])\s+(?=(?:\*\*|__|\*|_)?(?i:why|pourquoi|warum|wieso|weshalb|por qu[ée])\b)|\s+(?=(?:\*\*|__)?(?:Q|(?i:question|frage|why))\s*#?\s*\d*\s*(?:\*\*|__)?\s*:)/#

    static func startsQuestion(_ line: String) -> Bool {
        line.prefixMatch(of: questionWord) != nil || line.prefixMatch(of: questionLabel) != nil
    }

    /// A unit cut before each run-together question.
    static func pieces(of unit: String) -> [String] {
        var pieces: [String] = []
        var start = unit.startIndex
        for match in unit.matches(of: boundary) where match.range.lowerBound > start {
            pieces.append(String(unit[start..<match.range.lowerBound]))
            start = match.range.upperBound
        }
        pieces.append(String(unit[start...]))
        return pieces.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    nonisolated(unsafe) private static let answerCue: Regex<Substring> =
        #/^(?:\*\*|__|\*|_)?(?:(?i:because|parce que|parce qu['’]|car|weil|da|denn|porque|answer|r[ée]ponse|antwort)\b|A\s*\d*\s*(?:\*\*|__)?\s*:)|^(?:->|→|=>)/#
    nonisolated(unsafe) private static let answerLabel: Regex<Substring> =
        #/^(?:\*\*|__)?(?:A|(?i:answer|r[ée]ponse|antwort|respuesta))\s*\d*\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/#
    nonisolated(unsafe) private static let inlineAnswerLabel: Regex<Substring> =
        #/\s(?:\*\*|__)?(?:A|Answer|ANSWER|Réponse|Antwort|Respuesta)\s*\d*\s*(?:\*\*|__)?\s*:/#
    nonisolated(unsafe) private static let questionEnd: Regex<Substring> =
        #/\?(?:\*\*|__|\*|_)?(?=\s|$)/#

    /// A piece's question and answer, either possibly missing.
    static func split(_ piece: String, expectingAnswer: Bool) -> (String?, String?) {
        var text = piece
        var labelled = false
        if let label = text.prefixMatch(of: questionLabel) {
            text = String(text[label.range.upperBound...])
            labelled = true
        }
        if !labelled, expectingAnswer, text.prefixMatch(of: answerCue) != nil {
            return (nil, answer(text))
        }
        if let end = text.firstMatch(of: questionEnd) {
            let question = unwrapped(String(text[..<end.range.upperBound]))
            let rest = answer(String(text[end.range.upperBound...]))
            return (question, rest)
        }
        if let label = text.firstMatch(of: inlineAnswerLabel) {
            let question = text[..<label.range.lowerBound].trimmingSpaces()
            return (question.isEmpty ? nil : unwrapped(question), answer(String(text[label.range.lowerBound...])))
        }
        if labelled || text.prefixMatch(of: questionWord) != nil { return (unwrapped(text), nil) }
        return (nil, answer(text))
    }

    /// An answer without its label or leading dash; nil when empty.
    static func answer(_ text: String) -> String? {
        var rest = Substring(text.trimmingSpaces())
        if let label = rest.prefixMatch(of: answerLabel) { rest = rest[label.range.upperBound...] }
        for separator in ["->", "→", "=>", "—", "–", "-", ":"] where rest.hasPrefix(separator + " ") {
            rest = rest.dropFirst(separator.count)
            break
        }
        let answer = rest.trimmingSpaces()
        return answer.isEmpty ? nil : answer
    }

    /// The text without one emphasis that wraps all of it (`**Why did X?**`).
    static func unwrapped(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        for marker in ["**", "__"] where trimmed.count > 2 * marker.count {
            let inner = trimmed.dropFirst(marker.count).dropLast(marker.count)
            if trimmed.hasPrefix(marker), trimmed.hasSuffix(marker), !inner.contains(marker) {
                return inner.trimmingSpaces()
            }
        }
        return trimmed
    }
}
