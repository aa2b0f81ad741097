import PostmortemKit
import Testing

@Suite struct PersonBlamedRuleTests {
    let rule = PersonBlamedRule()

    @Test func passesPeopleDoingTheirWorkAndSystemsFailing() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                Marco restarted the broker and Ana Lima archived the old segments. Flux deleted the
                volume after the rename; Kafka missed its deadline; Monitoring ignored the archive errors.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsANamedPersonAsTheCause() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                Marco forgot to rotate the archive secret. The outage was caused by Priya Raman.
                It was Ana Lima's mistake.


                """)
        let advice = "describe what the system allowed and why the action made sense at the time, not who did it"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 1, severity: .warning, rule: "person-blamed",
                    message: "'Marco forgot' in the summary names Marco as the cause: \(advice)"),
                Finding(
                    line: 13, column: 59, severity: .warning, rule: "person-blamed",
                    message: "'caused by Priya Raman' in the summary names Priya Raman as the cause: \(advice)"),
                Finding(
                    line: 14, column: 8, severity: .warning, rule: "person-blamed",
                    message: "'Ana Lima's mistake' in the summary names Ana Lima as the cause: \(advice)"),
            ])
    }
}
