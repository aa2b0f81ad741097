import PostmortemKit
import Testing

@Suite struct MissingRootCauseRuleTests {
    let rule = MissingRootCauseRule()

    @Test func passesARootCause() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesFiveWhys() throws {
        let text = LintFixtures.clean(
            replacing: "Root Cause",
            with: """
                ## 5 Whys

                1. Why did writes stop? Because the WAL volume was full.
                2. Why was it full? Because archiving had been failing for two days.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func passesASectionThatAsksWhy() throws {
        let text = LintFixtures.clean(
            replacing: "Root Cause", with: "## Why it happened\n\nThe archive credentials were rotated.\n\n")
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsADocumentWithout() throws {
        let text = LintFixtures.clean(replacing: "Root Cause", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-root-cause",
                    message:
                        "no root cause: add a Root Cause section (or Contributing Factors, or 5 Whys) explaining why it happened"
                )
            ])
    }
}
