import Testing

@testable import PostmortemKit

@Suite struct DateParserFindDayTests {
    @Test(arguments: [
        ("Immich Staging WAL Archive Failure & Disk Full (2026-02-20)", "2026-02-20", "2026-02-20"),
        ("Date: April 6th, 2026", "2026-04-06", "April 6th, 2026"),
        ("**Date:** 27. November 2025  ", "2025-11-27", "27. November 2025"),
        ("Database Loss on Production (27.11.2025)", "2025-11-27", "27.11.2025"),
        ("Report — 2024-03-12", "2024-03-12", "2024-03-12"),
        ("Written on Tuesday, 12 March 2024 by ops", "2024-03-12", "Tuesday, 12 March 2024"),
        ("Rapport du 1er avril 2023", "2023-04-01", "1er avril 2023"),
        ("Störung am 3. Mai 2024", "2024-05-03", "3. Mai 2024"),
    ])
    func findsADateInsideText(text: String, day: String, matched: String) throws {
        let match = try #require(DateParser.findDay(in: text))
        #expect(match.day == Day(iso: day))
        #expect(text[match.range] == matched)
    }

    @Test func readsAmbiguousNumericDatesWithTheHint() {
        #expect(DateParser.day(in: "**Date :** 12/03/2024", order: .dayFirst) == Day(year: 2024, month: 3, day: 12))
        #expect(DateParser.day(in: "**Date :** 12/03/2024") == Day(year: 2024, month: 12, day: 3))
    }

    @Test(arguments: [
        "Expected empty archive", "5 Whys: Deep Technical Breakdown", "Server 10.10.10.10 rebooted",
        "version 1.2.3 released", "we may 3 times retry", "Feb 20 without a reference", "port 8080:80",
        "2026-02-30 is not a day", "",
    ])
    func findsNoDateWhereThereIsNone(text: String) {
        #expect(DateParser.findDay(in: text) == nil)
    }

    @Test func acceptsYearLessDatesWhenGivenAReference() {
        let reference = Day(year: 2026, month: 2, day: 20)
        #expect(DateParser.day(in: "Outage of Feb 18", reference: reference) == Day(year: 2026, month: 2, day: 18))
        #expect(DateParser.day(in: "retry in may 3 times", reference: reference) == nil)
    }
}
