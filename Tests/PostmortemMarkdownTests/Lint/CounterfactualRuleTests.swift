import PostmortemKit
import Testing

@Suite struct CounterfactualRuleTests {
    let rule = CounterfactualRule()

    @Test func passesPlainDescription() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesSystemsThatFailedAndCode() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The archive pod failed to start. Its log said `should have received a WAL segment` and
                `archiver failed to upload`.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsHindsightAndPeopleWhoFailedTo() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The WAL volume filled up. We should have seen the archive errors earlier.
                The on-call engineer failed to notice the alert; Ana Lima could have prevented it.


                """)
        let advice =
            "is hindsight: say what people knew and did at the time and why it made sense then, and what will change"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 30, severity: .warning, rule: "counterfactual",
                    message: "'should have' in the summary \(advice)"),
                Finding(
                    line: 14, column: 22, severity: .warning, rule: "counterfactual",
                    message: "'failed to' in the summary \(advice)"),
                Finding(
                    line: 14, column: 59, severity: .warning, rule: "counterfactual",
                    message: "'could have prevented' in the summary \(advice)"),
            ])
    }
}
