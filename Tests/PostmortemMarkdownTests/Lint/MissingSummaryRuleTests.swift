import PostmortemKit
import Testing

@Suite struct MissingSummaryRuleTests {
    let rule = MissingSummaryRule()

    @Test func passesADocumentWithASummary() throws {
        #expect(try LintFixtures.findings(of: rule, in: LintFixtures.clean) == [])
    }

    @Test func passesARunbookWithout() throws {
        let runbook = """
            # Runbook: restore a CNPG cluster

            ## Procedure

            1. Scale the application down.
            2. Apply the recovery manifest.
            """
        #expect(try LintFixtures.findings(of: rule, in: runbook) == [])
    }

    @Test func flagsADocumentWithoutOneAtItsTitle() throws {
        let text = LintFixtures.clean(replacing: "Summary", with: "")
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 2, column: 8, severity: .error, rule: "missing-summary",
                    message:
                        "no summary: add a Summary section saying in two or three sentences what happened and who noticed"
                )
            ])
    }

    @Test func flagsASummaryWithNoWords() throws {
        let text = LintFixtures.clean(replacing: "Summary", with: "## Summary\n\n---\n\n")
        #expect(try LintFixtures.findings(of: rule, in: text).map(\.rule) == ["missing-summary"])
    }
}
