import Foundation
import PostmortemKit

/// Reads one lesson from a line of text, with the kind a leading label names ("Ce qui a
/// bien marché : …", "Lucky: …", "Lesson: …"); the label leaves the text, its meaning
/// stays in the kind.
enum LessonLine {
    private static let lessonLabels: Set<String> = [
        "lesson", "lessons", "lesson learned", "lessons learned", "lesson learnt", "takeaway", "takeaways",
        "learning", "learnings", "lecon", "lecons", "lecon apprise", "erkenntnis", "erkenntnisse", "lehre",
    ]

    /// The lesson `text` is, its kind `kind` unless a label says otherwise.
    static func read(_ text: String, kind: Lesson.Kind) -> Lesson {
        if let (labelled, rest) = label(of: text) { return Lesson(text: rest, kind: labelled) }
        return Lesson(text: text, kind: kind)
    }

    /// A lesson only when `text` starts with a lesson label ("Lesson: we keep …").
    static func labelledLesson(_ text: String) -> Lesson? {
        label(of: text).map { Lesson(text: $0.1, kind: $0.0) }
    }

    /// The kind a leading "Label:" or "**Label:**" names, and the text after it.
    static func label(of text: String) -> (Lesson.Kind, String)? {
        guard let (label, rest) = leadingLabel(of: text) else { return nil }
        if lessonLabels.contains(ActionWords.fold(label)) { return (.learned, rest) }
        switch SectionClassifier.classify(label).kind {
        case .lessons: return (.learned, rest)
        case .wentWell: return (.wentWell, rest)
        case .wentWrong: return (.wentWrong, rest)
        case .lucky: return (.lucky, rest)
        default: return nil
        }
    }

    /// A leading "Label:" or "**Label:**" (2 to 40 characters) and the non-empty text after it.
    static func leadingLabel(of text: String) -> (label: String, rest: String)? {
        guard let match = text.prefixMatch(of: leadingLabelPattern) else { return nil }
        let rest = String(text[match.range.upperBound...]).trimmingSpaces()
        guard !rest.isEmpty else { return nil }
        return (String(match.output.1), rest)
    }

    /// A paragraph's lines as lessons: a paragraph of hard-broken lines is one lesson a
    /// line (a marker every line starts with, such as ✅ or ⚠️, is the bullet and leaves the
    /// text); any other paragraph is one lesson.
    static func lines(of paragraph: MarkdownNode, context: ImportContext) -> [String] {
        let hasHardBreaks = paragraph.children.contains { if case .lineBreak = $0.kind { true } else { false } }
        guard hasHardBreaks else { return [context.inlineMarkdown(of: paragraph)] }
        var lines: [String] = []
        var current: [String] = []
        for raw in paragraph.sourceText.split(whereSeparator: \.isNewline) {
            let breaks = raw.hasSuffix("  ") || raw.hasSuffix("\\") || raw.hasSuffix("\t")
            var line = raw.trimmingSpaces()
            if breaks, line.hasSuffix("\\") { line.removeLast() }
            current.append(line.trimmingSpaces())
            if breaks {
                lines.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { lines.append(current.joined(separator: " ")) }
        lines = lines.filter { !$0.isEmpty }
        if let marker = lines.first?.first, !marker.isLetter, !marker.isNumber, !"*_`[(\"'“".contains(marker),
            lines.allSatisfy({ $0.first == marker && $0.dropFirst().first == " " })
        {
            lines = lines.map { $0.dropFirst().trimmingSpaces() }
        }
        return lines
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let leadingLabelPattern =
    #/^(?:\*\*|__)?([^:*_]{2,40}?)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/#
