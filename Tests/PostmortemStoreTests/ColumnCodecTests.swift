import PostmortemKit
import Testing

@testable import PostmortemStore

@Suite struct ColumnCodecTests {
    static let day = Day(year: 2026, month: 2, day: 20)

    @Test(arguments: [
        "2026-02-20", "2026-02-20T14:02", "2026-02-20T14:02:09Z", "2026-02-20T14:02+01:00", "2026-02-20T23:59-05:30",
    ])
    func writesCanonicalTimestampsAsISOText(text: String) throws {
        let timestamp = try #require(Timestamp(iso: text))
        #expect(ColumnCodec.text(timestamp) == text)
        #expect(try ColumnCodec.timestamp(text, table: "t", column: "c") == timestamp)
    }

    @Test func keepsTimestampsThatISOTextWouldChange() throws {
        let day = try #require(Self.day)
        let cases = [
            Timestamp(day: day, hour: 9),
            Timestamp(day: day, hour: 9, utcOffsetMinutes: -90),
            Timestamp(day: day, utcOffsetMinutes: 60),
            Timestamp(day: day, utcOffsetMinutes: 0),
        ]
        for timestamp in cases {
            let text = try #require(ColumnCodec.text(timestamp))
            #expect(try ColumnCodec.timestamp(text, table: "t", column: "c") == timestamp, "\(text)")
        }
    }

    @Test(arguments: ["", "yesterday", "2026-02-20 14:02", "2026-02-20Tab", "2026-02-20T14:02+1"])
    func rejectsMalformedTimestamps(text: String) {
        #expect(throws: UnreadableColumnValue.self) { try ColumnCodec.timestamp(text, table: "t", column: "c") }
    }
}
