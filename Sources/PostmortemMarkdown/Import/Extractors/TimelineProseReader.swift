import PostmortemKit

/// Reads a timeline told in prose ("At 14:05 the on-call, Aiko, received …"): one event per
/// paragraph that carries a clock time, at the paragraph's first clock time (with the date
/// written next to it, if any: "On 6 September at around 16:30 …"); the whole paragraph is
/// the event's text. A paragraph without a clock time is not an event.
enum TimelineProseReader {
    /// The clock time a paragraph mentions first, as written, and what it resolves to;
    /// nil when it mentions none. Moves `dates` on when it finds one.
    static func firstClockTime(in text: String, dates: inout DateParser.Context) -> (String, ParsedTime)? {
        // Most paragraphs hold no clock time at all: say so without tokenising them.
        guard mayHoldClock(text) else { return nil }
        var index = text.startIndex
        while index < text.endIndex {
            let startsWord = index == text.startIndex || !isWordCharacter(text[text.index(before: index)])
            if startsWord, isWordCharacter(text[index]) || text[index] == "~" {
                var probe = dates
                // No date or time is longer than this; bounding it keeps long paragraphs linear.
                let tail = String(text[index...].prefix(80))
                if let (time, range) = probe.parseLeading(tail), range.lowerBound == tail.startIndex,
                    hasClock(tail[range])
                {
                    dates = probe
                    return (String(tail[range]), time)
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The events of `paragraphs`, one per paragraph with a clock time; the ids of those
    /// paragraphs.
    static func read(_ paragraphs: [MarkdownNode], context: inout ImportContext) -> ([TimelineEvent], Set<Int>) {
        var events: [TimelineEvent] = []
        var consumed: Set<Int> = []
        for paragraph in paragraphs {
            let text = context.inlineMarkdown(of: paragraph)
            guard let (written, parsed) = firstClockTime(in: text, dates: &context.dates) else { continue }
            events.append(TimelineListReader.event(time: written, parsed: parsed, text: text))
            consumed.insert(paragraph.id)
        }
        return (events, consumed)
    }

    /// How many of `paragraphs` mention a clock time.
    static func timedCount(_ paragraphs: [MarkdownNode], context: ImportContext) -> Int {
        var dates = context.dates
        return paragraphs.filter { firstClockTime(in: context.inlineMarkdown(of: $0), dates: &dates) != nil }.count
    }

    /// Whether a matched time has a time of day written as digits ("16:30", "13h58",
    /// "2 PM"), not only a date.
    /// Whether `text` has a digit followed by `:`, `h` or `.` and another digit, or "am"/"pm":
    /// a byte scan, so paragraphs without a time cost next to nothing.
    static func mayHoldClock(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where (0x30...0x39).contains(bytes[index]) {
            let mark = bytes[index + 1]
            if mark == UInt8(ascii: ":") || mark == UInt8(ascii: "h") || mark == UInt8(ascii: "."),
                (0x30...0x39).contains(bytes[index + 2])
            {
                return true
            }
            // "2pm", "2 PM"
            let start = mark == UInt8(ascii: " ") ? index + 2 : index + 1
            if start + 1 < bytes.count, [UInt8(ascii: "a"), UInt8(ascii: "p")].contains(bytes[start] | 0x20),
                bytes[start + 1] | 0x20 == UInt8(ascii: "m")
            {
                return true
            }
        }
        return false
    }

    private static func hasClock(_ written: Substring) -> Bool {
        let characters = Array(written)
        for (index, character) in characters.enumerated() where character.isNumber {
            guard index + 2 < characters.count else { continue }
            let mark = characters[index + 1]
            if (mark == ":" || mark == "h") && characters[index + 2].isNumber { return true }
        }
        let lower = written.lowercased()
        return lower.hasSuffix("am") || lower.hasSuffix("pm")
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
