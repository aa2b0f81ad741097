import PostmortemKit
import Testing

@Suite struct TimelineTooShortRuleTests {
    let rule = TimelineTooShortRule()

    @Test func passesThreeEvents() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func flagsTwoEvents() throws {
        let text = LintFixtures.clean(
            replacing: "Timeline",
            with: "## Timeline\n\n- 14:02 Disk usage alert fired\n- 14:27 Writes resumed\n\n")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "timeline-too-short",
                    message:
                        "the timeline has 2 events; it needs at least 3 (when it started, when it was detected, when it was resolved)"
                )
            ])
    }

    @Test func flagsNoTimeline() throws {
        let text = LintFixtures.clean(replacing: "Timeline", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "timeline-too-short",
                    message:
                        "no timeline: add a Timeline section with at least 3 timed events (when it started, when it was detected, when it was resolved)"
                )
            ])
    }
}
