import PostmortemKit
import Testing

@Suite struct TimelineOrderRuleTests {
    let rule = TimelineOrderRule()

    @Test func passesEventsInOrder() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesEventsOverSeveralDaysAndADayWithoutATime() throws {
        let text = LintFixtures.clean(
            replacing: "Timeline",
            with: """
                ## Timeline

                - 2024-05-01 23:50 Archive job failed
                - 2024-05-02 00:10 Disk usage alert fired
                - 2024-05-02 Disk filled up during the day
                - 2024-05-02 14:27 Writes resumed


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsAnEventEarlierThanTheOneAbove() throws {
        let text = LintFixtures.clean(
            replacing: "Timeline",
            with: """
                ## Timeline

                - 14:10 The on-call engineer started the archive job by hand
                - 14:02 Disk usage alert fired
                - 14:27 Writes resumed


                """)
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 22, column: 9, severity: .warning, rule: "timeline-order",
                    message:
                        "timeline event 2 (14:02) is earlier than event 1 (14:10) above it: put the events in time order"
                )
            ])
    }
}
