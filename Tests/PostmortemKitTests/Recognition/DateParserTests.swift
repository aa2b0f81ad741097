import Testing

@testable import PostmortemKit

@Suite struct DateParserTests {
    /// The date of seed 000, a Monday.
    static let monday = Day(year: 2026, month: 4, day: 6)

    private static func stamp(_ text: String) -> Timestamp? { Timestamp(iso: text) }

    @Test(arguments: [
        // ISO
        ("2026-02-20", "2026-02-20", TimelineEvent.Precision.day),
        ("2026-02-20 14:02", "2026-02-20T14:02", .exact),
        ("2026-02-20T14:02:00Z", "2026-02-20T14:02:00Z", .exact),
        ("2026-02-20T14:02:00.123-05:00", "2026-02-20T14:02:00-05:00", .exact),
        ("2026/02/20", "2026-02-20", .day),
        // Dotted and named, day first
        ("27.11.2025", "2025-11-27", .day),
        ("27. November 2025", "2025-11-27", .day),
        ("27 nov. 2025", "2025-11-27", .day),
        ("27.11.2025 18:45 UTC", "2025-11-27T18:45Z", .exact),
        ("27.11.2025 ~18:00 UTC", "2025-11-27T18:00Z", .approximate),
        ("23.11.2025 17:25", "2025-11-23T17:25", .exact),
        // English
        ("April 6th, 2026", "2026-04-06", .day),
        ("18th April 2021", "2021-04-18", .day),
        ("Apr 6 2026", "2026-04-06", .day),
        ("6 April 2026", "2026-04-06", .day),
        ("the 6th of April 2026", "2026-04-06", .day),
        ("Feb. 20, 2026 at 2:05 PM", "2026-02-20T14:05", .exact),
        ("Fri, 27 Nov 2025 07:24:09 +0100", "2025-11-27T07:24:09+01:00", .exact),
        // French, German, Spanish
        ("12 mars 2024", "2024-03-12", .day),
        ("1er avril 2023", "2023-04-01", .day),
        ("le 12 mars 2024 à 14h05", "2024-03-12T14:05", .exact),
        ("3. Mai 2024", "2024-05-03", .day),
        ("3. Mai 2024 um 14.05 Uhr", "2024-05-03T14:05", .exact),
        ("17. März 2024", "2024-03-17", .day),
        ("6 de abril de 2026", "2026-04-06", .day),
        // Numeric, separator defaults
        ("03/10/2021", "2021-03-10", .day),
        ("03.10.2021", "2021-10-03", .day),
        ("13/10/2021", "2021-10-13", .day),
        ("10/13/2021", "2021-10-13", .day),
        ("20-02-26", "2026-02-20", .day),
        // Time zones
        ("2026-02-20 14:02 CET", "2026-02-20T14:02+01:00", .exact),
        ("2026-02-20 14:02 CEST", "2026-02-20T14:02+02:00", .exact),
        ("2026-02-20 14:02 PST", "2026-02-20T14:02-08:00", .exact),
        ("2026-02-20 14:02 +01:00", "2026-02-20T14:02+01:00", .exact),
        ("2026-02-20 14:02 UTC+05:30", "2026-02-20T14:02+05:30", .exact),
        ("2026-02-20 14:02 GMT-5", "2026-02-20T14:02-05:00", .exact),
        ("2026-02-20 14:02 (UTC)", "2026-02-20T14:02Z", .exact),
        ("2026-02-20 14:02Z", "2026-02-20T14:02Z", .exact),
    ])
    func readsDatesWithAYear(text: String, expected: String, precision: TimelineEvent.Precision) {
        let parsed = DateParser.parse(text)
        #expect(parsed == ParsedTime(at: Self.stamp(expected), precision: precision), "\(text)")
    }

    @Test(arguments: [
        ("Feb 20", "2026-02-20", TimelineEvent.Precision.day),
        ("~Feb 15", "2026-02-15", .approximate),
        ("Feb 7 18:38", "2026-02-07T18:38", .exact),
        ("Feb 7 18:39+", "2026-02-07T18:39", .approximate),
        ("Feb 8 ~05:00", "2026-02-08T05:00", .approximate),
        ("27. Oktober", "2025-10-27", .day),
        ("Dec 30", "2025-12-30", .day),
        ("Aug 20", "2026-08-20", .day),
        ("Aug 22", "2025-08-22", .day),
        ("Tuesday, March 3", "2026-03-03", .day),
        ("14:02", "2026-02-20T14:02", .exact),
        ("14:02 UTC", "2026-02-20T14:02Z", .exact),
        ("2:05 PM", "2026-02-20T14:05", .exact),
        ("2:05 p.m.", "2026-02-20T14:05", .exact),
        ("12:30 AM", "2026-02-20T00:30", .exact),
        ("2pm", "2026-02-20T14:00", .exact),
        ("14h05", "2026-02-20T14:05", .exact),
        ("14h", "2026-02-20T14:00", .exact),
        ("14.05 Uhr", "2026-02-20T14:05", .exact),
        ("14 Uhr", "2026-02-20T14:00", .exact),
        ("~14:00", "2026-02-20T14:00", .approximate),
        ("ca. 14:00", "2026-02-20T14:00", .approximate),
        ("14:00 (approx.)", "2026-02-20T14:00", .approximate),
        ("**14:02**", "2026-02-20T14:02", .exact),
        ("14:02:09", "2026-02-20T14:02:09", .exact),
    ])
    func resolvesAgainstTheDocumentDate(text: String, expected: String, precision: TimelineEvent.Precision) {
        let parsed = DateParser.parse(text, reference: Day(year: 2026, month: 2, day: 20))
        #expect(parsed == ParsedTime(at: Self.stamp(expected), precision: precision), "\(text)")
    }

    @Test(arguments: [
        ("~Feb 15 - Feb 20", "2026-02-15", "2026-02-20"),
        ("~Jan 1 – Feb 7", "2026-01-01", "2026-02-07"),
        ("Feb 15-20", "2026-02-15", "2026-02-20"),
        ("14:00–14:30", "2026-02-20T14:00", "2026-02-20T14:30"),
        ("14:00-14:30", "2026-02-20T14:00", "2026-02-20T14:30"),
        ("14:00 - 14:30 UTC", "2026-02-20T14:00Z", "2026-02-20T14:30Z"),
        ("23:30-00:15", "2026-02-20T23:30", "2026-02-21T00:15"),
        ("14h à 15h", "2026-02-20T14:00", "2026-02-20T15:00"),
        ("Dec 28 - Jan 3", "2025-12-28", "2026-01-03"),
        ("2026-02-18 to 2026-02-19", "2026-02-18", "2026-02-19"),
        ("Feb 7 18:00 - 19:00", "2026-02-07T18:00", "2026-02-07T19:00"),
    ])
    func readsRanges(text: String, start: String, end: String) {
        let parsed = DateParser.parse(text, reference: Day(year: 2026, month: 2, day: 20))
        #expect(parsed == ParsedTime(at: Self.stamp(start), end: Self.stamp(end), precision: .range), "\(text)")
    }

    /// Seed 000: written Monday 2026-04-06 about Friday April 3 to Saturday April 4.
    @Test(arguments: [
        ("Fri 16:00", "2026-04-03T16:00"),
        ("Sat 01:28", "2026-04-04T01:28"),
        ("Sat 08:39", "2026-04-04T08:39"),
        ("Sat 20:43", "2026-04-04T20:43"),
        ("Sat 21:00", "2026-04-04T21:00"),
        ("Mon 09:00", "2026-04-06T09:00"),
        ("Friday 23:00", "2026-04-03T23:00"),
        ("samedi 14h", "2026-04-04T14:00"),
    ])
    func resolvesWeekdaysToTheMostRecentOneOnOrBeforeTheDocumentDate(text: String, expected: String) {
        #expect(
            DateParser.parse(text, reference: Self.monday) == ParsedTime(at: Self.stamp(expected), precision: .exact))
    }

    @Test(arguments: ["??", "??:??", "--:--", "TBD", "n/a", "", "  ", "unknown", "—", "?"])
    func recognisesExplicitlyUnknownTimes(text: String) {
        #expect(DateParser.parse(text, reference: Self.monday) == .unknown)
        #expect(DateParser.isExplicitlyUnknown(text))
    }

    @Test(arguments: ["14:02", "Feb 20", "Deploy", "99:99"])
    func doesNotCallOrdinaryTextUnknownOnPurpose(text: String) {
        #expect(!DateParser.isExplicitlyUnknown(text))
    }

    @Test(arguments: [
        "", "99:99", "2026-02-30", "31.02.2025", "24:00", "13:60", "99999999999999999999:00",
        "2026-99999999999999999999-01", "🔥🔥", "❌ 14:02", "5 Whys", "v1 -> v2", "10.10.10.10",
        "1.2.3", "Feb 30", "0000-01-01", "T+", "T+99999999999999h",
        "~", "--", "- 14", "+14:00", "Uhr", "am pm", "(((", "14:", ":30", "2026-", "Fri,", "h05",
    ])
    func neverCrashesAndNeverInventsATime(text: String) {
        let parsed = DateParser.parse(text)
        #expect(parsed.at == nil)
        #expect(parsed.precision == .unknown)
        _ = DateParser.parse(text, reference: Self.monday)
        _ = DateParser.findDay(in: text, reference: Self.monday)
    }

    @Test func stopsAtTheEndOfTheCalendar() {
        #expect(
            DateParser.parse("9999-12-31 23:30-00:15")
                == ParsedTime(at: Self.stamp("9999-12-31T23:30"), precision: .exact))
        #expect(
            DateParser.parse("9999-12-31 to 10000-01-01") == ParsedTime(at: Self.stamp("9999-12-31"), precision: .day))
    }

    @Test func leavesBareTimesUnresolvedWithoutADay() {
        #expect(DateParser.parse("14:02") == .unknown)
        #expect(DateParser.parse("Feb 20") == .unknown)
        #expect(DateParser.parse("Sat 01:28") == .unknown)
    }

    @Test(arguments: [
        ("03/10/2021", DateOrder.dayFirst, "2021-10-03"),
        ("03/10/2021", .monthFirst, "2021-03-10"),
        ("03.10.2021", .monthFirst, "2021-03-10"),
        ("13/10/2021", .monthFirst, "2021-10-13"),
        ("10/13/2021", .dayFirst, "2021-10-13"),
    ])
    func honoursTheOrderHintOnlyWhenBothReadingsAreValid(text: String, order: DateOrder, expected: String) {
        #expect(DateParser.parse(text, order: order).at == Self.stamp(expected))
    }

    @Test(arguments: [
        ("en-US", DateOrder.monthFirst), ("fr", .dayFirst), ("de_CH", .dayFirst), ("en-GB", .dayFirst),
    ])
    func derivesTheOrderFromALanguageTag(tag: String, order: DateOrder) {
        #expect(DateOrder(languageTag: tag) == order)
    }

    @Test func leavesPlainEnglishToTheSeparatorDefault() {
        #expect(DateOrder(languageTag: "en") == nil)
        #expect(DateOrder(languageTag: "") == nil)
    }

    @Test func keepsRelativeTimesUnknownWithoutAnOrigin() throws {
        #expect(DateParser.parse("T+0") == ParsedTime(relativeSeconds: 0))
        #expect(DateParser.parse("T+15m") == ParsedTime(relativeSeconds: 900))
        #expect(DateParser.parse("T+1h30m") == ParsedTime(relativeSeconds: 5_400))
        #expect(DateParser.parse("T-5") == ParsedTime(relativeSeconds: -300))
        var context = DateParser.Context(relativeOrigin: Self.stamp("2026-02-20T23:50Z"))
        #expect(
            context.parse("T+15m")
                == ParsedTime(at: Self.stamp("2026-02-21T00:05Z"), precision: .exact, relativeSeconds: 900))
    }

    @Test func splitsALeadingTimeFromItsEvent() throws {
        let line = "14:02 UTC - Deploy started"
        let (time, range) = try #require(DateParser.parseLeading(line, reference: Self.monday))
        #expect(time == ParsedTime(at: Self.stamp("2026-04-06T14:02Z"), precision: .exact))
        #expect(line[range] == "14:02 UTC")
        #expect(DateParser.parseLeading("Deploy at 14:02", reference: Self.monday) == nil)
    }
}
