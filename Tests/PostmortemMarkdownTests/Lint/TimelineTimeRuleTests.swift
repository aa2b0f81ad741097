import PostmortemKit
import Testing

@Suite struct TimelineTimeRuleTests {
    let rule = TimelineTimeRule()

    @Test func passesReadableTimes() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsATimeThatCannotBeRead() throws {
        let text = LintFixtures.clean(
            replacing: "Timeline",
            with: """
                ## Timeline

                | Time | Event |
                |---|---|
                | 14:02 | Disk usage alert fired |
                | ??:?? | The archive job was started by hand |
                | 14:27 | Writes resumed |


                """)
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 24, column: 3, severity: .warning, rule: "timeline-time",
                    message:
                        "cannot read the time '??:??' of timeline event 2: write it as HH:MM, YYYY-MM-DD HH:MM or a date; mark a guess with ~ (~14:00)"
                )
            ])
    }
}
