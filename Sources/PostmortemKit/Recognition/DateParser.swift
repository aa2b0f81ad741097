import Foundation

/// Reads dates and times as people write them in post-mortems ("2026-02-20 14:02",
/// "27. November 2025", "April 6th, 2026", "~Feb 15 - Feb 20", "Sat 01:28", "14h05",
/// "2:05 PM", "??") into `Timestamp`s with a `TimelineEvent.Precision`.
///
/// Languages: English, French, German and Spanish month and weekday names. Numbers only
/// ever match whole: "2026-02-30" and "99:99" are not dates, and nothing here can crash.
///
/// Resolution rules, all relative to a reference day (the document's own date):
/// - A date without a year takes the year that puts it nearest the reference day (so at
///   most about six months after it); a weekday written with it breaks ties.
/// - A weekday without a date ("Fri 16:00") is the most recent such weekday on or before
///   the reference day: post-mortems are written after the fact. With no reference day,
///   the first such weekday on or after the current day of a `Context`.
/// - A time without a date belongs to the current day of a `Context` (the last day
///   resolved), else to the reference day; with neither it has no `at` and is `.unknown`.
/// - A range's end that is earlier than its start moves to the next day (`23:30-00:15`) or,
///   for a year-less date, the next year.
public enum DateParser {
    /// Where a date stands in a longer text, and the day it names.
    public struct Match: Hashable, Sendable {
        public var day: Day
        /// The date's characters in the searched text, weekday included, brackets excluded.
        public var range: Range<String.Index>

        public init(day: Day, range: Range<String.Index>) {
            self.day = day
            self.range = range
        }
    }

    /// Reads the date or time `text` starts with; text after it is ignored. `.unknown` when
    /// it starts with none, or when no day can be found for it.
    /// - Parameters:
    ///   - reference: The document's date, for year-less dates, weekdays and bare times.
    ///   - order: How to read ambiguous all-numeric dates; nil means month first with `/`
    ///     and day first with `.` or `-`.
    public static func parse(_ text: String, reference: Day? = nil, order: DateOrder? = nil) -> ParsedTime {
        var context = Context(referenceDay: reference, order: order)
        return context.parse(text)
    }

    /// Reads the date or time `text` starts with, and says where it ends, so a caller can
    /// split "14:02 Deploy started" into its time and its event. Nil when `text` starts
    /// with no date or time (white space and emphasis markers aside).
    public static func parseLeading(
        _ text: String, reference: Day? = nil, order: DateOrder? = nil
    ) -> (time: ParsedTime, range: Range<String.Index>)? {
        var context = Context(referenceDay: reference, order: order)
        return context.parseLeading(text)
    }

    /// The first date inside a longer text ("Immich WAL Failure (2026-02-20)",
    /// "Date: April 6th, 2026", "**Date :** 12/03/2024"), or nil.
    public static func day(in text: String, reference: Day? = nil, order: DateOrder? = nil) -> Day? {
        findDay(in: text, reference: reference, order: order)?.day
    }

    /// The first date inside a longer text and where it stands. Dates need a year unless a
    /// reference day is given; month names that are everyday words ("may", "mars") count
    /// only when capitalised or followed by a year; numbers inside longer dotted runs ("10.10.10.10") never match.
    public static func findDay(in text: String, reference: Day? = nil, order: DateOrder? = nil) -> Match? {
        let tokens = DateToken.tokenize(text)
        for index in tokens.indices where startsFreely(tokens, at: index) {
            var grammar = DateGrammar(tokens: tokens, order: order, position: index)
            grammar.strictMonthWords = true
            guard let point = grammar.datePoint(), let date = point.date else { continue }
            let day: Day?
            if let year = date.year {
                day = Day(year: year, month: date.month, day: date.day)
            } else if let reference {
                day = nearestDay(month: date.month, day: date.day, weekday: point.weekday, to: reference)
            } else {
                day = nil
            }
            guard let day else { continue }
            return Match(
                day: day, range: tokens[index].range.lowerBound..<tokens[grammar.position - 1].range.upperBound)
        }
        return nil
    }

    /// Whether `text` says plainly that the time is not known: empty, only question marks and
    /// dashes ("??", "??:??", "--:--"), or a word like "TBD", "n/a", "unknown", "inconnu".
    public static func isExplicitlyUnknown(_ text: String) -> Bool {
        let folded = text.lowercasedWithoutDiacritics()
        let letters = String(folded.filter { $0.isLetter || $0.isNumber })
        if letters.isEmpty {
            return folded.allSatisfy { "?-:/.*_~ \t\u{2013}\u{2014}".contains($0) }
        }
        return CalendarWords.unknownWords.contains(letters)
    }

    // MARK: - Resolution helpers

    /// A token may start a date unless it continues a number run ("1.10" inside "10.1.10").
    private static func startsFreely(_ tokens: [DateToken], at index: Int) -> Bool {
        guard index > 0, !tokens[index].spaced else { return true }
        let previous = tokens[index - 1]
        if previous.number != nil || previous.word != nil { return false }
        if let mark = previous.symbol, ".:/-".contains(mark), index > 1, !previous.spaced,
            tokens[index - 2].number != nil
        {
            return false
        }
        return true
    }

    /// The day with this month and day nearest `reference` (years either side), preferring
    /// those that fall on `weekday` when one is given; the earlier on a tie.
    static func nearestDay(month: Int, day: Int, weekday: Int?, to reference: Day) -> Day? {
        let candidates = (reference.year - 1...reference.year + 1).compactMap {
            Day(year: $0, month: month, day: day)
        }
        let matching = candidates.filter { weekday == nil || $0.weekday == weekday }
        let pool = matching.isEmpty ? candidates : matching
        return pool.min { lhs, rhs in
            let left = abs(lhs.daysSinceEpoch - reference.daysSinceEpoch)
            let right = abs(rhs.daysSinceEpoch - reference.daysSinceEpoch)
            return left == right ? lhs < rhs : left < right
        }
    }

    /// The most recent `weekday` on or before `day`.
    static func weekday(_ weekday: Int, onOrBefore day: Day) -> Day? {
        day.adding(days: -((day.weekday - weekday + 7) % 7))
    }

    /// The first `weekday` on or after `day`.
    static func weekday(_ weekday: Int, onOrAfter day: Day) -> Day? {
        day.adding(days: (weekday - day.weekday + 7) % 7)
    }
}
