import Testing

@testable import PostmortemKit

/// Odd input, generated deterministically from date-like fragments: every reader returns
/// without crashing, and whatever time it resolves is a real one.
@Suite struct RecognitionFuzzTests {
    static let fragments = [
        "14", ":", "02", "Feb", "~", "-", "T", "+", "2026", ".", "/", "Uhr", "h", "am", "pm", "UTC", " ", "🔥", "?",
        "99999999999", "Sat", "(", ")", "**", "–", "31", "9999", "0", "er", "th", ",", "to", "mars", "Z", "m",
    ]

    @Test func survivesGeneratedInput() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<800 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = Int(seed >> 59) + 1
            for _ in 0..<count {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += Self.fragments[Int(seed >> 33) % Self.fragments.count]
            }
            var context = DateParser.Context(referenceDay: Day(year: 9999, month: 12, day: 31), rollsOverMidnight: true)
            let parsed = context.parse(text)
            if let at = parsed.at { #expect(Timestamp(iso: at.description) == at, "\(text)") }
            if parsed.end != nil { #expect(parsed.precision == .range, "\(text)") }
            _ = DateParser.findDay(in: text, reference: Day(year: 1, month: 1, day: 1))
            _ = DurationParser.seconds(in: text)
            _ = TitleCleaner.clean(text)
            _ = SectionClassifier.isLikelyBareTitle(text)
            _ = MetadataLine.parse(text)
        }
    }

    @Test func capsHugeDurations() {
        let text = Array(repeating: "999999999 weeks", count: 50).joined(separator: " ")
        #expect(DurationParser.seconds(in: text) == DateGrammar.longestRelative)
        #expect(DateParser.parse("T+999999w999999w999999w").relativeSeconds == DateGrammar.longestRelative)
    }
}
