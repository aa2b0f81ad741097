import Foundation
import PostmortemKit

/// Reads one action written as a line (a list item's inline Markdown) into an
/// `ActionItem`:
///
/// - a task box: `[x]` is done, `[ ]` open, with the box as the status label;
/// - leading tags, in any order: a priority (`**HIGH**`, `P1:`, `[P1]`, `(P1)`, `HIGH —`)
///   and a status (`DONE:`, `[TODO]`, `**DONE**`, a leading ✅);
/// - trailing parts, from the end: a status after a dash (`— done`, ` - open`), an owner
///   after a dash when a status follows it (`- Tomasz - done`), and a parenthesis whose
///   every part is an owner, a ticket, a due date or a status (`(Aiko, PR #212)`,
///   `(owner Tomasz)`, `(Lukas Bräuer, bis 31.05.2023)`, `(done)`).
///
/// What is read into a field leaves the text; everything else stays in it as written. A
/// written status wins over the task box; nothing written means open with no label.
enum ActionLine {
    struct Parts {
        var text: String
        var owner: String?
        var priority: Priority?
        var status: ActionStatus?
        var statusLabel: String?
        var due: Day?
        var tracking: String?
    }

    static func read(_ line: String, checkbox: MarkdownNode.Checkbox?, context: ImportContext) -> ActionItem {
        var parts = Parts(text: line.trimmingSpaces())
        readLeadingTags(&parts)
        readTrailingParts(&parts, context: context)
        if parts.status == nil, let checkbox {
            parts.status = checkbox == .checked ? .done : .open
            parts.statusLabel = checkbox == .checked ? "[x]" : "[ ]"
        }
        return ActionItem(
            text: parts.text, owner: parts.owner, priority: parts.priority, status: parts.status ?? .open,
            statusLabel: parts.statusLabel, due: parts.due, tracking: parts.tracking)
    }

    /// Whether the line carries an action's marks: a task box, a priority or status tag,
    /// or a trailing status.
    static func hasActionMarks(_ line: String, checkbox: MarkdownNode.Checkbox?) -> Bool {
        if checkbox != nil { return true }
        var parts = Parts(text: line.trimmingSpaces())
        readLeadingTags(&parts)
        if parts.priority != nil || parts.status != nil { return true }
        return trailingStatus(parts.text) != nil
    }

    // MARK: - Leading tags

    nonisolated(unsafe) private static let tagForms: [Regex<(Substring, Substring)>] =
        [
            #/^\*\*([^*]{1,24})\*\*\s*:?\s*(?:[-–—]\s+)?/#,
            #/^\[([^\]]{1,24})\]\s*:?\s*(?:[-–—]\s+)?/#,
            #/^\(([^)]{1,12})\)\s*:?\s*/#,
            #/^([^\s:*\[(][^:]{0,19}?)\s*:\s+/#,
            #/^(\S{1,12})\s+[-–—]\s+/#,
        ]

    static func readLeadingTags(_ parts: inout Parts) {
        for _ in 0..<3 {
            var progressed = false
            for form in tagForms {
                guard let match = parts.text.prefixMatch(of: form) else { continue }
                let label = String(match.output.1).trimmingSpaces()
                if parts.priority == nil, let priority = ActionWords.priority(label: label) {
                    parts.priority = priority
                } else if parts.status == nil, let status = ActionWords.status(label: label) {
                    parts.status = status
                    parts.statusLabel = label
                } else {
                    continue
                }
                parts.text = String(parts.text[match.range.upperBound...])
                progressed = true
                break
            }
            if !progressed, parts.status == nil, let (status, label, rest) = leadingStatusSymbol(parts.text) {
                parts.status = status
                parts.statusLabel = label
                parts.text = rest
                progressed = true
            }
            if !progressed { return }
        }
    }

    private static let statusSymbols: [(String, ActionStatus)] = [
        ("✅", .done), ("✔️", .done), ("✔", .done), ("☑️", .done), ("🔜", .open), ("⏳", .inProgress),
        ("🚧", .inProgress),
    ]

    private static func leadingStatusSymbol(_ text: String) -> (ActionStatus, String, String)? {
        for (symbol, status) in statusSymbols where text.hasPrefix(symbol) {
            let rest = text.dropFirst(symbol.count)
            guard rest.first == " " else { continue }
            return (status, symbol, rest.trimmingSpaces())
        }
        return nil
    }

    // MARK: - Trailing parts

    /// A status after a dash at the end ("… — done"): the label and where the dash starts.
    static func trailingStatus(_ text: String) -> (String, String.Index)? {
        guard let match = text.firstMatch(of: trailingDashedWordPattern) else { return nil }
        let label = String(match.output.1).trimmingSpaces()
        guard ActionWords.status(label: label) != nil else { return nil }
        return (label, match.range.lowerBound)
    }

    static func readTrailingParts(_ parts: inout Parts, context: ImportContext) {
        if let (label, start) = trailingStatus(parts.text) {
            if parts.status == nil {
                parts.status = ActionWords.status(label: label)
                parts.statusLabel = label
                parts.text = String(parts.text[..<start])
                // "… - Tomasz - done": an owner between the dashes.
                if let match = parts.text.firstMatch(of: trailingDashedPartPattern),
                    ActionWords.isName(String(match.output.1).trimmingSpaces())
                {
                    parts.owner = String(match.output.1).trimmingSpaces()
                    parts.text = String(parts.text[..<match.range.lowerBound])
                }
            }
        }
        readTrailingParenthesis(&parts, context: context)
        parts.text = parts.text.trimmingSpaces()
    }

    /// "(Aiko, PR #212)", "(done)": applied only when every part is an owner, a ticket, a due
    /// date or a status.
    private static func readTrailingParenthesis(_ parts: inout Parts, context: ImportContext) {
        guard let match = parts.text.firstMatch(of: trailingParenthesisPattern) else { return }
        var found = Parts(text: "")
        for piece in match.output.1.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let part = piece.trimmingSpaces()
            if let owner = ActionWords.labelledOwner(part), found.owner == nil {
                found.owner = owner
            } else if ActionWords.isTracking(part), found.tracking == nil {
                found.tracking = part
            } else if let day = ActionWords.due(in: part, context: context), found.due == nil {
                found.due = day
            } else if let status = ActionWords.status(label: part), found.status == nil {
                found.status = status
                found.statusLabel = part
            } else if ActionWords.isName(part), found.owner == nil {
                found.owner = part
            } else {
                return
            }
        }
        guard parts.owner == nil || found.owner == nil, parts.due == nil || found.due == nil,
            parts.status == nil || found.status == nil
        else { return }
        parts.owner = parts.owner ?? found.owner
        if found.status != nil {
            parts.status = found.status
            parts.statusLabel = found.statusLabel
        }
        parts.tracking = parts.tracking ?? found.tracking
        parts.due = parts.due ?? found.due
        parts.text = String(parts.text[..<match.range.lowerBound])
    }
}

// Compiled once: `Regex` is not `Sendable`, but these are immutable and only ever read.
nonisolated(unsafe) private let trailingDashedWordPattern = #/\s+[-–—]\s+([^-–—]{1,20})$/#
nonisolated(unsafe) private let trailingDashedPartPattern = #/\s+[-–—]\s+([^-–—()]{1,40})$/#
nonisolated(unsafe) private let trailingParenthesisPattern = #/\s*\(([^()]{1,80})\)$/#
