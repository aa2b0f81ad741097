import Testing

@testable import PostmortemKit

@Suite struct DateParserContextTests {
    private static func stamp(_ text: String) -> Timestamp? { Timestamp(iso: text) }

    @Test func putsBareTimesOnTheDayOfTheLastHeading() {
        var context = DateParser.Context(referenceDay: Day(year: 2026, month: 3, day: 10))
        let heading = context.parse("Tuesday, March 3")
        let first = context.parse("14:02")
        let second = context.parse("15:10 UTC")
        let nextDay = context.parse("Wednesday, March 4")
        let third = context.parse("09:00")
        #expect(
            [heading, first, second, nextDay, third] == [
                ParsedTime(at: Self.stamp("2026-03-03"), precision: .day),
                ParsedTime(at: Self.stamp("2026-03-03T14:02"), precision: .exact),
                ParsedTime(at: Self.stamp("2026-03-03T15:10Z"), precision: .exact),
                ParsedTime(at: Self.stamp("2026-03-04"), precision: .day),
                ParsedTime(at: Self.stamp("2026-03-04T09:00"), precision: .exact),
            ])
    }

    @Test func rollsPastMidnightOnlyWhenAsked() {
        let times = ["23:10", "23:55", "00:20", "01:05"]
        var plain = DateParser.Context(referenceDay: Day(year: 2026, month: 2, day: 20))
        var rolling = DateParser.Context(referenceDay: Day(year: 2026, month: 2, day: 20), rollsOverMidnight: true)
        #expect(
            times.map { plain.parse($0).at } == [
                Self.stamp("2026-02-20T23:10"), Self.stamp("2026-02-20T23:55"), Self.stamp("2026-02-20T00:20"),
                Self.stamp("2026-02-20T01:05"),
            ])
        #expect(
            times.map { rolling.parse($0).at } == [
                Self.stamp("2026-02-20T23:10"), Self.stamp("2026-02-20T23:55"), Self.stamp("2026-02-21T00:20"),
                Self.stamp("2026-02-21T01:05"),
            ])
    }

    /// Seed 001's timeline, dated by its title.
    @Test func readsSeed001Timeline() {
        var context = DateParser.Context(referenceDay: Day(year: 2026, month: 2, day: 20))
        let cells = ["~Feb 15", "~Feb 15 - Feb 20", "~Feb 15 - Feb 20", "Feb 20", "Feb 20", "Feb 20", "Feb 20"]
        let day15 = Self.stamp("2026-02-15")
        let day20 = Self.stamp("2026-02-20")
        #expect(
            cells.map { context.parse($0) } == [
                ParsedTime(at: day15, precision: .approximate),
                ParsedTime(at: day15, end: day20, precision: .range),
                ParsedTime(at: day15, end: day20, precision: .range),
                ParsedTime(at: day20, precision: .day),
                ParsedTime(at: day20, precision: .day),
                ParsedTime(at: day20, precision: .day),
                ParsedTime(at: day20, precision: .day),
            ])
    }

    /// Seed 002's timeline, dated 2026-02-08.
    @Test func readsSeed002Timeline() {
        var context = DateParser.Context(referenceDay: Day(year: 2026, month: 2, day: 8))
        let cells = ["~Jan 1 – Feb 7", "~Feb 7", "Feb 7 18:38", "Feb 7 18:39+", "Feb 7", "Feb 8 ~05:00"]
        #expect(
            cells.map { context.parse($0) } == [
                ParsedTime(at: Self.stamp("2026-01-01"), end: Self.stamp("2026-02-07"), precision: .range),
                ParsedTime(at: Self.stamp("2026-02-07"), precision: .approximate),
                ParsedTime(at: Self.stamp("2026-02-07T18:38"), precision: .exact),
                ParsedTime(at: Self.stamp("2026-02-07T18:39"), precision: .approximate),
                ParsedTime(at: Self.stamp("2026-02-07"), precision: .day),
                ParsedTime(at: Self.stamp("2026-02-08T05:00"), precision: .approximate),
            ])
    }

    /// Seed 003's timeline: times only, on the day of its metadata.
    @Test func readsSeed003Timeline() {
        var context = DateParser.Context(referenceDay: DateParser.day(in: "**Date:** 27. November 2025  "))
        let cells = ["06:00", "07:24", "07:25", "15:04", "18:00", "18:40", "18:45"]
        #expect(
            cells.map { context.parse($0).at?.description } == [
                "2025-11-27T06:00", "2025-11-27T07:24", "2025-11-27T07:25", "2025-11-27T15:04", "2025-11-27T18:00",
                "2025-11-27T18:40", "2025-11-27T18:45",
            ])
    }

    /// Seed 000's timeline rows, read in order.
    @Test func readsSeed000Timeline() {
        var context = DateParser.Context(referenceDay: DateParser.day(in: "Date: April 6th, 2026"))
        let cells = ["Fri 16:00", "Sat 01:28", "Sat 08:39", "Sat 20:43", "Sat 21:00"]
        #expect(
            cells.map { context.parse($0).at?.description } == [
                "2026-04-03T16:00", "2026-04-04T01:28", "2026-04-04T08:39", "2026-04-04T20:43", "2026-04-04T21:00",
            ])
    }

    @Test func entersADayExplicitly() throws {
        var context = DateParser.Context()
        context.enter(day: try #require(Day(year: 2024, month: 3, day: 12)))
        #expect(context.parse("Fri 10:00").at == Self.stamp("2024-03-15T10:00"))
        #expect(context.parse("11:00").at == Self.stamp("2024-03-15T11:00"))
    }
}
