import Foundation
import PostmortemKit

/// Reading the time of one timeline entry: a whole table cell ("~Feb 15 - Feb 20"), or the
/// time an entry starts with (`14:02 UTC — …`, `**11:55** …`, `[13:26] …`, `??:?? …`), through
/// the incident's `DateParser.Context` so year-less dates, weekdays and bare times land on
/// the right day.
enum TimelineTime {
    /// A time read from the start of an entry.
    struct Leading {
        /// The time as written, without the brackets or emphasis around it ("14:02 UTC",
        /// "07:40 (21 July)", "??:??").
        var written: String
        var parsed: ParsedTime
        /// The entry's text after the time and its separator (" — ", " - ", ": ").
        var rest: String
    }

    // MARK: - Whole cells

    /// Reads a table cell that holds only a time. Nil when the cell is neither a time nor
    /// says plainly that the time is unknown (the caller reports it).
    static func cell(_ text: String, dates: inout DateParser.Context) -> ParsedTime? {
        let inner = unwrapped(text.trimmingSpaces())
        if DateParser.isExplicitlyUnknown(inner) { return .unknown }
        var probe = dates
        guard let (time, _) = parse(inner, dates: &probe) else { return nil }
        dates = probe
        return time
    }

    /// Whether `text` starts with something the date parser reads as a date or time.
    static func startsWithTime(_ text: String, dates: DateParser.Context) -> Bool {
        var probe = dates
        return leading(in: text, dates: &probe) != nil
    }

    // MARK: - Leading times

    /// Reads the time `text` starts with and moves `dates` on to it; nil (and `dates`
    /// untouched) when it starts with none.
    static func leading(in text: String, dates: inout DateParser.Context) -> Leading? {
        let trimmed = text.trimmingSpaces()
        var probe = dates
        var found: (written: String, parsed: ParsedTime, rest: Substring)?
        if let (inner, after) = wrapped(trimmed) {
            let innerText = inner.trimmingSpaces()
            if DateParser.isExplicitlyUnknown(innerText), !innerText.isEmpty {
                found = (innerText, .unknown, after)
            } else if let (time, range) = parse(innerText, dates: &probe), range.upperBound == innerText.endIndex {
                found = (innerText, time, after)
            }
        } else if let (written, after) = unknownToken(trimmed) {
            found = (written, .unknown, after)
        } else if let (time, range) = parse(trimmed, dates: &probe), range.lowerBound == trimmed.startIndex,
            endsAtBoundary(trimmed[range.upperBound...])
        {
            found = (String(trimmed[range]), time, trimmed[range.upperBound...])
        }
        guard var (written, parsed, rest) = found else { return nil }
        // "[07:40] (21 July) …": a day in parentheses right after the time.
        if let (day, note, after) = parenthesizedDay(rest, dates: dates) {
            probe = dates
            probe.enter(day: day)
            if let (time, _) = parse(written, dates: &probe) { parsed = time }
            written += " " + note
            rest = after
        }
        dates = probe
        return Leading(written: written, parsed: parsed, rest: String(droppingSeparator(rest)))
    }

    // MARK: - Parsing

    /// Parses `text` from its start, first rewriting year-less numeric dates ("03/03",
    /// "12/03 07:50") that the date parser leaves alone. The range is in `text`.
    static func parse(_ text: String, dates: inout DateParser.Context) -> (ParsedTime, Range<String.Index>)? {
        if let rewritten = YearlessNumericDate.rewrite(text, dates: dates),
            let (time, range) = dates.parseLeading(rewritten.text)
        {
            let end = rewritten.originalOffset(
                of: rewritten.text.distance(from: rewritten.text.startIndex, to: range.upperBound))
            let start = rewritten.originalOffset(
                of: rewritten.text.distance(from: rewritten.text.startIndex, to: range.lowerBound))
            let lower = text.index(text.startIndex, offsetBy: min(start, text.count))
            let upper = text.index(text.startIndex, offsetBy: min(end, text.count))
            return (time, lower..<upper)
        }
        return dates.parseLeading(text)
    }

    /// The text inside `**…**`, `__…__`, `[…]`, `` `…` ``, `*…*` or `_…_` at the start of
    /// `text`, and what follows the closing mark.
    static func wrapped(_ text: String) -> (String, Substring)? {
        let pairs: [(String, String)] = [("**", "**"), ("__", "__"), ("[", "]"), ("`", "`"), ("*", "*"), ("_", "_")]
        for (open, close) in pairs where text.hasPrefix(open) {
            let body = text.dropFirst(open.count)
            guard let end = body.range(of: close) else { continue }
            let inner = String(body[..<end.lowerBound])
            guard !inner.isEmpty, inner.count <= 40 else { continue }
            return (inner, body[end.upperBound...])
        }
        return nil
    }

    /// A cell's text without one pair of emphasis marks, brackets or backticks around it.
    static func unwrapped(_ text: String) -> String {
        guard let (inner, after) = wrapped(text), after.trimmingSpaces().isEmpty else {
            return text
        }
        return inner.trimmingSpaces()
    }

    /// A leading unknown time ("??:??", "--:--", "??") with an optional zone word ("UTC").
    private static func unknownToken(_ text: String) -> (String, Substring)? {
        let token = text.prefix { "?-:".contains($0) }
        guard token.count >= 2, token.contains("?") || token.hasPrefix("--") else { return nil }
        var end = token.endIndex
        let after = text[end...]
        let spaces = after.prefix { $0 == " " }
        let word = after.dropFirst(spaces.count).prefix { $0.isLetter }
        if !spaces.isEmpty, (2...4).contains(word.count), word.allSatisfy(\.isUppercase) {
            end = word.endIndex
        }
        guard endsAtBoundary(text[end...]) else { return nil }
        return (String(text[..<end]), text[end...])
    }

    /// A day in parentheses at the start of `text` ("(21 July)"): the day, the note as
    /// written, and what follows it.
    private static func parenthesizedDay(
        _ text: Substring, dates: DateParser.Context
    ) -> (Day, String, Substring)? {
        let trimmed = text.drop { $0 == " " }
        guard trimmed.first == "(", let close = trimmed.firstIndex(of: ")") else { return nil }
        let inner = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        guard inner.count <= 30,
            let match = DateParser.findDay(
                in: inner, reference: dates.referenceDay ?? dates.currentDay, order: dates.order),
            inner[match.range].count * 2 >= inner.trimmingSpaces().count
        else { return nil }
        return (match.day, String(trimmed[...close]), trimmed[trimmed.index(after: close)...])
    }

    /// Whether a time ends here: at the end, before white space, or before punctuation.
    private static func endsAtBoundary(_ rest: Substring) -> Bool {
        guard let next = rest.first else { return true }
        return !(next.isLetter || next.isNumber)
    }

    /// `rest` without the separator between a time and its event (" — ", " – ", " - ",
    /// ": ", " | ", " → "), trimmed.
    static func droppingSeparator(_ rest: Substring) -> Substring {
        var text = rest.drop { $0 == " " || $0 == "\t" }
        for separator in ["—", "–", "-", ":", "|", "→", "->"] where text.hasPrefix(separator) {
            let after = text.dropFirst(separator.count)
            if after.isEmpty || after.first == " " || after.first == "\t" {
                text = after
                break
            }
        }
        return text.drop { $0 == " " || $0 == "\t" }
    }
}
