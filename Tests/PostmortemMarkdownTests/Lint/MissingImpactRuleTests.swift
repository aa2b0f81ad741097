import PostmortemKit
import Testing

@Suite struct MissingImpactRuleTests {
    let rule = MissingImpactRule()

    @Test func passesADocumentWithImpactItems() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesAnImpactWrittenAsProse() throws {
        let text = LintFixtures.clean(
            replacing: "Impact", with: "## Impact\n\nCheckout was down for 25 minutes and 312 orders failed.\n\n")
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func passesANearMissWithout() throws {
        let text = """
            # Near miss: almost deleted the photo dataset

            **Date:** 2024-10-02

            ## Summary

            A `zfs destroy` nearly ran against the live dataset.
            """
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsAnIncidentWithout() throws {
        let text = LintFixtures.clean(replacing: "Impact", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-impact",
                    message:
                        "no impact: add an Impact section saying who was affected, for how long, and whether data was lost"
                )
            ])
    }
}
