import PostmortemKit

/// Reads a paragraph labelled as actions, wherever it stands: "Action: move the Secret to
/// external-secrets (owner Aiko)." or "Actions: a lifecycle rule (owner Marco); an external
/// check (owner Aiko)." — the form of ops logs and short write-ups with no action section.
///
/// The label leaves the text; the rest is split at semicolons outside code and parentheses,
/// and each part is read as one action line (owner, status, due date, ticket; see
/// `ActionLine`). A joining "and" before the last part and the closing full stop leave it.
enum ActionParagraph {
    private static let labels: Set<String> = [
        "action", "actions", "action item", "action items", "follow-up", "follow-ups", "follow up", "follow ups",
        "todo", "to do", "next step", "next steps", "action corrective", "actions correctives", "massnahme",
        "massnahmen", "maßnahme", "maßnahmen", "accion", "acciones",
    ]

    /// The actions of a paragraph whose inline Markdown is `text`, or nil when it is not labelled as actions.
    static func actions(in text: String, context: ImportContext) -> [ActionItem]? {
        guard let (label, rest) = LessonLine.leadingLabel(of: text), labels.contains(ActionWords.fold(label)) else {
            return nil
        }
        let items = parts(of: rest).compactMap { part -> ActionItem? in
            var line = part.trimmingSpaces()
            for joiner in ["and, ", "and ", "et ", "und ", "y "] where line.lowercased().hasPrefix(joiner) {
                line = String(line.dropFirst(joiner.count)).trimmingSpaces()
                break
            }
            if line.hasSuffix("."), !line.hasSuffix("..") { line.removeLast() }
            guard !line.isEmpty else { return nil }
            return ActionLine.read(line, checkbox: nil, context: context)
        }
        return items.isEmpty ? nil : items
    }

    /// `text` split at semicolons that stand outside backticks and parentheses.
    static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inCode = false
        var depth = 0
        for character in text {
            switch character {
            case "`": inCode.toggle()
            case "(" where !inCode: depth += 1
            case ")" where !inCode: depth = max(0, depth - 1)
            case ";" where !inCode && depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
