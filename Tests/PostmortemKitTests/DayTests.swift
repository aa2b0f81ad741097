import Testing

@testable import PostmortemKit

@Suite struct DayTests {
    @Test(arguments: [
        ("2026-04-06", true), ("2024-02-29", true), ("2026-02-29", false), ("2026-13-01", false),
        ("2026-4-6", false), ("0000-01-01", false), ("garbage", false),
    ])
    func parsesOnlyRealISODays(text: String, valid: Bool) {
        #expect((Day(iso: text) != nil) == valid)
        if valid { #expect(Day(iso: text)?.description == text) }
    }

    @Test func countsDaysSinceEpoch() throws {
        #expect(try #require(Day(iso: "1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(Day(iso: "2000-03-01")).daysSinceEpoch == 11_017)
        #expect(try #require(Day(iso: "1969-12-31")).daysSinceEpoch == -1)
    }
}

@Suite struct TimestampTests {
    @Test(arguments: [
        "2026-02-20", "2026-02-20T14:02", "2026-02-20T14:02:09Z", "2026-02-20T14:02+01:00", "2026-02-20T23:59-05:30",
    ])
    func roundTripsISOText(text: String) throws {
        #expect(try #require(Timestamp(iso: text)).description == text)
    }

    @Test func ordersByInstantAcrossZones() throws {
        let paris = try #require(Timestamp(iso: "2026-02-20T14:00+01:00"))
        let utc = try #require(Timestamp(iso: "2026-02-20T13:30Z"))
        #expect(paris < utc)
    }

    @Test(arguments: ["2026-02-20T", "2026-02-20T25", "2026-02-20Tab:cd", "2026-02-2014:00"])
    func rejectsMalformedText(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }
}

@Suite struct SeverityTests {
    @Test(arguments: [
        ("SEV1", 1), ("Sev 2", 2), ("S3", 3), ("P0", 1), ("P2", 3), ("CRITICAL", 1), ("HIGH", 2),
        ("Medium", 3), ("low", 4), ("Hoch", 2), ("Critique", 1), ("4", 4),
    ])
    func normalisesCommonLabels(label: String, level: Int) throws {
        let severity = try #require(Severity(parsing: label))
        #expect(severity == Severity(label: label, level: level))
    }

    @Test func namesNoLevelForOtherText() {
        #expect(Severity(parsing: "Critical Investigation in progress tomorrow") != nil)
        #expect(Severity(parsing: "banana") == nil)
        #expect(Severity(parsing: "") == nil)
    }
}
