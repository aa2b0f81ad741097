import Testing

@testable import PostmortemKit

@Suite struct DurationParserTests {
    @Test(arguments: [
        ("~11 hours", 39_600), ("45 min", 2_700), ("2h 30m", 9_000), ("2h30", 9_000), ("1 day", 86_400),
        ("3 Stunden", 10_800), ("2 heures", 7_200), ("1.5 hours", 5_400), ("1,5 Stunden", 5_400),
        ("an hour and 20 minutes", 4_800), ("90s", 90), ("2 weeks", 1_209_600), ("11h", 39_600),
        ("~11 hours (discovered at 18:00, restored by 18:45)", 39_600),
        ("- **Duration:** ~11 hours of degraded service", 39_600), ("99.5% (11h downtime in ~720h month)", 39_600),
        ("3 jours", 259_200), ("20 Minuten", 1_200), ("2 Tage", 172_800), ("1 hour, 5 minutes", 3_900),
    ])
    func readsDurations(text: String, seconds: Int) {
        #expect(DurationParser.seconds(in: text) == seconds, "\(text)")
    }

    @Test(arguments: ["", "18:00", "None", "10Gi", "v2", "99.5%", "14 users", "🔥", "99999999999999999999 hours"])
    func findsNoDurationWhereThereIsNone(text: String) {
        #expect(DurationParser.seconds(in: text) == nil, "\(text)")
    }
}
